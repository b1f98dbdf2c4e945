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
      assertThat(byDsn.getDsn()).isEqualTo("HLQ.X");
      assertThat(byDsn.getRecfm()).isEqualTo("FB");
    } finally {
      byDd.close();
      byDsn.close();
    }
  }

  @Test
  void aDummyDdsDataSetNameIsNullfile() throws IOException {
    // z/OS: NULLFILE "has the same effect as coding the DD DUMMY parameter"; programs test it.
    RecordReader dummy = RecordReader.newReaderForDD(ZFile.allocDummyDDName());
    try {
      assertThat(dummy.getDsn()).isEqualTo("NULLFILE");
      assertThat(dummy.read(new byte[80])).isEqualTo(-1);
    } finally {
      dummy.close();
    }
  }

  @Test
  void aDataSetWrittenInRecordsKeepsItsFormatAndIsReadBackAtItsLrecl() throws IOException {
    byte[] first = " CUSTOMER 1".getBytes(StandardCharsets.ISO_8859_1);
    // No record as long as the LRECL: read by its lines, the data set would be 80 wide.
    byte[] second = new byte[120];
    java.util.Arrays.fill(second, (byte) 'X');
    ZFile out = new ZFile("//'HLQ.FB200'", "wb,type=record,recfm=fb,lrecl=200");
    out.write(first);
    out.write(second);
    out.close();

    ZFile in = new ZFile("//'HLQ.FB200'", "rb,type=record");
    byte[] record = new byte[in.getLrecl()];
    try {
      assertThat(in.getLrecl()).isEqualTo(200);
      assertThat(in.getRecfm()).isEqualTo("FB");
      assertThat(in.read(record)).isEqualTo(200);
      assertThat(new String(record, StandardCharsets.ISO_8859_1))
          .isEqualTo(String.format("%-200s", " CUSTOMER 1"));
      assertThat(in.read(record)).isEqualTo(200);
      assertThat(new String(record, StandardCharsets.ISO_8859_1))
          .isEqualTo(String.format("%-200s", "X".repeat(120)));
      assertThat(in.read(record)).isEqualTo(-1);
    } finally {
      in.close();
    }
    assertThat(formatAndFirstRecord(
        RecordReader.newReader("//'HLQ.FB200'", ZFileConstants.FLAG_DISP_SHR)))
        .containsExactly("FB", 200, 200, 200);
  }

  @Test
  void aDataSetAllocatedLikeAnotherTakesItsFormatAndAnExistingOneKeepsItsOwn() throws IOException {
    ZFile model = new ZFile("//'HLQ.VB100'", "wb,type=record,recfm=vb,lrecl=100");
    model.write(new byte[90]);
    model.close();

    // IBM's DynallocCopyDataset: the copy is allocated like the model, then written by DD.
    ZFile.bpxwdyn("alloc fi(COPY) da('HLQ.COPY') new like('HLQ.VB100') reuse msg(2)");
    system.set("bwo.dd.COPY", System.getProperty("bwo.dd.COPY"));
    system.set("bwo.dd.COPY.recfm", System.getProperty("bwo.dd.COPY.recfm"));
    system.set("bwo.dd.COPY.lrecl", System.getProperty("bwo.dd.COPY.lrecl"));
    RecordWriter copy = RecordWriter.newWriterForDD("COPY");
    try {
      assertThat(copy.getRecfm()).isEqualTo("VB");
      copy.write(new byte[90]);
    } finally {
      copy.close();
    }
    // Written again with no attributes given (recfm=* asks for the existing ones): its own.
    ZFile again = new ZFile("//'HLQ.VB100'", "wb,type=record,recfm=*");
    assertThat(again.getRecfm()).isEqualTo("VB");
    assertThat(again.getLrecl()).isEqualTo(100);
    again.close();
  }

  @Test
  void aDataSetWrittenWithNoFormatGivenKeepsNoneAndIsReadByItsLines() throws IOException {
    ZFile out = new ZFile("//'HLQ.PLAIN'", "wb,type=record");
    out.write("HELLO".getBytes(StandardCharsets.ISO_8859_1));
    out.close();

    assertThat(formatAndFirstRecord(
        RecordReader.newReader("//'HLQ.PLAIN'", ZFileConstants.FLAG_DISP_SHR)))
        .as("not the print format it was written in").containsExactly("FB", 80, 80, 80);
  }

  @Test
  void theDdsRecfmAndLreclGiveTheRecordsOfAFileNotWrittenByTheStubs() throws IOException {
    Path data = system.dd("CUSTDATA", "cust.txt");
    Files.write(data, List.of("SHORT", "A LONGER LINE OF DATA"));
    system.set("bwo.dd.CUSTDATA.lrecl", "200");

    assertThat(formatAndFirstRecord(RecordReader.newReaderForDD("CUSTDATA")))
        .as("fixed: padded to the LRECL").containsExactly("FB", 200, 200, 200);

    system.set("bwo.dd.CUSTDATA.recfm", "VB");
    system.set("bwo.dd.CUSTDATA.lrecl", "204");
    assertThat(formatAndFirstRecord(RecordReader.newReaderForDD("CUSTDATA")))
        .as("variable: the line").containsExactly("VB", 204, 208, 5);

    System.clearProperty("bwo.dd.CUSTDATA.lrecl");
    assertThat(formatAndFirstRecord(RecordReader.newReaderForDD("CUSTDATA")))
        .as("a RECFM alone: the longest line and its descriptor word")
        .containsExactly("VB", 25, 29, 5);
  }

  /** The RECFM, LRECL and BLKSIZE {@code reader} gives, and its first record's length; closes it. */
  private static List<Object> formatAndFirstRecord(RecordReader reader) throws IOException {
    try {
      return List.of(reader.getRecfm(), reader.getLrecl(), reader.getBlksize(),
          reader.read(new byte[reader.getLrecl() + 100]));
    } finally {
      reader.close();
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
