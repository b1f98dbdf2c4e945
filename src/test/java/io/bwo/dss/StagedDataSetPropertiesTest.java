package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.commons.io.file.PathUtils;

/**
 * The read-back of a data set staged through the page cache, whatever the dump's cut of it into
 * chunks: a chunk that is one whole 1 MiB block of the file is fingerprinted by the CRC32C the
 * dump's reader checked, any other by its bytes, and the file must read back as the same.
 */
class StagedDataSetPropertiesTest {
  private static final int CI = 4096;
  /** The CIs of one fingerprint block (1 MiB) and of a dump's default chunk. */
  private static final int BLOCK_CIS = 256;

  @Property(tries = 40)
  void aFileReadsBackAsItsChunksHowEverTheDumpCutThem(@ForAll("cuts") List<Integer> cuts,
      @ForAll long seed) throws IOException {
    int cis = cuts.stream().mapToInt(Integer::intValue).sum();
    byte[] data = new byte[cis * CI];
    new SplittableRandom(seed).nextBytes(data);
    Path dir = Files.createTempDirectory("bwo-staged");
    try {
      StagedDataSet s = staged(dir, data, cuts);

      s.finish(StagedDataSet.readBackBuffer());

      assertThat(Files.readAllBytes(s.file())).isEqualTo(data);
    } finally {
      PathUtils.deleteDirectory(dir);
    }
  }

  @Property(tries = 40)
  void aFileThatDiffersInAnyByteFromItsChunksDoesNotReadBack(@ForAll("cuts") List<Integer> cuts,
      @ForAll long seed) throws IOException {
    int cis = cuts.stream().mapToInt(Integer::intValue).sum();
    byte[] data = new byte[cis * CI];
    SplittableRandom random = new SplittableRandom(seed);
    random.nextBytes(data);
    Path dir = Files.createTempDirectory("bwo-staged");
    try {
      StagedDataSet s = staged(dir, data, cuts);
      byte[] changed = data.clone();
      changed[random.nextInt(changed.length)] ^= (byte) (1 + random.nextInt(255));
      Files.write(s.file(), changed);

      assertThatThrownBy(() -> s.finish(StagedDataSet.readBackBuffer()))
          .isInstanceOf(IOException.class).hasMessageContaining("does not read back");
    } finally {
      PathUtils.deleteDirectory(dir);
    }
  }

  /**
   * Cuts of a data set into chunks, of up to 4 MiB of CIs: mostly whole blocks, as a dump's
   * chunks, with shorter and longer ones that move the whole blocks off the file's block
   * boundaries and back.
   */
  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(BLOCK_CIS)),
            Tuple.of(2, Arbitraries.integers().between(1, 3 * BLOCK_CIS / 2)))
        .list().ofMinSize(1).ofMaxSize(4);
  }

  private static StagedDataSet staged(Path dir, byte[] data, List<Integer> cuts)
      throws IOException {
    CatalogEntry e = CatalogEntry.linear(Dsn.parse("OSB.SEG1.PAGE01"), SegmentName.parse("SEG1"),
        CI, data.length / CI, true, Instant.EPOCH);
    StagedDataSet s;
    try (StagedDataSet.Writes writes = new StagedDataSet.Writes(false)) {
      s = StagedDataSet.create(e, dir.resolve("OSB.SEG1.PAGE01.data"), writes);
      int at = 0;
      for (int n : cuts) {
        s.write(StagedDataSetTest.chunk(1, at, n,
            Arrays.copyOfRange(data, at * CI, (at + n) * CI)));
        at += n;
      }
      s.complete();
    }
    return s;
  }
}
