package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.dump.DumpEvent;
import io.bwo.platform.DirectIo;
import io.bwo.platform.PageAligned;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedDataSetTest {
  private static final int CI = 4096;

  @TempDir Path dir;

  @Test
  void chunksLargerThanAStagingBufferLandAtTheirOffsetsAndReadBackAsWritten()
      throws IOException {
    // With direct I/O where allowed (CIs of 4 KiB), through the page cache (2 KiB; or chosen).
    for (boolean direct : new boolean[] {true, false}) {
      for (int ciSize : new int[] {CI, 2048}) {
        CatalogEntry e = CatalogEntry.linear(Dsn.parse("OSB.SEG1.PAGE01"),
            SegmentName.parse("SEG1"), ciSize, 600, true, Instant.EPOCH);
        byte[] data = new byte[600 * ciSize];
        new SplittableRandom(ciSize).nextBytes(data);
        StagedDataSet s;
        try (StagedDataSet.Writes writes = new StagedDataSet.Writes(direct)) {
          s = StagedDataSet.create(e, dir.resolve("OSB.SEG1.PAGE01.data"), writes);
          // 300 CIs of 4 KiB are more than one 1 MiB buffer.
          s.write(chunk(data, ciSize, 0, 300));
          s.write(chunk(data, ciSize, 300, 250));
          s.write(chunk(data, ciSize, 550, 50));
          s.complete();
          writes.settle(s).get();
        } catch (InterruptedException | ExecutionException x) {
          throw new AssertionError(x);
        }
        s.finish(StagedDataSet.readBackBuffer());

        assertThat(Files.readAllBytes(s.file())).as("CIs of %d, direct %s", ciSize, direct)
            .isEqualTo(data);
        Files.delete(s.file());
      }
    }
  }

  @Test
  void whileTheApplicationsCommitWhatIsStagedThroughThePageCacheIsForcedInStretches()
      throws Exception {
    // Each look finds the redo log forced again.
    AtomicLong logForces = new AtomicLong();
    List<StagedDataSet> all;
    try (StagedDataSet.Writes writes = new StagedDataSet.Writes(bytes -> false, logForces::get,
        logForces::incrementAndGet, StagedDataSet::force)) {
      all = stageThreeOf24MiB(writes);

      // 72 MiB written: a stretch at 32 MiB and one at 64 MiB, across the data sets.
      assertThat(writes.stretches()).isEqualTo(72 / (StagedDataSet.Writes.STRETCH >> 20));
    }
    finishThroughThePageCache(all);
  }

  @Test
  void whileNothingCommitsOnlyEachCompleteDataSetIsForced() throws Exception {
    AtomicLong looks = new AtomicLong();
    List<StagedDataSet> all;
    try (StagedDataSet.Writes writes = new StagedDataSet.Writes(bytes -> false, () -> 7,
        looks::incrementAndGet, StagedDataSet::force)) {
      all = stageThreeOf24MiB(writes);

      assertThat(writes.stretches()).isZero();
      assertThat(looks).as("a look every 32 MiB").hasValue(72 / 32);
    }
    assertThat(all).allMatch(StagedDataSet::forced);
    finishThroughThePageCache(all);
  }

  @Test
  void completeDataSetsAreForcedSideBySideAndAStretchWaitsForTheForcesBeforeIt()
      throws Exception {
    CountDownLatch released = new CountDownLatch(1);
    // A's force is held until released; each look finds the redo log forced again.
    StagedDataSet.Writes.Force holdingA = s -> {
      if (s.entry().dsn().name().endsWith(".A")) {
        try {
          released.await();
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
      }
    };
    AtomicLong logForces = new AtomicLong();
    List<StagedDataSet> all = new ArrayList<>();
    try (StagedDataSet.Writes writes = new StagedDataSet.Writes(bytes -> false, logForces::get,
        logForces::incrementAndGet, holdingA)) {
      all.add(stagedWhole("OSB.SEG1.A", randomCis(8, 1), writes));
      Future<?> aSettled = writes.settle(all.get(0));
      all.add(stagedWhole("OSB.SEG1.B", randomCis(8, 2), writes));

      writes.settle(all.get(1)).get(30, TimeUnit.SECONDS);
      assertThat(aSettled).as("B's force did not wait for A's").isNotDone();

      // 72 MiB more: the stretch at 32 MiB waits for A's force, so the reading thread, which
      // waits for that stretch at 64 MiB, cannot go on.
      CompletableFuture<StagedDataSet> c = CompletableFuture.supplyAsync(() -> {
        try {
          return stagedWhole("OSB.SEG1.C", randomCis(72 * 256, 3), writes);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      assertThatThrownBy(() -> c.get(500, TimeUnit.MILLISECONDS))
          .isInstanceOf(TimeoutException.class);

      released.countDown();
      all.add(c.get(60, TimeUnit.SECONDS));
      aSettled.get(30, TimeUnit.SECONDS);
      assertThat(writes.stretches()).isEqualTo(2);
      writes.settle(all.get(2)).get(30, TimeUnit.SECONDS);
    }
    for (StagedDataSet s : all) {
      s.finish(StagedDataSet.readBackBuffer());
      assertThat(s.forced()).isTrue();
    }
  }

  @Test
  void aSystemThatCannotSayWhetherItsApplicationsCommitCountsAsCommitting() throws Exception {
    List<StagedDataSet> all;
    try (StagedDataSet.Writes writes = new StagedDataSet.Writes(bytes -> false, () -> 7, () -> {
      throw new IllegalStateException("the segment server is gone");
    }, StagedDataSet::force)) {
      all = stageThreeOf24MiB(writes);

      assertThat(writes.stretches()).isEqualTo(2);
    }
    finishThroughThePageCache(all);
  }

  @Test
  void aFileWrittenDirectlyIsForcedOnlyOnceThePassIsOverAndOneThroughThePageCacheAsItEnds()
      throws Exception {
    for (boolean direct : new boolean[] {true, false}) {
      byte[] data = randomCis(8, 8);
      StagedDataSet s;
      try (StagedDataSet.Writes writes = new StagedDataSet.Writes(direct)) {
        s = stagedWhole(data, writes);
        writes.settle(s).get();
      }
      // Settled (closed, its size checked) during the pass; a direct one's force, which would
      // empty the disk's write cache under the writes that follow, waits for finish.
      assertThat(s.forced()).as("direct %s", s.direct()).isEqualTo(!s.direct());

      s.finish(StagedDataSet.readBackBuffer());

      assertThat(s.forced()).isTrue();
      assertThat(Files.readAllBytes(s.file())).isEqualTo(data);
      Files.delete(s.file());
    }
  }

  @Test
  void theSettledFilesAreForcedTogetherAndOneNotSettledIsLeftToItsFinish() throws Exception {
    List<StagedDataSet> sets = new ArrayList<>();
    try (StagedDataSet.Writes writes = new StagedDataSet.Writes(true)) {
      for (int i = 1; i <= 5; i++) {
        sets.add(stagedWhole("OSB.SEG1.PAGE0" + i, randomCis(2, i), writes));
      }
      for (StagedDataSet s : sets.subList(0, 4)) {
        writes.settle(s).get();
      }
    }

    StagedDataSet.forceAll(sets);

    assertThat(sets).extracting(StagedDataSet::forced)
        .containsExactly(true, true, true, true, false);
    sets.get(4).finish(StagedDataSet.readBackBuffer());
    assertThat(sets.get(4).forced()).isTrue();
    assertThat(Files.readAllBytes(sets.get(4).file())).isEqualTo(randomCis(2, 5));
  }

  @Test
  void aFileStagedThroughThePageCacheThatDoesNotReadBackAsTheChunksIsRefused()
      throws IOException {
    // 2 KiB CIs do not fall on the file system's 4 KiB blocks: staged through the page cache.
    CatalogEntry e = CatalogEntry.linear(Dsn.parse("OSB.SEG1.PAGE01"), SegmentName.parse("SEG1"),
        2048, 2, true, Instant.EPOCH);
    byte[] data = new byte[2 * 2048];
    StagedDataSet s;
    try (StagedDataSet.Writes writes = new StagedDataSet.Writes()) {
      s = StagedDataSet.create(e, dir.resolve("OSB.SEG1.PAGE01.data"), writes);
      s.write(chunk(1, 0, 2, data));
      s.complete();
    }
    byte[] changed = data.clone();
    changed[2048 + 5] = 1;
    Files.write(s.file(), changed);

    assertThat(s.direct()).isFalse();
    assertThatThrownBy(() -> s.finish(StagedDataSet.readBackBuffer()))
        .isInstanceOf(IOException.class).hasMessageContaining("does not read back");
  }

  @Test
  void aChunkOfOneWholeMibIsFingerprintedByTheCrcTheReaderCheckedWithoutComputingItAgain()
      throws IOException {
    // The reader checked each chunk's CRC32C against its bytes; a whole 1 MiB block takes it as
    // it is. So a CRC that is not that of the bytes (which the reader would have refused) shows
    // in the read-back, where the file's bytes are fingerprinted anew.
    CatalogEntry e = CatalogEntry.linear(Dsn.parse("OSB.SEG1.PAGE01"), SegmentName.parse("SEG1"),
        CI, 256, true, Instant.EPOCH);
    byte[] data = new byte[256 * CI];
    new SplittableRandom(7).nextBytes(data);
    DumpEvent.Chunk checked = chunk(1, 0, 256, data);
    StagedDataSet s;
    try (StagedDataSet.Writes writes = new StagedDataSet.Writes(false)) {
      s = StagedDataSet.create(e, dir.resolve("OSB.SEG1.PAGE01.data"), writes);
      s.write(new DumpEvent.Chunk(1, 0, 256, checked.crc() + 1, checked.data()));
      s.complete();
    }

    assertThat(Files.readAllBytes(s.file())).isEqualTo(data);
    assertThatThrownBy(() -> s.finish(StagedDataSet.readBackBuffer()))
        .isInstanceOf(IOException.class).hasMessageContaining("does not read back");
  }

  @Test
  void wholeBlocksOfCisAreStagedWithDirectIoWhereTheFileSystemAllowsItAndTheirSizeIsChecked()
      throws IOException {
    boolean directHere = directIoHere();
    byte[] data = randomCis(3, 5);
    StagedDataSet s;
    try (StagedDataSet.Writes writes = new StagedDataSet.Writes(true)) {
      s = stagedWhole(data, writes);
    }

    assertThat(s.direct()).isEqualTo(directHere);
    assertThat(Files.readAllBytes(s.file())).isEqualTo(data);
    try (var ch = java.nio.channels.FileChannel.open(s.file(), StandardOpenOption.WRITE)) {
      ch.truncate(2 * CI);
    }
    assertThatThrownBy(() -> s.finish(StagedDataSet.readBackBuffer()))
        .isInstanceOf(IOException.class).hasMessageContaining("temporary file");
  }

  @Test
  void byDefaultADataSetOfFourMibIsStagedDirectAndASmallerOneThroughThePageCache()
      throws IOException {
    boolean directHere = directIoHere();
    byte[] large = randomCis((int) (DirectIo.RESTORE_DIRECT_BYTES / CI), 3);
    byte[] small = randomCis(16, 4);
    StagedDataSet l;
    StagedDataSet m;
    try (StagedDataSet.Writes writes = new StagedDataSet.Writes()) {
      l = stagedWhole("OSB.SEG1.LARGE", large, writes);
      m = stagedWhole("OSB.SEG1.SMALL", small, writes);
    }

    assertThat(l.direct()).isEqualTo(directHere);
    assertThat(m.direct()).isFalse();
    l.finish(StagedDataSet.readBackBuffer());
    m.finish(StagedDataSet.readBackBuffer());
    assertThat(Files.readAllBytes(l.file())).isEqualTo(large);
    assertThat(Files.readAllBytes(m.file())).isEqualTo(small);
  }

  @Test
  void buffersStartOnAPageBoundary() {
    for (int bytes : new int[] {1, 4096, 1 << 20}) {
      ByteBuffer b = PageAligned.allocate(bytes);
      assertThat(b.isDirect()).isTrue();
      assertThat(b.capacity()).isEqualTo(bytes);
      assertThat(b.alignmentOffset(0, PageAligned.PAGE)).isZero();
    }
  }

  /** OSB.SEG1.A, B and C, 24 MiB each, staged whole in turn, each settled once complete. */
  private List<StagedDataSet> stageThreeOf24MiB(StagedDataSet.Writes writes) throws Exception {
    int cisPerDataSet = (24 << 20) / CI;
    List<StagedDataSet> all = new ArrayList<>();
    for (String name : List.of("A", "B", "C")) {
      CatalogEntry e = CatalogEntry.linear(Dsn.parse("OSB.SEG1." + name),
          SegmentName.parse("SEG1"), CI, cisPerDataSet, true, Instant.EPOCH);
      StagedDataSet s = StagedDataSet.create(e, dir.resolve(name + ".data"), writes);
      byte[] data = new byte[cisPerDataSet * CI];
      new SplittableRandom(name.hashCode()).nextBytes(data);
      s.write(chunk(data, CI, 0, cisPerDataSet));
      s.complete();
      writes.settle(s).get();
      all.add(s);
    }
    return all;
  }

  private static void finishThroughThePageCache(List<StagedDataSet> all) throws IOException {
    for (StagedDataSet s : all) {
      s.finish(StagedDataSet.readBackBuffer());
      assertThat(s.direct()).isFalse();
      assertThat(Files.size(s.file())).isEqualTo(24 << 20);
    }
  }

  /** Whether this file system takes direct writes of whole CIs of {@value #CI} bytes. */
  private boolean directIoHere() throws IOException {
    Path probe = dir.resolve("probe");
    DirectIo.Aligned d = DirectIo.open(probe, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    if (d == null) {
      return false;
    }
    d.channel().close();
    Files.delete(probe);
    return CI % d.alignment() == 0;
  }

  private static byte[] randomCis(int cis, long seed) {
    byte[] data = new byte[cis * CI];
    new SplittableRandom(seed).nextBytes(data);
    return data;
  }

  /** OSB.SEG1.PAGE01, its CIs of 4 KiB {@code data}, staged in one chunk and complete. */
  private StagedDataSet stagedWhole(byte[] data, StagedDataSet.Writes writes) throws IOException {
    return stagedWhole("OSB.SEG1.PAGE01", data, writes);
  }

  /** {@code dsn}, its CIs of 4 KiB {@code data}, staged in one chunk and complete. */
  private StagedDataSet stagedWhole(String dsn, byte[] data, StagedDataSet.Writes writes)
      throws IOException {
    int cis = data.length / CI;
    CatalogEntry e = CatalogEntry.linear(Dsn.parse(dsn), SegmentName.parse("SEG1"),
        CI, cis, true, Instant.EPOCH);
    StagedDataSet s = StagedDataSet.create(e, dir.resolve(dsn + ".data"), writes);
    s.write(chunk(data, CI, 0, cis));
    s.complete();
    return s;
  }

  private static DumpEvent.Chunk chunk(byte[] data, int ciSize, int firstCi, int cis) {
    return chunk(1, firstCi, cis,
        Arrays.copyOfRange(data, firstCi * ciSize, (firstCi + cis) * ciSize));
  }

  /** A chunk as the dump's reader hands it over: with the CRC32C it checked of its bytes. */
  static DumpEvent.Chunk chunk(int ordinal, long firstCi, int cis, byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return new DumpEvent.Chunk(ordinal, firstCi, cis, (int) crc.getValue(), ByteBuffer.wrap(bytes));
  }
}
