package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.platform.LocalSystemTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * The ZFile members beyond reading and writing (attributes, streams, close, allocation), on real
 * files, as docs/jzos-stubs.md describes them.
 */
class ZFileMembersTest extends LocalSystemTest {

  @Test
  void streamModeReportsTheRecordFormatOfRecordMode() throws IOException {
    Path input = system.dd("INPUT", "in.txt");
    Files.write(input, List.of("A", "B"));

    try (ZFile record = new ZFile("//DD:INPUT", "rb,type=record,noseek");
        ZFile stream = new ZFile("//DD:INPUT", "rb,noseek")) {
      assertThat(stream.getRecfm()).isEqualTo(record.getRecfm()).isEqualTo("FB");
      assertThat(stream.getLrecl()).isEqualTo(record.getLrecl()).isEqualTo(80);
      assertThat(stream.getRecfmBits()).isEqualTo(ZFile.RECFM_F | ZFile.RECFM_B);
      // IBM's idiom: a buffer of getLrecl() bytes, read until -1, ends in stream mode too.
      byte[] buf = new byte[stream.getLrecl()];
      int reads = 0;
      while (stream.read(buf) >= 0) {
        reads++;
      }
      assertThat(reads).isEqualTo(1);
      assertThat(stream.getByteCount()).isEqualTo(4);
    }
  }

  @Test
  void attributesDescribeTheOpen() throws IOException {
    Path input = system.dd("INPUT", "in.txt");
    Files.write(input, List.of("ONE", "TWO"));
    Files.writeString(system.datasetsDir().resolve("HLQ.X"), "X\n");

    try (ZFile zf = new ZFile("//DD:INPUT", "rb,type=record,noseek")) {
      byte[] rec = new byte[zf.getLrecl()];
      while (zf.read(rec) >= 0) {
        assertThat(zf.getRecordCount()).isPositive();
      }
      assertThat(zf.getRecordCount()).isEqualTo(2);
      assertThat(zf.getByteCount()).isEqualTo(160);
      assertThat(zf.getBlksize()).isEqualTo(80);
      assertThat(zf.getDsorg()).isEqualTo(ZFile.DSORG_PS);
      assertThat(zf.getDevice()).isEqualTo(ZFile.DEVICE_DISK);
      assertThat(zf.getOpenMode()).isEqualTo(ZFile.OPEN_MODE_RECORD);
      assertThat(zf.getModeFlags()).isEqualTo(ZFile.MODE_FLAG_READ);
      assertThat(zf.getFilename()).isEqualTo("//DD:INPUT");
      assertThat(zf.getOptions()).isEqualTo("rb,type=record,noseek");
      assertThat(zf.getVsamType()).isEqualTo(ZFile.VSAM_TYPE_NOTVSAM);
      assertThat(zf.getVsamKeyLength()).isZero();
    }
    try (ZFile zf = new ZFile("//'HLQ.X'", "ab")) {
      assertThat(zf.getOpenMode()).isEqualTo(ZFile.OPEN_MODE_BINARY);
      assertThat(zf.getModeFlags()).isEqualTo(ZFile.MODE_FLAG_APPEND);
    }
    try (ZFile zf = new ZFile(dir.resolve("path.txt").toString(), "w")) {
      assertThat(zf.getOpenMode()).isEqualTo(ZFile.OPEN_MODE_TEXT);
      assertThat(zf.getDsorg()).isEqualTo(ZFile.DSORG_HFS);
      assertThat(zf.getDevice()).isEqualTo(ZFile.DEVICE_HFS);
    }
  }

  @Test
  void outputFormatComesFromTheOptionsThenTheDdThenTheFileThenIsAPrintFile() throws IOException {
    Path out = system.dd("OUT", "out.txt");
    system.dd("FRESH", "fresh.txt");
    system.set("bwo.dd.REPORT.recfm", "vb").set("bwo.dd.REPORT.lrecl", "255");
    system.dd("REPORT", "report.txt");

    try (ZFile zf = new ZFile("//DD:OUT", "wb,type=record,recfm=fb,lrecl=200")) {
      assertThat(zf.getRecfm()).isEqualTo("FB");
      assertThat(zf.getLrecl()).isEqualTo(200);
      zf.write(new byte[200]);
      assertThatThrownBy(() -> zf.write(new byte[201])).isInstanceOf(ZFileException.class);
    }
    // Written again with none given: the attributes it has, as an existing data set's label.
    try (ZFile zf = new ZFile("//DD:OUT", "wb,type=record")) {
      assertThat(zf.getRecfm()).isEqualTo("FB");
      assertThat(zf.getLrecl()).isEqualTo(200);
    }
    try (ZFile zf = new ZFile("//DD:FRESH", "wb,type=record")) {
      assertThat(zf.getRecfm()).isEqualTo("FBA");
      assertThat(zf.getLrecl()).isEqualTo(133);
    }
    // recfm=* and recfm=+ keep the existing attributes (IBM's own code opens so): the DD's here.
    for (String keep : List.of("wt,recfm=*", "at,recfm=*", "wb,type=record,recfm=+")) {
      try (ZFile zf = new ZFile("//DD:REPORT", keep)) {
        assertThat(zf.getRecfm()).as(keep).isEqualTo("VB");
        assertThat(zf.getLrecl()).as(keep).isEqualTo(255);
      }
    }
    try (ZFile zf = new ZFile("//DD:OUT", "wt,recfm=*")) {
      assertThat(zf.getRecfm()).as("its own").isEqualTo("FB");
    }
    try (ZFile zf = new ZFile("//DD:FRESH", "wt,recfm=*")) {
      assertThat(zf.getRecfm()).as("none yet: a print file's").isEqualTo("FBA");
    }
    RecordWriter report = RecordWriter.newWriterForDD("REPORT");
    assertThat(report.getRecfm()).isEqualTo("VB");
    assertThat(report.getLrecl()).isEqualTo(255);
    assertThat(report.getRecfmBits()).isEqualTo(ZFile.RECFM_V | ZFile.RECFM_B);
    report.write(new byte[251]);
    assertThatThrownBy(() -> report.write(new byte[252])).isInstanceOf(ZFileException.class);
    report.close();
    assertThat(Files.readAllLines(out)).isEmpty();
  }

  @Test
  void aFixedRecordWithALineEndMakesTheFileRecordsBackToBackNotSplit() throws IOException {
    Path out = system.dd("OUT", "out.txt");

    try (ZFile zf = new ZFile("//DD:OUT", "wb,type=record,recfm=fb,lrecl=4")) {
      zf.write("AB".getBytes(StandardCharsets.US_ASCII));
      zf.write("C\nD\r".getBytes(StandardCharsets.US_ASCII));
      zf.write("EF".getBytes(StandardCharsets.US_ASCII));
    }
    // As a z/OS data set holds them: no separators, the lines before made records too.
    assertThat(Files.readString(out, StandardCharsets.US_ASCII)).isEqualTo("AB  C\nD\rEF  ");
    try (ZFile in = new ZFile("//DD:OUT", "rb,type=record")) {
      byte[] record = new byte[in.getLrecl()];
      List<String> records = new ArrayList<>();
      while (in.read(record) >= 0) {
        records.add(new String(record, StandardCharsets.US_ASCII));
      }
      assertThat(records).containsExactly("AB  ", "C\nD\r", "EF  ");
      assertThat(in.getRecordCount()).isEqualTo(3);
    }
    // Extended (DISP=MOD), it goes on as records.
    try (ZFile more = new ZFile("//DD:OUT", "ab,type=record")) {
      more.write("GH".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(Files.readString(out, StandardCharsets.US_ASCII)).endsWith("EF  GH  ");
  }

  @Test
  void aVariableRecordWithALineEndIsRefusedNotSplit() throws IOException {
    Path out = system.dd("OUT", "out.txt");

    try (ZFile zf = new ZFile("//DD:OUT", "wb,type=record,recfm=vb,lrecl=100")) {
      assertThatThrownBy(() -> zf.write("A\nB".getBytes(StandardCharsets.US_ASCII)))
          .isInstanceOfSatisfying(
              ZFileException.class,
              e -> {
                assertThat(e.getErrno()).isEqualTo(ZFileConstants.ERRNO_EINVAL);
                assertThat(e.getErrnoMsg()).isEqualTo("EDC5121I Invalid argument.");
              })
          .hasMessageContaining("line end byte at offset 1");
      zf.write("OK".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(Files.readAllLines(out)).containsExactly("OK");
  }

  @Test
  void closeTwiceIsHarmlessAndAClosedFileFailsWithEbadf() throws IOException {
    system.dd("OUT", "out.txt");
    ZFile zf = new ZFile("//DD:OUT", "wb");
    zf.close();
    zf.close();

    assertThatThrownBy(() -> zf.write(new byte[1]))
        .isInstanceOfSatisfying(
            ZFileException.class,
            e -> {
              assertThat(e.getErrno()).isEqualTo(ZFileException.EBADF);
              assertThat(e.getErrnoMsg()).isEqualTo("EDC5113I Bad file descriptor.");
            });
    assertThatThrownBy(() -> zf.read(new byte[1])).isInstanceOf(ZFileException.class);
  }

  @Test
  void everyRefusalCarriesTheTextZosGivesForItsErrno() throws IOException {
    system.dd("OUT", "out.txt");

    assertThatThrownBy(() -> new ZFile("//DD:OUT", "x"))
        .isInstanceOfSatisfying(
            ZFileException.class,
            e -> assertThat(e.getErrnoMsg()).isEqualTo("EDC5121I Invalid argument."))
        .hasMessageEndingWith("(EDC5121I Invalid argument.)");
    assertThatThrownBy(() -> ZFile.rename("//DD:OUT", "//DD:NEW"))
        .isInstanceOfSatisfying(
            ZFileException.class,
            e -> assertThat(e.getErrnoMsg()).isEqualTo("EDC5121I Invalid argument."));
    try (ZFile zf = new ZFile("//DD:OUT", "wb")) {
      assertThatThrownBy(() -> zf.read(new byte[1]))
          .isInstanceOfSatisfying(
              ZFileException.class,
              e -> {
                assertThat(e.getErrno()).isEqualTo(ZFileConstants.ERRNO_EINVAL);
                assertThat(e.getErrnoMsg()).isEqualTo("EDC5121I Invalid argument.");
              });
    }
  }

  @Test
  void streamsReadAndWriteTheFileAndCloseIt() throws IOException {
    Path input = system.dd("INPUT", "in.txt");
    Path output = system.dd("SYSOUT", "out.txt");
    Files.write(input, List.of("FIRST", "SECOND"));

    ZFile in = new ZFile("//DD:INPUT", "r");
    ZFile out = new ZFile("//DD:SYSOUT", "w");
    try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(in.getInputStream(), StandardCharsets.UTF_8));
        OutputStream os = out.getOutputStream()) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        os.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    assertThat(Files.readAllLines(output)).containsExactly("FIRST", "SECOND");
    assertThatThrownBy(() -> out.write(new byte[1])).isInstanceOf(ZFileException.class);
    in.close();
  }

  @Test
  void aDdAllocatedDispModIsWrittenOnAtItsEndByEveryOpenForOutput() throws IOException {
    // //SYSPRINT DD DSN=LOG,DISP=MOD: bwo submit sets DD_SYSPRINT_DISP=MOD for the step.
    Path out = system.dd("SYSPRINT", "log.txt");
    Files.writeString(out, "JOB1\n");
    system.set("bwo.dd.SYSPRINT.disp", "MOD");

    RecordWriter writer = RecordWriter.newWriterForDD("SYSPRINT");
    writer.write("JOB2".getBytes(StandardCharsets.US_ASCII));
    writer.close();
    try (ZFile zf = new ZFile("//DD:SYSPRINT", "w")) {
      zf.write("JOB3\n".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(Files.readAllLines(out)).containsExactly("JOB1", "JOB2", "JOB3");

    system.set("bwo.dd.SYSPRINT.disp", "OLD");
    try (ZFile zf = new ZFile("//DD:SYSPRINT", "w")) {
      zf.write("JOB4\n".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(Files.readAllLines(out)).containsExactly("JOB4");
  }

  @Test
  void constructorWithDispModAppends() throws IOException {
    Path out = system.dd("OUT", "out.txt");
    Files.writeString(out, "OLD\n");

    try (ZFile zf = new ZFile("//DD:OUT", "w", ZFileConstants.FLAG_DISP_MOD)) {
      zf.write("NEW\n".getBytes(StandardCharsets.US_ASCII));
    }
    try (ZFile zf = new ZFile("//DD:OUT", "wb,type=record", ZFileConstants.FLAG_DISP_SHR)) {
      zf.write("ONLY".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(Files.readAllLines(out)).containsExactly("ONLY");
  }

  @Test
  void dummyDdReadsNothingAndCanBeReallocated() throws IOException {
    String dd = ZFile.allocDummyDDName();
    system.set("bwo.dd." + dd, System.getProperty("bwo.dd." + dd)); // restored after the test

    assertThat(dd).matches("SYS\\d{5}");
    assertThat(ZFile.ddExists(dd)).isTrue();
    try (ZFile zf = new ZFile("//DD:" + dd, "rb")) {
      assertThat(zf.getDevice()).isEqualTo(ZFile.DEVICE_DUMMY);
      assertThat(zf.read(new byte[10])).isEqualTo(-1);
    }
    try (ZFile zf = new ZFile("//DD:" + dd, "wb")) {
      zf.write(new byte[10]);
    }
    assertThat(ZFile.allocDummyDDName()).isNotEqualTo(dd);
    Files.writeString(system.datasetsDir().resolve("HLQ.X"), "X\n");
    ZFile.bpxwdyn("alloc fi(" + dd + ") da(HLQ.X) shr reuse");
    assertThat(ZFile.exists("//DD:" + dd)).isTrue();
  }

  @Test
  void keyedAccessFailsClearlyOffZos() throws IOException {
    Path input = system.dd("INPUT", "in.txt");
    Files.write(input, List.of("A"));

    try (ZFile zf = new ZFile("//DD:INPUT", "rb,type=record")) {
      assertThatThrownBy(() -> zf.locate(new byte[] {1}, ZFile.LOCATE_KEY_EQ))
          .isInstanceOf(ZFileException.class)
          .hasMessageContaining("needs a VSAM data set");
      assertThatThrownBy(() -> zf.locate(0L, ZFile.LOCATE_RBA_EQ))
          .isInstanceOf(ZFileException.class);
      assertThatThrownBy(zf::delrec).isInstanceOf(ZFileException.class);
      assertThatThrownBy(() -> zf.update(new byte[1]))
          .isInstanceOf(ZFileException.class)
          .hasMessageContaining("update modes are not supported");
    }
  }

  @Test
  void exceptionDetailsOfZosServicesAreEmptyOffZos() {
    ZFileException e = new ZFileException("X", "failed", ZFileException.EIO);

    assertThat(e.getSynadMsg()).isNull();
    assertThat(e.getAmrcBytes()).isEmpty();
    assertThat(e.getErrorCode()).isZero();
    assertThat(e.getFeedbackRc() + e.getFeedbackFtncd() + e.getFeedbackFdbk()).isZero();
    assertThat(e.getAllocSvc99Error() + e.getAllocSvc99Info()).isZero();
    assertThat(new RcException("BPXWDYN failed", 8)).hasMessage("BPXWDYN failed");
    assertThat(new RcException("BPXWDYN failed", 8).getRc()).isEqualTo(8);
  }

  @Test
  void streamsSeekInBytesAndRecordsInRecords() throws IOException {
    Files.writeString(system.datasetsDir().resolve("HLQ.X"), "AAA\nBBB\nCCC\n");

    try (ZFile z = new ZFile("//'HLQ.X'", "rb")) {
      z.seek(0, ZFile.SEEK_END);
      assertThat(z.tell()).isEqualTo(12);
      z.seek(-4, ZFile.SEEK_CUR);
      byte[] three = new byte[3];
      assertThat(z.read(three)).isEqualTo(3);
      assertThat(new String(three, StandardCharsets.US_ASCII)).isEqualTo("CCC");
      z.rewind();
      assertThat(z.tell()).isZero();
    }
    try (ZFile z = new ZFile("//'HLQ.X'", "rb,type=record")) {
      byte[] rec = new byte[z.getLrecl()];
      z.seek(-1, ZFile.SEEK_END);
      z.read(rec);
      assertThat(new String(rec, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("CCC");
      z.seek(1, ZFile.SEEK_SET);
      assertThat(z.tell()).isEqualTo(1);
      z.read(rec);
      assertThat(new String(rec, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("BBB");
    }
    try (ZFile z = new ZFile("//'HLQ.X'", "rb,noseek")) {
      assertThatThrownBy(z::tell).isInstanceOf(ZFileException.class).hasMessageContaining("noseek");
    }
  }

  @Test
  void getPosGivesATokenThatSetPosReturnsTo() throws IOException {
    Files.writeString(system.datasetsDir().resolve("HLQ.X"), "AAA\nBBB\nCCC\n");

    try (ZFile z = new ZFile("//'HLQ.X'", "rb,type=record")) {
      byte[] rec = new byte[z.getLrecl()];
      z.read(rec);
      byte[] second = z.getPos();
      z.read(rec);
      z.read(rec);
      z.setPos(second);
      z.read(rec);
      assertThat(new String(rec, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("BBB");
      assertThatThrownBy(() -> z.setPos(new byte[3]))
          .isInstanceOf(ZFileException.class)
          .extracting(e -> ((ZFileException) e).getErrno())
          .isEqualTo(ZFileException.EINVAL);
    }
    try (ZFile z = new ZFile("//'HLQ.X'", "rb")) {
      z.seek(4, ZFile.SEEK_SET);
      byte[] token = z.getPos();
      z.rewind();
      z.setPos(token);
      assertThat(z.tell()).isEqualTo(4);
    }
    try (ZFile z = new ZFile("//'HLQ.X'", "rb,noseek")) {
      assertThatThrownBy(z::getPos).isInstanceOf(ZFileException.class).hasMessageContaining("noseek");
    }
  }

  @Test
  void flushForcesWhatWasWrittenAndAClosedFileCannotFlush() throws IOException {
    Path out = system.dd("OUT", "out.txt");
    ZFile zf = new ZFile("//DD:OUT", "wb,type=record");
    zf.write("ONE".getBytes(StandardCharsets.US_ASCII));
    zf.flush();
    assertThat(Files.readAllLines(out)).containsExactly("ONE");
    assertThatThrownBy(() -> zf.seek(0, ZFile.SEEK_SET)).isInstanceOf(ZFileException.class);
    zf.close();
    assertThatThrownBy(zf::flush).isInstanceOf(ZFileException.class);
  }
}
