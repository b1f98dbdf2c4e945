package io.bwo.dss;

import static io.bwo.dss.RestoreWorld.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.dump.Compression;
import io.bwo.dump.DataSetSink;
import io.bwo.dump.DumpEvent;
import io.bwo.dump.DumpHeader;
import io.bwo.dump.DumpReader;
import io.bwo.dump.DumpWriter;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dump that is not sound is refused before any target is touched, and a restore writes only
 * inside the catalog's data directory. The small dump the tests cut and flip holds OSB.A (2 CIs)
 * and OSB.B (1 CI) of 512 bytes, one CI per chunk; the target catalog already has both, OFFLINE,
 * with other data:
 *
 * <pre>
 *   dst/   SEG1 (OFFLINE)   OSB.A  2 CIs of 0x11     OSB.B  1 CI of 0x22
 *   dump:  OSB.A  2 CIs, half random bytes, half 7   OSB.B  1 CI, the same
 * </pre>
 */
class RestoreIntegrityTest {
  private static final String[] RESTORE = {" RESTORE DS(INC(**)) IDD(TAPE) REPLACE"};
  private static final String[] FROM_MEMORY = {" RESTORE DS(INC(**)) IDD(MEMORY) REPLACE"};
  private static final Dsn A = Dsn.parse("OSB.A");
  private static final Dsn B = Dsn.parse("OSB.B");

  @TempDir Path dir;
  private RestoreWorld w;
  private Catalog dst;

  @BeforeEach
  void target() throws IOException {
    w = new RestoreWorld(dir);
    dst = w.catalog("dst", SegmentStatus.OFFLINE, 0, 0, "SEG1:OSB.A:2", "SEG1:OSB.B:1");
    fill(dst, A, 0x11);
    fill(dst, B, 0x22);
  }

  @Test
  void everyTruncationOfASmallDumpIsRefusedAndNoTargetChanges() throws IOException {
    byte[] dump = smallDump(Compression.NONE);
    Map<Dsn, RestoreWorld.Snapshot> before = snapshot(dst);
    try (SegmentSystem system = SegmentSystems.connect(dst, w.clock)) {
      for (int length = 0; length < dump.length; length++) {
        w.platform.inputDd("MEMORY", Arrays.copyOf(dump, length));

        assertThat(w.restoreTask(dst, system, RestoreProbe.NONE, FROM_MEMORY))
            .as("cut at %d", length)
            .isEqualTo(8);
        assertThat(w.ids()).as("cut at %d", length).contains("BWO813E")
            .doesNotContain("BWO816I");
        assertThat(snapshot(dst)).as("cut at %d", length).isEqualTo(before);
      }
      assertThat(RestoreWorld.leftovers(dst)).isEmpty();

      w.platform.inputDd("MEMORY", dump);
      assertThat(w.restoreTask(dst, system, RestoreProbe.NONE, FROM_MEMORY)).isZero();
      assertThat(snapshot(dst)).isNotEqualTo(before);
    }
  }

  @Test
  void aFlippedBitAnywhereInTheDumpIsRefusedAndNoTargetChanges() throws IOException {
    Random random = new Random(4);
    for (Compression c : List.of(Compression.NONE, Compression.LZ4)) {
      byte[] dump = smallDump(c);
      Map<Dsn, RestoreWorld.Snapshot> before = snapshot(dst);
      try (SegmentSystem system = SegmentSystems.connect(dst, w.clock)) {
        for (int at = 0; at < dump.length; at++) {
          byte[] flipped = dump.clone();
          int bit = random.nextInt(8);
          flipped[at] ^= (byte) (1 << bit);
          w.platform.inputDd("MEMORY", flipped);

          assertThat(w.restoreTask(dst, system, RestoreProbe.NONE, FROM_MEMORY))
              .as("%s: bit %d of byte %d", c, bit, at).isEqualTo(8);
          assertThat(snapshot(dst)).as("%s: bit %d of byte %d", c, bit, at).isEqualTo(before);
        }
      }
      assertThat(RestoreWorld.leftovers(dst)).isEmpty();
    }
  }

  @Test
  void aDumpCutAfterADataSetEndedRestoresNothingAndLeavesNoTemporaryFileOrThread() {
    byte[] dump = smallDump(Compression.NONE);
    w.platform.inputDd("MEMORY", Arrays.copyOf(dump, endOf(A, dump) + 10));
    var before = snapshot(dst);

    try (SegmentSystem system = SegmentSystems.connect(dst, w.clock)) {
      assertThat(w.restoreTask(dst, system, RestoreProbe.NONE, FROM_MEMORY)).isEqualTo(8);
    }

    assertThat(w.ids()).containsSubsequence("BWO404E", "BWO813E").doesNotContain("BWO816I");
    assertThat(snapshot(dst)).isEqualTo(before);
    assertThat(RestoreWorld.leftovers(dst)).isEmpty();
    assertThat(RestoreWorld.forcingThreads()).as("threads forcing temporary files").isZero();
  }

  @Test
  void aDdConcatenatingDumpsRestoresFromTheFirstAloneAsDfsmsdssDoes() {
    byte[] first = smallDump(Compression.NONE);
    byte[] second = smallDump(Compression.LZ4, RestoreWorld.T0.plusSeconds(60));
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    w.platform.inputDd("MEMORY", both);
    var before = snapshot(dst);

    try (SegmentSystem system = SegmentSystems.connect(dst, w.clock)) {
      assertThat(w.restoreTask(dst, system, RestoreProbe.NONE, FROM_MEMORY)).isEqualTo(4);
    }

    assertThat(w.ids()).contains("BWO826W", "BWO816I").doesNotContain("BWO813E");
    assertThat(String.join(" ", w.platform.sysprint()).replaceAll("\\s+", " "))
        .contains("DD MEMORY CONCATENATES DUMPS: ONLY THE FIRST IS RESTORED, THE " + second.length
            + " BYTES AFTER IT");
    assertThat(snapshot(dst).get(A)).isNotEqualTo(before.get(A));
  }

  @Test
  void bytesAfterTheTrailerThatAreNotADumpStillRefuseTheRestore() {
    byte[] dump = smallDump(Compression.NONE);
    w.platform.inputDd("MEMORY", Arrays.copyOf(dump, dump.length + 16));
    var before = snapshot(dst);

    try (SegmentSystem system = SegmentSystems.connect(dst, w.clock)) {
      assertThat(w.restoreTask(dst, system, RestoreProbe.NONE, FROM_MEMORY)).isEqualTo(8);
    }

    assertThat(w.ids()).containsSubsequence("BWO404E", "BWO813E").doesNotContain("BWO826W");
    assertThat(snapshot(dst)).isEqualTo(before);
  }

  @Test
  void theDumpIsReadOnce() {
    w.platform.inputDd("MEMORY", smallDump(Compression.NONE), new byte[] {1, 2, 3});
    var before = snapshot(dst);

    try (SegmentSystem system = SegmentSystems.connect(dst, w.clock)) {
      assertThat(w.restoreTask(dst, system, RestoreProbe.NONE, FROM_MEMORY)).isZero();
    }

    assertThat(snapshot(dst).get(A)).isNotEqualTo(before.get(A));
    assertThat(snapshot(dst).get(B)).isNotEqualTo(before.get(B));
  }

  @Test
  void twoDataSetsRenamedToOneNameRestoreOnlyTheFirst() {
    w.platform.inputDd("MEMORY", smallDump(Compression.NONE));
    try (SegmentSystem system = SegmentSystems.connect(dst, w.clock)) {
      assertThat(w.restoreTask(dst, system, RestoreProbe.NONE,
          " RESTORE DS(INC(**)) IDD(MEMORY) RENUNC((OSB.*,NEW.ONE))")).isEqualTo(8);
    }
    assertThat(w.platform.sysprint()).anyMatch(l -> l.contains("BWO819E")
        && l.contains("OSB.B IS NOT RESTORED"));
    assertThat(dst.get(Dsn.parse("NEW.ONE")).cis()).isEqualTo(2);
  }

  /** Where the DATASET-END of {@code dsn} ends in {@code dump}. */
  private static int endOf(Dsn dsn, byte[] dump) {
    try (DumpReader r = DumpReader.open(new ByteArrayInputStream(dump))) {
      for (DumpEvent e = r.next(); ; e = r.next()) {
        if (e instanceof DumpEvent.DataSetEnded d && d.entry().dsn().equals(dsn)) {
          return (int) r.position();
        }
      }
    }
  }

  @Test
  void aDataFileThatIsALinkIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path outside = Files.write(dir.resolve("outside.bin"), new byte[] {1, 2, 3});
    Files.delete(dst.dataFile(A));
    Files.createSymbolicLink(dst.dataFile(A), outside);
    Files.write(w.dump, smallDump(Compression.NONE));
    var before = snapshot(dst).get(B);

    assertThat(w.dss(dst, RESTORE)).isEqualTo(8);

    assertThat(w.ids()).contains("BWO815E", "ADR455W").doesNotContain("BWO816I");
    assertThat(Files.readAllBytes(outside)).containsExactly(1, 2, 3);
    assertThat(Files.isSymbolicLink(dst.dataFile(A))).isTrue();
    assertThat(snapshot(dst).get(B)).isEqualTo(before);
  }

  @Test
  void aTemporaryFileThatIsALinkIsNeverWrittenThrough() throws IOException {
    Path outside = Files.write(dir.resolve("outside.bin"), new byte[] {1, 2, 3});
    Files.createSymbolicLink(StagedDataSet.temporaryFile(dst.dataFile(A)), outside);
    Files.write(w.dump, smallDump(Compression.NONE));

    assertThat(w.dss(dst, RESTORE)).isZero();

    assertThat(w.ids()).contains("BWO817I");
    assertThat(Files.readAllBytes(outside)).containsExactly(1, 2, 3);
    assertThat(RestoreWorld.leftovers(dst)).isEmpty();
  }

  @Test
  void aRestoreWhoseCatalogCannotBeWrittenSaysTheNextRestoreCompletesIt() throws IOException {
    Files.write(w.dump, smallDump(Compression.NONE));
    // The entry's temporary file cannot be written (as on a full disk).
    Path blocker = dst.root().resolve("catalog").resolve(A.name() + ".json.tmp");
    Files.createDirectories(blocker.resolve("x"));

    assertThat(w.dss(dst, RESTORE)).isEqualTo(8);

    assertThat(w.ids()).contains("BWO825E", "BWO107E", "ADR455W");
    assertThat(String.join("\n", w.platform.sysprint()))
        .containsPattern("BWO825E .*, DATA SET " + A + " IS NOT RESTORED YET: ITS RESTORE IS"
            + " COMMITTED");
    Files.delete(blocker.resolve("x"));
    Files.delete(blocker);
    assertThat(w.dss(dst, RESTORE)).isZero();
    assertThat(w.ids()).contains("BWO817I");
    assertThat(RestoreWorld.leftovers(dst)).isEmpty();
  }

  @Test
  void aRestoreIsRefusedWhileAnotherHoldsTheCatalog() throws IOException {
    Files.write(w.dump, smallDump(Compression.NONE));
    var before = snapshot(dst);
    RestoreJournal other = RestoreJournal.open(dst);
    try {
      assertThat(w.dss(dst, RESTORE)).isEqualTo(8);
    } finally {
      other.close();
    }
    assertThat(w.ids()).contains("BWO818E");
    assertThat(snapshot(dst)).isEqualTo(before);

    assertThat(w.dss(dst, RESTORE)).isZero();
  }

  @Test
  void aMissingInputDdEndsTheTaskWithoutTouchingAnything() {
    var before = snapshot(dst);

    assertThat(w.dss(dst, " RESTORE DS(INC(**)) IDD(NOSUCH) REPLACE")).isEqualTo(8);

    assertThat(w.ids()).contains("BWO011E");
    assertThat(snapshot(dst)).isEqualTo(before);
  }

  /** The small dump of the class comment, {@code compression} applied. */
  static byte[] smallDump(Compression compression) {
    return smallDump(compression, RestoreWorld.T0);
  }

  /** The small dump, its data sets created at {@code created}. */
  static byte[] smallDump(Compression compression, Instant created) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Random random = new Random(9);
    try (DumpWriter writer = DumpWriter.start(out,
        new DumpHeader(RestoreWorld.T0, "SMALL", "TEST", compression, 512))) {
      for (var spec : List.of(Map.entry(A, 2), Map.entry(B, 1))) {
        CatalogEntry e = CatalogEntry.linear(spec.getKey(), SegmentName.parse("SEG1"), 512,
            spec.getValue(), true, created);
        byte[] data = new byte[(int) e.sizeBytes()];
        for (int i = 0; i < data.length; i++) {
          // Half random, half repeated, so that LZ4 compresses some chunks and not others.
          data[i] = i % 1024 < 512 ? (byte) random.nextInt() : (byte) 7;
        }
        DataSetSink sink = writer.begin(e);
        sink.writeCis(0, data, 0, data.length);
        sink.end();
      }
      writer.finish();
    }
    return out.toByteArray();
  }

  private static void fill(Catalog c, Dsn dsn, int value) throws IOException {
    byte[] b = new byte[(int) c.get(dsn).sizeBytes()];
    Arrays.fill(b, (byte) value);
    Files.write(c.dataFile(dsn), b);
  }
}
