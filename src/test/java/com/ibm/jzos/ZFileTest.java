package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.platform.LocalSystemTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local behaviour of ZFile names and files, as docs/jzos-stubs.md describes it. */
class ZFileTest extends LocalSystemTest {
  @Test
  void quotedDataSetNameIsAFileInTheDataSetDirectory() throws IOException {
    Files.writeString(system.datasetsDir().resolve("HLQ.X"), "DATA\n");

    assertThat(ZFile.exists("//'hlq.x'")).isTrue();
    assertThat(ZFile.dsExists("HLQ.X")).isFalse(); // unquoted: prefixed with the user id
    assertThat(ZFile.dsExists("'HLQ.X'")).isTrue();
    assertThat(ZFile.dsExists("//'HLQ.X'")).isTrue();
    assertThat(ZFile.getSlashSlashQuotedDSN("'HLQ.X'")).isEqualTo("//'HLQ.X'");
  }

  @Test
  void unquotedDataSetNameIsPrefixedWithTheUser() throws IOException {
    String user = System.getProperty("user.name").toUpperCase();
    Files.writeString(system.datasetsDir().resolve(user + ".MY.DATA"), "DATA\n");

    assertThat(ZFile.exists("//MY.DATA")).isTrue();
    assertThat(ZFile.dsExists("MY.DATA")).isTrue();
  }

  @Test
  void fullyQualifiedDsnPrefixesAnUnquotedNameWithTheUserAsFopenDoes() throws IOException {
    String user = System.getProperty("user.name").toUpperCase();
    Files.writeString(system.datasetsDir().resolve(user + ".MY.DATA"), "DATA\n");

    assertThat(ZFile.getFullyQualifiedDSN("MY.DATA")).isEqualTo(user + ".MY.DATA");
    assertThat(ZFile.getFullyQualifiedDSN("//MY.DATA")).isEqualTo(user + ".MY.DATA");
    assertThat(ZFile.getFullyQualifiedDSN("'HLQ.X'")).isEqualTo("HLQ.X");
    assertThat(ZFile.getFullyQualifiedDSN("//'HLQ.X(MEM)'")).isEqualTo("HLQ.X(MEM)");
    // Told the name is fully qualified (IBM's EnqUpdatePdsMember), it is taken as it is.
    assertThat(ZFile.getFullyQualifiedDSN("HLQ.X", true)).isEqualTo("HLQ.X");
    assertThat(ZFile.getFullyQualifiedDSN("//HLQ.X", true)).isEqualTo("HLQ.X");
    assertThat(ZFile.getFullyQualifiedDSN("//'HLQ.X'", true)).isEqualTo("HLQ.X");
    assertThat(ZFile.getFullyQualifiedDSN("MY.DATA", false)).isEqualTo(user + ".MY.DATA");
    // The qualified name names the same data set as the unqualified one.
    assertThat(ZFile.exists("//'" + ZFile.getFullyQualifiedDSN("MY.DATA") + "'")).isTrue();
  }

  @Test
  void slashSlashQuotedDsnQualifiesAnUnquotedNameUnlessToldItIsFullyQualified() {
    String user = System.getProperty("user.name").toUpperCase();

    assertThat(ZFile.getSlashSlashQuotedDSN("HLQ.X", true)).isEqualTo("//'HLQ.X'");
    assertThat(ZFile.getSlashSlashQuotedDSN("//HLQ.X", true)).isEqualTo("//'HLQ.X'");
    assertThat(ZFile.getSlashSlashQuotedDSN("X", false)).isEqualTo("//'" + user + ".X'");
    assertThat(ZFile.getSlashSlashQuotedDSN("//X", false)).isEqualTo("//'" + user + ".X'");
    assertThat(ZFile.getSlashSlashQuotedDSN("'HLQ.X'", false)).isEqualTo("//'HLQ.X'");
    assertThat(ZFile.getSlashSlashQuotedDSN("//'HLQ.X'", true)).isEqualTo("//'HLQ.X'");
    // IBM's ZipDatasets sample passes //DD:NAME outputs through it too.
    assertThat(ZFile.getSlashSlashQuotedDSN("//DD:ZIPOUT", true)).isEqualTo("//DD:ZIPOUT");
    // The one-argument form names what getFullyQualifiedDSN(String) names: IBM's DsInfo sample
    // opens the one and allocates the other as the same data set.
    for (String name : List.of("MY.DATA", "//MY.DATA", "'HLQ.X'", "//'HLQ.X'")) {
      assertThat(ZFile.getSlashSlashQuotedDSN(name))
          .isEqualTo("//'" + ZFile.getFullyQualifiedDSN(name) + "'");
    }
    assertThat(ZFile.getSlashSlashQuotedDSN("X")).isEqualTo("//'" + user + ".X'");
  }

  @Test
  void aDataSetNameNeverNamesAFileOutsideTheDataSetDirectory() throws ZFileException {
    for (String bad : List.of("//'..(ESCAPE)'", "//'..'", "//'HLQ..X'", "//'HLQ.X.'",
        "//'HLQ/X'", "//'HLQ.1ST'", "//'HLQ.TOOLONGQUAL'", "//'" + "A.".repeat(22) + "B'",
        "//' '", "//'HLQ.-X'")) {
      assertThatThrownBy(() -> new ZFile(bad, "wb"), bad)
          .isInstanceOfSatisfying(ZFileException.class,
              e -> assertThat(e.getErrno()).isEqualTo(121));
      assertThat(ZFile.exists(bad)).as(bad).isFalse();
    }
    assertThat(dir.getParent().resolve("ESCAPE")).doesNotExist();
  }

  @Test
  void theActualFilenameIsTheDataSetsNameWithItsMember() throws IOException {
    Path library = java.nio.file.Files.createDirectory(system.datasetsDir().resolve("HLQ.LIB"));
    Files.writeString(library.resolve("COPY1"), "X\n");
    Files.writeString(system.datasetsDir().resolve("HLQ.A-B.SEQ"), "X\n");
    system.set("bwo.dd.LIB", library.toString());
    Path path = Files.writeString(dir.resolve("plain.txt"), "X\n");

    for (String[] c : new String[][] {{"//'HLQ.LIB(COPY1)'", "HLQ.LIB(COPY1)"},
        {"//DD:LIB(COPY1)", "HLQ.LIB(COPY1)"}, {"//'HLQ.A-B.SEQ'", "HLQ.A-B.SEQ"},
        {path.toString(), path.toString()}}) {
      try (ZFile z = new ZFile(c[0], "rb")) {
        assertThat(z.getActualFilename()).as(c[0]).isEqualTo(c[1]);
      }
    }
  }

  @Test
  void recfmIsTheFormatTheStubGivesTheFile() throws IOException {
    Path lines = dir.resolve("lines.txt");
    Files.write(lines, List.of("A"));

    try (ZFile in = new ZFile(lines.toString(), "rb,type=record,noseek")) {
      assertThat(in.getRecfm()).isEqualTo("FB");
    }
    try (ZFile out = new ZFile(dir.resolve("print.txt").toString(), "wb,type=record")) {
      assertThat(out.getRecfm()).isEqualTo("FBA");
      assertThat(out.getLrecl()).isEqualTo(133);
    }
    // A stream reports the record model's format, as the same data set has one format on z/OS.
    try (ZFile stream = new ZFile(lines.toString(), "rb")) {
      assertThat(stream.getRecfm()).isEqualTo("FB");
      assertThat(stream.getLrecl()).isEqualTo(80);
    }
  }

  @Test
  void bpxwdynAllocatesADdToADataSetThatRecordIoThenReadsAndFreesIt() throws IOException {
    freedAtTheEnd("INDD");
    Path data = system.datasetsDir().resolve("HLQ.IN");
    Files.writeString(data, "HELLO\n");

    ZFile.bpxwdyn("alloc fi(indd) da('hlq.in') shr reuse msg(2)");
    assertThat(ZFile.ddExists("INDD")).isTrue();
    RecordReader reader = RecordReader.newReaderForDD("INDD");
    try {
      byte[] record = new byte[reader.getLrecl()];
      assertThat(reader.read(record)).isEqualTo(80);
      assertThat(new String(record, 0, 6)).isEqualTo("HELLO ");
      assertThat(reader.getDDName()).isEqualTo("INDD");
      assertThat(reader.getDsn()).isEqualTo("HLQ.IN");
    } finally {
      reader.close();
    }

    ZFile.bpxwdyn("free fi(INDD) msg(2)");
    assertThat(ZFile.ddExists("INDD")).isFalse();
    assertThat(data).exists();
  }

  @Test
  void bpxwdynNewCreatesTheDataSetAndDeleteRemovesItWhenFreed() throws IOException {
    freedAtTheEnd("OUTDD");
    Path data = system.datasetsDir().resolve("HLQ.NEW");

    ZFile.bpxwdyn(
        "alloc fi(OUTDD) da(HLQ.NEW) new catalog delete msg(2) recfm(f,b) lrecl(80)"
            + " space(1,1) cyl");
    assertThat(data).exists().isEmptyFile();
    RecordWriter writer = RecordWriter.newWriterForDD("OUTDD");
    try {
      // The allocation's recfm(f,b) lrecl(80), as IBM's RecordWriter example allocates.
      assertThat(writer.getRecfm()).isEqualTo("FB");
      assertThat(writer.getLrecl()).isEqualTo(80);
      writer.write("LINE 1".getBytes());
      writer.flush();
      assertThat(Files.readAllLines(data)).containsExactly("LINE 1");
      assertThatThrownBy(() -> writer.write(new byte[81])).isInstanceOf(ZFileException.class);
      assertThat(writer.getDDName()).isEqualTo("OUTDD");
    } finally {
      writer.close();
    }

    assertThatThrownBy(() -> ZFile.bpxwdyn("alloc fi(OUTDD) da(HLQ.NEW) shr"))
        .isInstanceOf(RcException.class)
        .hasMessageContaining("DD OUTDD is already allocated");
    assertThatThrownBy(() -> ZFile.bpxwdyn("alloc fi(OTHER) da(HLQ.NEW) new"))
        .isInstanceOf(RcException.class)
        .hasMessageContaining("already exists");

    ZFile.bpxwdyn("free fi(OUTDD)");
    assertThat(data).doesNotExist();
    assertThat(ZFile.ddExists("OUTDD")).isFalse();
    // A new allocation without attributes writes a print file again.
    ZFile.bpxwdyn("alloc fi(OUTDD) da(HLQ.NEW) new delete");
    RecordWriter again = RecordWriter.newWriterForDD("OUTDD");
    try {
      assertThat(again.getRecfm()).isEqualTo("FBA");
      assertThat(again.getLrecl()).isEqualTo(133);
    } finally {
      again.close();
    }
    ZFile.bpxwdyn("free fi(OUTDD)");
  }

  @Test
  void bpxwdynReuseReplacesAnAllocationAndPathAllocatesAFile() throws IOException {
    freedAtTheEnd("WORK");
    Path first = dir.resolve("first.bin");
    Path second = dir.resolve("second.bin");
    Files.writeString(first, "1");
    Files.writeString(second, "22");

    ZFile.bpxwdyn("alloc dd(WORK) path('" + first + "') shr");
    ZFile.bpxwdyn("alloc dd(WORK) path('" + second + "') shr reuse");
    try (ZFile in = new ZFile("//DD:WORK", "rb")) {
      assertThat(in.read(new byte[10])).isEqualTo(2);
    }
    ZFile.bpxwdyn("free dd(WORK) delete");
    assertThat(second).doesNotExist();
    assertThat(first).exists();
  }

  @Test
  void bpxwdynRefusesWhatItCannotDoFaithfully() throws ZFileException {
    freedAtTheEnd("BAD");

    assertThatThrownBy(() -> ZFile.bpxwdyn("alloc fi(BAD) da(NO.SUCH.DATA) shr"))
        .isInstanceOf(RcException.class)
        .hasMessageContaining("does not exist")
        // BPXWDYN's first key-error code, which a caller can tell from others by getRc().
        .extracting(e -> ((RcException) e).getRc())
        .isEqualTo(-21);
    assertThatThrownBy(() -> ZFile.bpxwdyn("alloc fi(BAD) dummy"))
        .isInstanceOf(RcException.class);
    assertThatThrownBy(() -> ZFile.bpxwdyn("alloc fi(BAD) da('HLQ.PDS(MEM)') shr"))
        .isInstanceOf(RcException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> ZFile.bpxwdyn("alloc fi(BAD) da(HLQ.X) new rtddn(dd)"))
        .isInstanceOf(RcException.class)
        .hasMessageContaining("rtddn");
    assertThatThrownBy(() -> ZFile.bpxwdyn("concat ddlist(A,B)"))
        .isInstanceOf(RcException.class);
    assertThatThrownBy(() -> ZFile.bpxwdyn("alloc fi(1BAD) da(HLQ.X) new"))
        .isInstanceOf(RcException.class)
        .hasMessageContaining("not a DD name");
    assertThatThrownBy(() -> ZFile.bpxwdyn("free fi(BAD)"))
        .isInstanceOf(RcException.class)
        .hasMessageContaining("DD BAD is not allocated");
    assertThat(ZFile.ddExists("BAD")).isFalse();
    assertThat(system.datasetsDir().resolve("HLQ.X")).doesNotExist();
  }

  @Test
  void streamModeReadsAndWritesBytesAsTheyAre() throws IOException {
    Path file = dir.resolve("bytes.bin");
    byte[] data = {0, 10, 13, 32, -1, 10};
    try (ZFile out = new ZFile(file.toString(), "wb")) {
      out.write(data);
    }

    try (ZFile in = new ZFile(file.toString(), "rb,noseek")) {
      byte[] buf = new byte[100];
      assertThat(in.read(buf)).isEqualTo(6);
      assertThat(in.read(buf)).isEqualTo(-1);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(data);
  }

  @Test
  void streamModeKeepsEveryByteOfAFileLargerThanItsBufferWrittenAndReadInOddPieces()
      throws IOException {
    Path file = dir.resolve("large.bin");
    byte[] data = new byte[(3 << 20) + 12345];
    new java.util.SplittableRandom(7).nextBytes(data);
    try (ZFile out = new ZFile(file.toString(), "wb")) {
      out.write(data, 0, 100);
      out.write(data, 100, (2 << 20) + 1);
      out.write(data, (2 << 20) + 101, data.length - (2 << 20) - 101);
    }
    try (ZFile more = new ZFile(file.toString(), "ab")) {
      more.write(new byte[] {42});
    }

    java.io.ByteArrayOutputStream back = new java.io.ByteArrayOutputStream();
    try (ZFile in = new ZFile(file.toString(), "rb,noseek")) {
      byte[] buf = new byte[777_777];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        assertThat(n).isPositive();
        back.write(buf, 0, n);
      }
    }
    byte[] expected = java.util.Arrays.copyOf(data, data.length + 1);
    expected[data.length] = 42;
    assertThat(back.toByteArray()).isEqualTo(expected);
  }

  @Test
  void recordModeReadsLinesPaddedToTheLongestLineOrEighty() throws IOException {
    Path file = dir.resolve("lines.txt");
    Files.write(file, List.of("SHORT", "L".repeat(100)));

    try (ZFile in = new ZFile(file.toString(), "rb,type=record")) {
      byte[] buf = new byte[in.getLrecl()];
      assertThat(in.getLrecl()).isEqualTo(100);
      assertThat(in.read(buf)).isEqualTo(100);
      assertThat(new String(buf, 0, 6)).isEqualTo("SHORT ");
    }
  }

  @Test
  void recordLongerThanTheLreclIsRefused() throws IOException {
    Path file = dir.resolve("print.txt");
    try (ZFile out = new ZFile(file.toString(), "wb,type=record")) {
      assertThatThrownBy(() -> out.write(new byte[134]))
          .isInstanceOf(ZFileException.class)
          .hasMessageContaining("longer than LRECL 133");
    }
  }

  @Test
  void renameReplacesTheTargetAndRemoveDeletes() throws IOException {
    Path from = dir.resolve("a.tmp");
    Path to = dir.resolve("a");
    Files.writeString(from, "new");
    Files.writeString(to, "old");

    ZFile.rename(from.toString(), to.toString());
    assertThat(Files.readString(to)).isEqualTo("new");
    assertThat(from).doesNotExist();

    ZFile.remove(to.toString());
    assertThat(to).doesNotExist();
    assertThatThrownBy(() -> ZFile.remove(to.toString()))
        .isInstanceOfSatisfying(
            ZFileException.class, e -> assertThat(e.getErrno()).isEqualTo(ZFileException.ENOENT));
  }

  @Test
  void aDataSetIsNotRenamedOverAnotherButToAFreeName() throws IOException {
    Path copy = Files.writeString(system.datasetsDir().resolve("HLQ.TEST.COPY"), "COPY\n");
    Path seq = Files.writeString(system.datasetsDir().resolve("HLQ.TEST.SEQ"), "SEQ\n");

    assertThatThrownBy(() -> ZFile.rename("//'HLQ.TEST.COPY'", "//'HLQ.TEST.SEQ'"))
        .isInstanceOfSatisfying(ZFileException.class, e -> {
          assertThat(e.getErrno()).isEqualTo(117);
          assertThat(e.getErrnoMsg()).isEqualTo("EDC5117I File exists.");
        });
    assertThat(Files.readString(seq)).isEqualTo("SEQ\n");
    assertThat(Files.readString(copy)).isEqualTo("COPY\n");

    ZFile.rename("//'HLQ.TEST.COPY'", "//'HLQ.TEST.NEW'");
    assertThat(copy).doesNotExist();
    assertThat(system.datasetsDir().resolve("HLQ.TEST.NEW")).hasContent("COPY");
  }

  @Test
  void aMissingFileIsEnoentInRecordModeAsInStreamMode() {
    String missing = dir.resolve("missing.txt").toString();
    for (String mode : List.of("rb", "rb,type=record")) {
      assertThatThrownBy(() -> new ZFile(missing, mode)).as(mode)
          .isInstanceOfSatisfying(ZFileException.class, e -> {
            assertThat(e.getErrno()).isEqualTo(ZFileException.ENOENT);
            assertThat(e.getErrnoMsg()).isEqualTo("EDC5129I No such file or directory.");
          });
    }
    assertThatThrownBy(() -> RecordReader.newReader(missing, ZFileConstants.FLAG_DISP_SHR))
        .isInstanceOfSatisfying(ZFileException.class,
            e -> assertThat(e.getErrno()).isEqualTo(ZFileException.ENOENT));
  }

  @Test
  void unallocatedDdCannotBeOpened() throws ZFileException {
    assertThat(ZFile.ddExists("NODD")).isFalse();
    assertThatThrownBy(() -> new ZFile("//DD:NODD", "rb"))
        .isInstanceOf(ZFileException.class)
        .hasMessageContaining("DD NODD is not allocated");
  }

  /** Makes sure DD {@code dd}, which a test allocates with bpxwdyn, is gone after the test. */
  private void freedAtTheEnd(String dd) {
    system.set("bwo.dd." + dd, "");
    system.set("bwo.dd." + dd + ".recfm", "");
    system.set("bwo.dd." + dd + ".lrecl", "");
  }

  @Test
  void updateModesAreRefusedOffZos() {
    system.dd("LIB", "lib");
    assertThatThrownBy(() -> new ZFile("//DD:LIB", "rb+")).isInstanceOf(ZFileException.class);
  }
}
