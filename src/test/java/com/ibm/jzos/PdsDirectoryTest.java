package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.platform.LocalSystemTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** PdsDirectory over a local library, used as IBM's PdsLister sample uses it. */
class PdsDirectoryTest extends LocalSystemTest {
  private static final Charset EBCDIC = Charset.forName("IBM1047");

  @Test
  @SuppressWarnings("rawtypes")
  void listsEveryMemberInOrderWithItsStatisticsAsIbmsSampleReadsThem() throws IOException {
    Path library = Files.createDirectory(system.datasetsDir().resolve("HLQ.JCL"));
    Files.write(library.resolve("DUMP"), List.of("//DUMP JOB", "//S1 EXEC PGM=ADRDSSU"));
    Files.write(library.resolve("RESTORE"), List.of("//RESTORE JOB"));
    LocalDateTime saved = LocalDateTime.of(2026, 3, 14, 9, 26, 53);
    Files.setLastModifiedTime(library.resolve("DUMP"),
        FileTime.from(saved.atZone(ZoneId.systemDefault()).toInstant()));

    List<String> names = new ArrayList<>();
    List<PdsDirectory.MemberInfo.Statistics> stats = new ArrayList<>();
    PdsDirectory dir = new PdsDirectory("//'HLQ.JCL'");
    try {
      // As PdsLister: a raw iterator, each entry cast.
      for (Iterator iter = dir.iterator(); iter.hasNext(); ) {
        PdsDirectory.MemberInfo info = (PdsDirectory.MemberInfo) iter.next();
        names.add(info.getName());
        stats.add(info.getStatistics());
        assertThat(info.toString()).startsWith(String.format("%-8s ", info.getName()));
      }
    } finally {
      dir.close();
    }
    assertThat(names).containsExactly("DUMP", "RESTORE");
    PdsDirectory.MemberInfo.Statistics dump = stats.get(0);
    assertThat(dump.version).isEqualTo(1);
    assertThat(dump.mod).isZero();
    assertThat(dump.currentLines).isEqualTo(2);
    assertThat(dump.initialLines).isEqualTo(2);
    assertThat(dump.modifiedLines).isZero();
    assertThat(dump.modificationDate)
        .isEqualTo(Date.from(saved.atZone(ZoneId.systemDefault()).toInstant()));
    assertThat(dump.creationDate).isNotNull();
    assertThat(dump.userid).isNotBlank().matches("[A-Z@#$][A-Z0-9@#$]{0,7}");
    assertThat(dump.toString()).contains("2026-03-14 09:26:53");
    assertThat(stats.get(1).currentLines).isEqualTo(1);
  }

  @Test
  void aDdToTheLibraryListsItTooAndAnEmptyLibraryHasNoMembers() throws IOException {
    Path library = Files.createDirectory(system.datasetsDir().resolve("HLQ.EMPTY"));
    system.set("bwo.dd.LIB", library.toString());

    try (PdsDirectory dir = new PdsDirectory("//DD:LIB")) {
      Iterator<?> entries = dir.iterator();
      assertThat(entries.hasNext()).isFalse();
      assertThatThrownBy(entries::next).isInstanceOf(NoSuchElementException.class);
    }
    Files.writeString(library.resolve("ONE"), "1\n");
    try (PdsDirectory dir = new PdsDirectory("//DD:LIB")) {
      Iterator<?> entries = dir.iterator();
      assertThat(((PdsDirectory.MemberInfo) entries.next()).getName()).isEqualTo("ONE");
      assertThat(entries.hasNext()).isFalse();
    }
  }

  @Test
  void aSequentialDataSetOrAMissingOneIsNotADirectory() throws IOException {
    Files.writeString(system.datasetsDir().resolve("HLQ.SEQ"), "X\n");

    assertThatThrownBy(() -> new PdsDirectory("//'HLQ.SEQ'"))
        .isInstanceOfSatisfying(ZFileException.class, e -> assertThat(e.getErrno()).isEqualTo(121))
        .hasMessageContaining("not a partitioned data set");
    assertThatThrownBy(() -> new PdsDirectory("//'HLQ.NONE'"))
        .isInstanceOfSatisfying(ZFileException.class, e -> assertThat(e.getErrno()).isEqualTo(49));
  }

  @Test
  void memberInfoMapsAnEntryWrittenOnZosWithExtendedStatisticsOrNone() {
    ByteBuffer block = ByteBuffer.allocate(256);
    block.putShort((short) 0);
    // An alias with no user data, as a load module's alias might be.
    block.put("ALIAS1  ".getBytes(EBCDIC)).put(new byte[] {0, 1, 2}).put((byte) 0x80);
    int second = block.position();
    block.put("BIG     ".getBytes(EBCDIC)).put(new byte[] {0, 2, 1}).put((byte) 20);
    block.put(new byte[] {0x02, 0x11, 0x20, 0x07}); // 02.11, extended statistics, 07 seconds
    block.putInt(0x0099365F).putInt(0x0126001F); // 1999 day 365; 2026 day 1
    block.put(new byte[] {0x23, 0x59}); // 23:59
    block.putShort((short) 0xFFFF).putShort((short) 0xFFFF).putShort((short) 0xFFFF);
    block.put("IBMUSER ".getBytes(EBCDIC));
    block.putInt(100_000).putInt(70_000).putInt(12);

    PdsDirectory.MemberInfo alias = new PdsDirectory.MemberInfo(block.array(), 2);
    assertThat(alias.getName()).isEqualTo("ALIAS1");
    assertThat(alias.getStatistics()).isNull();
    assertThat(alias.toString()).contains("alias");
    PdsDirectory.MemberInfo.Statistics big =
        new PdsDirectory.MemberInfo(block.array(), second).getStatistics();
    assertThat(big.version).isEqualTo(2);
    assertThat(big.mod).isEqualTo(0x11);
    assertThat(big.currentLines).isEqualTo(100_000);
    assertThat(big.initialLines).isEqualTo(70_000);
    assertThat(big.modifiedLines).isEqualTo(12);
    assertThat(big.userid).isEqualTo("IBMUSER");
    assertThat(big.creationDate).isEqualTo(local(LocalDateTime.of(1999, 12, 31, 0, 0)));
    assertThat(big.modificationDate).isEqualTo(local(LocalDateTime.of(2026, 1, 1, 23, 59, 7)));
  }

  private static Date local(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }
}
