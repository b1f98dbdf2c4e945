package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.platform.LocalSystemTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Partitioned data sets off z/OS: a library is a directory of the data set directory, a member its
 * file, and the directory reads as z/OS's does (docs/jzos-stubs.md, "Partitioned data sets").
 */
class PartitionedDataSetTest extends LocalSystemTest {
  private static final Charset EBCDIC = Charset.forName("IBM1047");

  @Test
  void aMemberIsWrittenAndReadByItsDataSetNameAndThroughADdToItsLibrary() throws IOException {
    Path library = Files.createDirectory(system.datasetsDir().resolve("HLQ.CNTL"));

    try (ZFile out = new ZFile("//'hlq.cntl(dump)'", "wb,type=record,recfm=fb,lrecl=80")) {
      out.write(" DUMP DATASET(INCLUDE(HLQ.**))".getBytes(StandardCharsets.ISO_8859_1));
      assertThat(out.getDsorg()).isEqualTo(ZFile.DSORG_PDS_MEM);
    }
    assertThat(library.resolve("DUMP")).exists();
    system.set("bwo.dd.CNTL", library.toString());
    byte[] record = new byte[80];
    try (ZFile in = new ZFile("//DD:CNTL(DUMP)", "rb,type=record")) {
      assertThat(in.read(record)).isEqualTo(80);
    }
    assertThat(new String(record, StandardCharsets.ISO_8859_1)).startsWith(" DUMP DATASET(");
    RecordReader reader = RecordReader.newReader("//'HLQ.CNTL(DUMP)'", ZFile.FLAG_DISP_SHR);
    try {
      assertThat(reader.getDsn()).isEqualTo("HLQ.CNTL(DUMP)");
    } finally {
      reader.close();
    }
    assertThat(ZFile.dsExists("'HLQ.CNTL(DUMP)'")).isTrue();
    assertThat(ZFile.dsExists("'HLQ.CNTL(NONE)'")).isFalse();
    assertThat(ZFile.dsExists("'HLQ.CNTL'")).isTrue();
    assertThat(ZFile.exists("//'HLQ.CNTL'")).isTrue();
  }

  @Test
  void aMissingMemberIsEdc5067iAMissingDataSetEdc5049iAndABadMemberNameEinval()
      throws IOException {
    Files.createDirectory(system.datasetsDir().resolve("HLQ.LIB"));
    Files.writeString(system.datasetsDir().resolve("HLQ.SEQ"), "X\n");

    for (String mode : List.of("rb", "rb,type=record")) {
      assertThatThrownBy(() -> new ZFile("//'HLQ.LIB(NONE)'", mode))
          .isInstanceOfSatisfying(ZFileException.class, e -> {
            assertThat(e.getErrno()).isEqualTo(67);
            assertThat(e.getErrnoMsg()).startsWith("EDC5067I ");
          });
    }
    assertThatThrownBy(() -> RecordReader.newReader("//'HLQ.LIB(NONE)'", 0))
        .isInstanceOfSatisfying(ZFileException.class, e -> assertThat(e.getErrno()).isEqualTo(67));
    for (String missing : List.of("//'HLQ.NONE'", "//'HLQ.NONE(MEMBER)'")) {
      assertThatThrownBy(() -> new ZFile(missing, "rb"))
          .isInstanceOfSatisfying(ZFileException.class, e -> {
            assertThat(e.getErrno()).isEqualTo(49);
            assertThat(e.getErrnoMsg())
                .isEqualTo("EDC5049I The specified file name could not be located.");
          });
    }
    assertThatThrownBy(() -> new ZFile("//'HLQ.NONE(MEMBER)'", "wb"))
        .isInstanceOfSatisfying(ZFileException.class, e -> assertThat(e.getErrno()).isEqualTo(49));
    for (String bad : List.of("//'HLQ.LIB(TOOLONGNAME)'", "//'HLQ.LIB(1ST)'", "//'HLQ.LIB()'",
        "//'HLQ.LIB(A)B'", "//'HLQ.GDG(+1)'", "//'HLQ.SEQ(MEMBER)'")) {
      assertThatThrownBy(() -> new ZFile(bad, "rb"), bad)
          .isInstanceOf(ZFileException.class)
          .extracting(e -> ((ZFileException) e).getErrno())
          .isEqualTo(121);
    }
  }

  @Test
  void aLibraryIsWrittenOnlyByMemberAndItsDirectoryReadInBinaryOrRecordMode() throws IOException {
    Files.createDirectory(system.datasetsDir().resolve("HLQ.LIB"));

    for (String mode : List.of("wb", "wb,type=record", "ab", "w")) {
      assertThatThrownBy(() -> new ZFile("//'HLQ.LIB'", mode), mode)
          .isInstanceOf(ZFileException.class)
          .hasMessageContaining("name the member");
    }
    assertThatThrownBy(() -> RecordWriter.newWriter("//'HLQ.LIB'", 0))
        .isInstanceOf(ZFileException.class)
        .hasMessageContaining("name the member");
    assertThatThrownBy(() -> new ZFile("//'HLQ.LIB'", "r"))
        .isInstanceOf(ZFileException.class)
        .hasMessageContaining("binary or record mode");
  }

  @Test
  void theDirectoryListsMembersInEbcdicOrderInBlocksOf256EndingWithHighValues()
      throws IOException {
    Path library = Files.createDirectory(system.datasetsDir().resolve("HLQ.LIB"));
    // EBCDIC orders $ # @ before letters and letters before digits; a prefix comes first.
    for (String member : List.of("B", "A1", "$X", "A", "#1", "@Z", "Z9")) {
      Files.writeString(library.resolve(member), "LINE\n");
    }
    Files.writeString(library.resolve("lower.txt"), "not a member\n");
    Files.createDirectory(library.resolve("SUBDIR"));

    List<byte[]> records = new ArrayList<>();
    try (ZFile dir = new ZFile("//'HLQ.LIB'", "rb,type=record")) {
      assertThat(dir.getRecfm()).isEqualTo("U");
      assertThat(dir.getLrecl()).isEqualTo(256);
      assertThat(dir.getDsorg()).isEqualTo(ZFile.DSORG_PDS_DIR);
      byte[] block = new byte[256];
      for (int n = dir.read(block); n >= 0; n = dir.read(block)) {
        assertThat(n).isEqualTo(256);
        records.add(block.clone());
      }
    }
    assertThat(names(records)).containsExactly("$X", "#1", "@Z", "A", "A1", "B", "Z9");
  }

  @Test
  void theDirectoryReadAsAStreamIsItsBlocksOneAfterAnother() throws IOException {
    Path library = Files.createDirectory(system.datasetsDir().resolve("HLQ.LIB"));
    for (int i = 0; i < 40; i++) {
      Files.writeString(library.resolve("MEM" + i), "LINE\n");
    }
    byte[] stream;
    try (ZFile dir = new ZFile("//'HLQ.LIB'", "rb")) {
      stream = dir.getInputStream().readAllBytes();
    }
    List<byte[]> blocks = new ArrayList<>();
    RecordReader reader = RecordReader.newReader("//'HLQ.LIB'", 0);
    try {
      byte[] block = new byte[reader.getLrecl()];
      for (int n = reader.read(block); n >= 0; n = reader.read(block)) {
        blocks.add(Arrays.copyOf(block, n));
      }
    } finally {
      reader.close();
    }
    // 40 entries of 42 bytes, six to a block: seven blocks, the end marker in the last.
    assertThat(blocks).hasSize(7);
    ByteBuffer joined = ByteBuffer.allocate(blocks.size() * 256);
    blocks.forEach(joined::put);
    assertThat(stream).isEqualTo(joined.array());
    assertThat(names(blocks))
        .containsExactlyElementsOf(
            IntStream.range(0, 40).mapToObj(i -> "MEM" + i).sorted().toList());
  }

  @Test
  void eachMemberCarriesIspfStatisticsFromItsFile() throws IOException {
    Path library = Files.createDirectory(system.datasetsDir().resolve("HLQ.LIB"));
    Files.write(library.resolve("JOB"), List.of("//JOB JOB", "//STEP EXEC PGM=X", "//"));

    List<byte[]> blocks = new ArrayList<>();
    try (ZFile dir = new ZFile("//'HLQ.LIB'", "rb,type=record")) {
      byte[] block = new byte[256];
      while (dir.read(block) >= 0) {
        blocks.add(block.clone());
      }
    }
    ByteBuffer entry = ByteBuffer.wrap(blocks.get(0), 2, 254);
    byte[] name = new byte[8];
    entry.get(name);
    assertThat(new String(name, EBCDIC)).isEqualTo("JOB     ");
    assertThat(entry.get() | entry.get() | entry.get()).as("TTR").isNotZero();
    int c = entry.get();
    assertThat(c & 0x80).as("alias").isZero();
    assertThat((c & 0x1F) * 2).as("user data").isEqualTo(30);
    assertThat(entry.get()).as("version").isEqualTo((byte) 1);
    assertThat(entry.get()).as("mod level").isZero();
    entry.get();
    entry.get();
    entry.getInt();
    int changed = entry.getInt();
    LocalDate today = LocalDate.now();
    // 0CYYDDDF: the century, the year in it, the day of the year, a sign.
    int cyyddd = (today.getYear() - 1900) * 1000 + today.getDayOfYear();
    assertThat(String.format("%08x", changed)).isEqualTo(String.format("%07df", cyyddd));
    entry.getShort();
    assertThat(entry.getShort()).as("current lines").isEqualTo((short) 3);
    assertThat(entry.getShort()).as("initial lines").isEqualTo((short) 3);
    assertThat(entry.getShort()).as("modified lines").isZero();
  }

  @Test
  void removeDeletesAMemberAndALibraryOfMembersButNotOtherFiles() throws IOException {
    Path library = Files.createDirectory(system.datasetsDir().resolve("HLQ.LIB"));
    Files.writeString(library.resolve("A"), "A\n");
    Files.writeString(library.resolve("B"), "B\n");

    ZFile.remove("//'HLQ.LIB(A)'");
    assertThat(library.resolve("A")).doesNotExist();
    Files.writeString(library.resolve("notes.txt"), "mine\n");
    assertThatThrownBy(() -> ZFile.remove("//'HLQ.LIB'"))
        .isInstanceOf(ZFileException.class)
        .hasMessageContaining("not members");
    assertThat(library.resolve("B")).exists();
    system.set("bwo.dd.LIB", library.toString());
    assertThatThrownBy(() -> ZFile.remove("//DD:LIB"))
        .isInstanceOf(ZFileException.class)
        .hasMessageContaining("by its data set name");
    Files.delete(library.resolve("notes.txt"));
    ZFile.remove("//'HLQ.LIB'");
    assertThat(library).doesNotExist();
  }

  @Test
  void aMemberIsRenamedWithinItsLibraryToAFreeName() throws IOException {
    Path library = Files.createDirectory(system.datasetsDir().resolve("HLQ.LIB"));
    Files.createDirectory(system.datasetsDir().resolve("HLQ.OTHER"));
    Files.writeString(library.resolve("OLD"), "OLD\n");
    Files.writeString(library.resolve("TAKEN"), "TAKEN\n");

    assertThatThrownBy(() -> ZFile.rename("//'HLQ.LIB(OLD)'", "//'HLQ.LIB(TAKEN)'"))
        .isInstanceOf(ZFileException.class)
        .extracting(e -> ((ZFileException) e).getErrno())
        .isEqualTo(117);
    assertThatThrownBy(() -> ZFile.rename("//'HLQ.LIB(OLD)'", "//'HLQ.OTHER(OLD)'"))
        .isInstanceOf(ZFileException.class)
        .hasMessageContaining("within its library");
    assertThatThrownBy(() -> ZFile.rename("//'HLQ.LIB(OLD)'", "//'HLQ.SEQ'"))
        .isInstanceOf(ZFileException.class)
        .hasMessageContaining("within its library");
    ZFile.rename("//'HLQ.LIB(OLD)'", "//'HLQ.LIB(NEW)'");
    assertThat(library.resolve("NEW")).hasContent("OLD");
    assertThat(library.resolve("OLD")).doesNotExist();
  }

  @Test
  void bpxwdynAllocatesAMemberOfANewOrExistingLibraryAndDeleteTakesTheLibrary()
      throws IOException {
    system.set("bwo.dd.NEWLIB", "");
    system.set("bwo.dd.MEMBER", "");
    Path library = system.datasetsDir().resolve("HLQ.NEW.LIB");

    ZFile.bpxwdyn("alloc fi(newlib) da('HLQ.NEW.LIB') new dsorg(po) dir(5) recfm(f,b) lrecl(80)");
    assertThat(library).isDirectory();
    ZFile.bpxwdyn("alloc fi(member) da('HLQ.NEW.LIB(JOB1)') shr");
    assertThat(library.resolve("JOB1")).doesNotExist();
    try (ZFile out = new ZFile("//DD:MEMBER", "wb,type=record")) {
      out.write("//JOB1 JOB".getBytes(StandardCharsets.ISO_8859_1));
    }
    assertThat(library.resolve("JOB1")).exists();
    assertThatThrownBy(() -> ZFile.bpxwdyn("alloc fi(x) da('HLQ.NONE(JOB1)') shr"))
        .isInstanceOf(RcException.class)
        .hasMessageContaining("does not exist");
    ZFile.bpxwdyn("free fi(newlib)");
    ZFile.bpxwdyn("free fi(member) delete");
    assertThat(library).doesNotExist();

    ZFile.bpxwdyn("alloc fi(member) da('HLQ.NEW.LIB(FIRST)') new dir(5) reuse");
    assertThat(library).isDirectory();
    ZFile.bpxwdyn("free fi(member)");
  }

  @Test
  void aPathIsNeitherALibraryNorAMemberWhateverItsName() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Files.writeString(folder.resolve("MEMBER"), "x\n");
    Path odd = Files.writeString(dir.resolve("report(1)"), "r\n");

    assertThat(ZFile.exists(folder.toString())).isFalse();
    // Read as a file, a folder is no directory of members: the read fails (EISDIR, EIO here).
    try (ZFile folderFile = new ZFile(folder.toString(), "rb")) {
      assertThatThrownBy(() -> folderFile.read(new byte[256]))
          .isInstanceOfSatisfying(ZFileException.class,
              e -> assertThat(e.getErrno()).isEqualTo(122));
    }
    assertThatThrownBy(() -> new ZFile(dir.resolve("none(2)").toString(), "rb"))
        .isInstanceOfSatisfying(ZFileException.class, e -> assertThat(e.getErrno()).isEqualTo(129));
    ZFile.rename(odd.toString(), dir.resolve("report").toString());
    assertThat(dir.resolve("report")).hasContent("r");
    system.set("bwo.dd.TMP", "");
    ZFile.bpxwdyn("alloc fi(tmp) path('" + folder + "') delete");
    assertThatThrownBy(() -> ZFile.bpxwdyn("free fi(tmp)")).isInstanceOf(RcException.class);
    assertThat(folder.resolve("MEMBER")).exists();
  }

  @Test
  void aNewDataSetKeepsItsAllocatedFormatAndAMemberItsLibrarys() throws IOException {
    system.set("bwo.dd.SEQ", "");
    system.set("bwo.dd.LIB", "");
    ZFile.bpxwdyn("alloc fi(seq) da('HLQ.R1.SEQ') new recfm(v,b) lrecl(1028)");
    ZFile.bpxwdyn("free fi(seq)");
    ZFile.bpxwdyn("alloc fi(lib) da('HLQ.R1.LIB') new dir(5) recfm(f,b) lrecl(120)");
    ZFile.bpxwdyn("free fi(lib)");

    try (ZFile seq = new ZFile("//'HLQ.R1.SEQ'", "rb,type=record")) {
      assertThat(seq.getRecfm()).isEqualTo("VB");
      assertThat(seq.getLrecl()).isEqualTo(1028);
    }
    try (ZFile member = new ZFile("//'HLQ.R1.LIB(NEW)'", "wb,type=record")) {
      member.write("X".getBytes(StandardCharsets.ISO_8859_1));
      assertThat(member.getLrecl()).isEqualTo(120);
    }
    try (ZFile member = new ZFile("//'HLQ.R1.LIB(NEW)'", "rb,type=record")) {
      assertThat(member.getRecfm()).isEqualTo("FB");
      assertThat(member.getLrecl()).isEqualTo(120);
    }
    ZFile.bpxwdyn("alloc fi(lib) da('HLQ.R2.LIB') like('HLQ.R1.LIB') new");
    ZFile.bpxwdyn("free fi(lib)");
    assertThat(system.datasetsDir().resolve("HLQ.R2.LIB")).isDirectory();
    assertThatThrownBy(() -> ZFile.bpxwdyn("alloc fi(lib) da('HLQ.R3') like('HLQ.NO.MODEL') new"))
        .isInstanceOf(RcException.class)
        .hasMessageContaining("does not exist");
    assertThat(system.datasetsDir().resolve("HLQ.R3")).doesNotExist();
  }

  @Test
  void aDdIsNotFreedWhileAFileIsOpenOnIt() throws IOException {
    Path library = Files.createDirectory(system.datasetsDir().resolve("HLQ.PDS"));
    Files.writeString(library.resolve("COPY1"), "1\n");
    system.set("bwo.dd.LIBDD", "");
    ZFile.bpxwdyn("alloc fi(libdd) da('HLQ.PDS') shr");

    try (PdsDirectory directory = new PdsDirectory("//DD:LIBDD")) {
      assertThat(directory.iterator().hasNext()).isTrue();
      assertThatThrownBy(() -> ZFile.bpxwdyn("free fi(libdd)"))
          .isInstanceOf(RcException.class)
          .hasMessageContaining("a file is open on it");
      try (ZFile member = new ZFile("//DD:LIBDD(COPY1)", "rb")) {
        assertThat(member.read(new byte[8])).isEqualTo(2);
      }
      RecordReader reader = RecordReader.newReader("//DD:LIBDD(COPY1)", 0);
      reader.close();
      reader.close();
      assertThat(ZFile.ddExists("LIBDD")).isTrue();
    }
    ZFile.bpxwdyn("free fi(libdd)");
    assertThat(ZFile.ddExists("LIBDD")).isFalse();
  }

  /** The member names of directory blocks, in order, to the end marker. */
  private static List<String> names(List<byte[]> blocks) {
    List<String> names = new ArrayList<>();
    for (byte[] block : blocks) {
      ByteBuffer b = ByteBuffer.wrap(block);
      int used = b.getShort();
      while (b.position() < used) {
        byte[] name = new byte[8];
        b.get(name);
        if (Arrays.equals(name, new byte[] {-1, -1, -1, -1, -1, -1, -1, -1})) {
          return names;
        }
        b.position(b.position() + 3);
        int c = b.get();
        b.position(b.position() + (c & 0x1F) * 2);
        names.add(new String(name, EBCDIC).strip());
      }
    }
    throw new AssertionError("no end of directory");
  }
}
