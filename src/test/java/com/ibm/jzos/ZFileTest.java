package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.platform.LocalSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local behaviour of ZFile names and files, as docs/jzos-stubs.md describes it. */
class ZFileTest {
  @TempDir Path dir;
  private LocalSystem system;

  @BeforeEach
  void setUp() throws IOException {
    system = LocalSystem.in(dir);
  }

  @AfterEach
  void tearDown() {
    system.close();
  }

  @Test
  void quotedDataSetNameIsAFileInTheDataSetDirectory() throws IOException {
    Files.writeString(system.datasetsDir().resolve("HLQ.X"), "DATA\n");

    assertThat(ZFile.exists("//'hlq.x'")).isTrue();
    assertThat(ZFile.dsExists("HLQ.X")).isFalse(); // unquoted: prefixed with the user id
    assertThat(ZFile.dsExists("'HLQ.X'")).isTrue();
    assertThat(ZFile.dsExists("//'HLQ.X'")).isTrue();
    assertThat(ZFile.getSlashSlashQuotedDSN("HLQ.X")).isEqualTo("//'HLQ.X'");
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
      assertThat(in.getLrecl()).isZero();
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
  void unallocatedDdCannotBeOpened() {
    assertThat(ZFile.ddExists("NODD")).isFalse();
    assertThatThrownBy(() -> new ZFile("//DD:NODD", "rb"))
        .isInstanceOf(ZFileException.class)
        .hasMessageContaining("DD NODD is not allocated");
  }

  @Test
  void ddMembersAndUpdateModesAreRefusedOffZos() {
    system.dd("LIB", "lib");
    assertThatThrownBy(() -> new ZFile("//DD:LIB(MEMBER)", "rb"))
        .isInstanceOf(ZFileException.class);
    assertThatThrownBy(() -> new ZFile("//DD:LIB", "rb+")).isInstanceOf(ZFileException.class);
  }
}
