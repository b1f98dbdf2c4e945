package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.journal.RunPhase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant I2: the freeze window (FREEZE, the sessions, the notifications, UNFREEZE) costs the
 * same whatever the size of the data, because the copy happens after it. Compared on medians of a
 * few runs, with a generous bound, so that a busy machine does not make it fail.
 */
class FreezeWindowSizeTest {
  private static final int RUNS = 5;
  private static final long CIS = 256;
  /** A tape of 100 MB/s. */
  private static final long TAPE_BYTES_PER_MILLI = 100_000;
  private static final String[] WORLD = {
    "SEGA:OSB.SEGA.PAGE01", "SEGA:OSB.SEGA.PAGE02", "SEGB:OSB.SEGB.PAGE01", "SEGB:OSB.SEGB.PAGE02"};
  private static final Pattern WINDOW = Pattern.compile("FREEZE WINDOW ([0-9.]+) MS");

  /** One run, in milliseconds: the window measured, the window BWO503I reports, the copy. */
  private record Measure(double window, double reportedWindow, double copy) {}

  @Test
  void freezeWindowDoesNotGrowWithDataSize(@TempDir Path dir) {
    try (DumpWorld small = new DumpWorld(dir.resolve("small"), CIS, WORLD);
        DumpWorld large = new DumpWorld(dir.resolve("large"), CIS * 16, WORLD)) {
      small.startEmpty();
      large.startEmpty();
      List<Measure> smallRuns = new ArrayList<>();
      List<Measure> largeRuns = new ArrayList<>();
      // Interleaved, so that both sizes see the machine in the same mood.
      for (int run = 0; run < RUNS; run++) {
        smallRuns.add(dump(small));
        largeRuns.add(dump(large));
      }
      double smallWindow = median(smallRuns, Measure::window);
      double largeWindow = median(largeRuns, Measure::window);
      assertThat(largeWindow).as("window (ms) at 16x the data; small %s, large %s", smallRuns,
          largeRuns).isLessThan(3 * smallWindow + 20);
      assertThat(median(largeRuns, Measure::reportedWindow))
          .as("BWO503I window (ms) at 16x the data; small %s, large %s", smallRuns, largeRuns)
          .isLessThan(3 * median(smallRuns, Measure::reportedWindow) + 20);
      assertThat(median(largeRuns, Measure::copy))
          .as("copy (ms) at 16x the data; large %s", largeRuns).isGreaterThan(5 * largeWindow);
    }
  }

  /**
   * Dumps {@code world} to a tape that writes at {@value #TAPE_BYTES_PER_MILLI} bytes per
   * millisecond, so that the copy takes a time proportional to the data.
   */
  private static Measure dump(DumpWorld world) {
    world.platform.hook(
        (dd, written, length) -> sleepMicros(length * 1000L / TAPE_BYTES_PER_MILLI));
    Map<RunPhase, Long> phases = new ConcurrentHashMap<>();
    int rc = world.dss(DssOptions.defaults(), List.of(),
        (phase, detail, acquiring) -> phases.putIfAbsent(phase, System.nanoTime()), DumpWorld.BWO_DECK);
    assertThat(rc).as("RC; listing:%n%s", String.join("\n", world.listing())).isZero();
    RecordingSegmentSystem system = world.system();
    Matcher m = WINDOW.matcher(world.messages("BWO503I").get(0));
    assertThat(m.find()).isTrue();
    world.assertThawed();
    return new Measure(system.windowNanos() / 1e6, Double.parseDouble(m.group(1)),
        (phases.get(RunPhase.COPIED) - system.unfreezeCalled()) / 1e6);
  }

  private static void sleepMicros(long micros) {
    LockSupport.parkNanos(micros * 1000);
  }

  private static double median(List<Measure> runs, ToDoubleFunction<Measure> what) {
    double[] v = runs.stream().mapToDouble(what).sorted().toArray();
    return v[v.length / 2];
  }
}
