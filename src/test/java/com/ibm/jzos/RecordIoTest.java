package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.platform.LocalSystemTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local behaviour of RecordReader and RecordWriter, as docs/jzos-stubs.md describes it. */
class RecordIoTest extends LocalSystemTest {
  @Test
  void ddNameIsTheDdOpenedAndNullForADataSetName() throws IOException {
    Path sysin = system.dd("SYSIN", "sysin.txt");
    Files.write(sysin, List.of("IN"));
    Files.writeString(system.datasetsDir().resolve("HLQ.X"), "X\n");

    RecordReader byDd = RecordReader.newReader("//DD:sysin", ZFileConstants.FLAG_DISP_SHR);
    RecordReader byDsn = RecordReader.newReader("//'HLQ.X'", ZFileConstants.FLAG_DISP_SHR);
    try {
      assertThat(byDd.getDDName()).isEqualTo("SYSIN");
      assertThat(byDd.getDsn()).isEqualTo(sysin.toString());
      assertThat(byDsn.getDDName()).isNull();
      assertThat(byDsn.getRecfm()).isEqualTo("FB");
    } finally {
      byDd.close();
      byDsn.close();
    }
  }

  @Test
  void flushedRecordsAreInTheFileBeforeCloseAndAClosedWriterCannotFlush() throws IOException {
    Path print = system.dd("SYSPRINT", "print.txt");

    RecordWriter writer = RecordWriter.newWriterForDD("SYSPRINT");
    writer.write("1PAGE 1   ".getBytes());
    writer.write(" LINE".getBytes());
    writer.flush();
    assertThat(Files.readAllLines(print)).containsExactly("1PAGE 1", " LINE");
    assertThat(writer.getDDName()).isEqualTo("SYSPRINT");
    writer.close();

    assertThatThrownBy(writer::flush).isInstanceOf(ZFileException.class);
    assertThat(Files.readAllLines(print)).containsExactly("1PAGE 1", " LINE");
  }

  @Test
  void autoFreeFreesTheDdOnClose() throws IOException {
    Files.writeString(system.datasetsDir().resolve("HLQ.X"), "X\n");
    ZFile.bpxwdyn("alloc fi(AUTO) da(HLQ.X) shr");
    system.set("bwo.dd.AUTO", System.getProperty("bwo.dd.AUTO")); // restored after the test

    RecordReader reader = RecordReader.newReaderForDD("AUTO");
    assertThat(reader.getAutoFree()).isFalse();
    assertThat(reader.getRecfmBits()).isEqualTo(ZFileConstants.RECFM_F | ZFileConstants.RECFM_B);
    reader.setAutoFree(true);
    reader.close();

    assertThat(ZFile.ddExists("AUTO")).isFalse();
  }
}
