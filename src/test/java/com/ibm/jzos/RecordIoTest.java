package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.platform.LocalSystem;
import io.bwo.platform.LocalSystemTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

  @Test
  void aDeckFromAPipeIsReadWholeThoughItsLreclIsFoundFirst() throws Exception {
    Path sysin = LocalSystem.fifo(system.dd("SYSIN", "sysin.pipe"));
    CompletableFuture<List<String>> reading = CompletableFuture.supplyAsync(() -> {
      try {
        RecordReader reader = RecordReader.newReaderForDD("SYSIN");
        byte[] record = new byte[reader.getLrecl()];
        List<String> records = new ArrayList<>();
        for (int n = reader.read(record); n >= 0; n = reader.read(record)) {
          records.add(new String(record, 0, n, StandardCharsets.ISO_8859_1).stripTrailing());
        }
        reader.close();
        records.add("LRECL " + reader.getLrecl());
        return records;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Files.write(sysin, List.of(" DUMP DATASET(INCLUDE(HLQ.**)) -", "   OUTDDNAME(TAPE)"));

    try {
      assertThat(reading.get(10, TimeUnit.SECONDS))
          .containsExactly(" DUMP DATASET(INCLUDE(HLQ.**)) -", "   OUTDDNAME(TAPE)", "LRECL 80");
    } finally {
      if (!reading.isDone()) {
        // A reader that opened the pipe a second time waits for a writer, uninterruptibly.
        Files.write(sysin, List.of());
      }
    }
  }

  @Test
  void aListingToAPipeClosesWithoutForcingIt() throws Exception {
    Path sysprint = LocalSystem.fifo(system.dd("SYSPRINT", "sysprint.pipe"));
    CompletableFuture<List<String>> read = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllLines(sysprint);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });

    RecordWriter writer = RecordWriter.newWriterForDD("SYSPRINT");
    writer.write(" ADR012I DONE".getBytes(StandardCharsets.ISO_8859_1));
    writer.flush();
    writer.close();

    assertThat(read.get(10, TimeUnit.SECONDS)).containsExactly(" ADR012I DONE");
  }
}
