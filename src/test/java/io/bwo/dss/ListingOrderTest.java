package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.CatalogEntry;
import io.bwo.journal.RunPhase;
import io.bwo.segment.SystemState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listing of a BWO dump tells the story in the order it happened: every data set's ADR734I
 * while the system is frozen, then UNFREEZE (BWO503I), then the end of the copy (BWO506I) and
 * ADR454I. The order of lines is backed by measures: when each notification came, when UNFREEZE
 * was asked for, how many dump bytes were written after it, and how many transactions the
 * applications committed while the copy was still under way.
 */
class ListingOrderTest {

  @Test
  void listingOrderProvesUnfreezeAfterLastAdr734iAndBeforeCopyEnded(@TempDir Path dir) {
    try (DumpWorld world = new DumpWorld(dir, 1024, "SEGA:OSB.SEGA.PAGE01",
        "SEGA:OSB.SEGA.PAGE02", "SEGB:OSB.SEGB.PAGE01", "SEGC:OSB.SEGC.LOG01")) {
      world.start(7);
      RecordingSegmentSystem system = world.system();
      List<CatalogEntry> dataSets = world.dataSets();
      long dataBytes = dataSets.stream().mapToLong(CatalogEntry::sizeBytes).sum();
      Transfers apps = new Transfers(world.applications(), dataSets, 2, 7, 100);

      List<ConcurrentCopyNotification> notified = new CopyOnWriteArrayList<>();
      List<SystemState> stateAtNotification = new CopyOnWriteArrayList<>();
      AtomicLong lastNotification = new AtomicLong();
      NotifyConcurrentListener uimExit = n -> {
        notified.add(n);
        stateAtNotification.add(system.status().state());
        lastNotification.set(System.nanoTime());
        return 0;
      };
      Map<RunPhase, Long> phases = new ConcurrentHashMap<>();
      AtomicLong bytesAfterUnfreeze = new AtomicLong();
      AtomicLong committedDuringCopy = new AtomicLong(-1);
      AtomicBoolean held = new AtomicBoolean();
      world.platform.hook((dd, written, length) -> {
        if (system.unfreezeCalled() != 0) {
          bytesAfterUnfreeze.addAndGet(length);
          if (held.compareAndSet(false, true)) {
            // The copy waits, mid-way, for the applications: they commit only if thawed.
            long before = apps.count();
            apps.awaitMore(25);
            committedDuringCopy.set(apps.count() - before);
          }
        }
      });
      apps.awaitMore(25);

      int rc = world.dss(DssOptions.defaults(), List.of(uimExit),
          (phase, detail, acquiring) -> phases.putIfAbsent(phase, System.nanoTime()), DumpWorld.BWO_DECK);
      apps.stop();

      List<String> listing = world.listing();
      assertThat(rc).as("RC; listing:%n%s", String.join("\n", listing)).isZero();
      int lastAdr734i = lastIndexOf(listing, "ADR734I");
      int bwo503i = indexOf(listing, "BWO503I");
      int bwo506i = indexOf(listing, "BWO506I");
      int adr454i = indexOf(listing, "ADR454I");
      assertThat(world.messages("ADR734I")).hasSize(dataSets.size());
      assertThat(indexOf(listing, "BWO502I")).isLessThan(indexOf(listing, "ADR734I"));
      assertThat(lastAdr734i).isLessThan(bwo503i);
      assertThat(bwo503i).isLessThan(bwo506i);
      assertThat(bwo506i).isLessThan(adr454i);
      assertThat(listing.get(bwo503i)).contains("AFTER 4 OF 4 DATA SETS NOTIFIED");
      dataSets.forEach(e -> assertThat(listing.subList(adr454i, listing.size()))
          .anyMatch(l -> l.strip().equals(e.dsn().name())));

      // The exit was called once per data set, in order, while the system was FROZEN.
      assertThat(notified).extracting(n -> n.dsn()).containsExactlyElementsOf(
          dataSets.stream().map(CatalogEntry::dsn).toList());
      assertThat(notified.get(notified.size() - 1).last()).isTrue();
      assertThat(stateAtNotification).containsOnly(SystemState.FROZEN);
      // UNFREEZE came after the last notification and before the copy ended...
      assertThat(system.unfreezeCalled()).isGreaterThan(lastNotification.get());
      assertThat(system.unfreezeCalled()).isLessThan(phases.get(RunPhase.COPIED));
      // ...so early that every byte of data reached the dump after it, and the applications
      // committed while the copy was held half-way.
      assertThat(bytesAfterUnfreeze.get()).isGreaterThanOrEqualTo(dataBytes);
      assertThat(committedDuringCopy.get()).isGreaterThanOrEqualTo(25);
      // The console heard the same story in the same order.
      List<String> wtos = world.platform.wtos();
      assertThat(lastIndexOf(wtos, "ADR734I")).isLessThan(indexOf(wtos, "BWO503I"));
      world.assertThawed();
    }
  }

  private static int indexOf(List<String> lines, String id) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(id + " ")) {
        return i;
      }
    }
    throw new AssertionError(id + " is not in " + String.join("\n", lines));
  }

  private static int lastIndexOf(List<String> lines, String id) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).startsWith(id + " ")) {
        return i;
      }
    }
    throw new AssertionError(id + " is not in " + String.join("\n", lines));
  }
}
