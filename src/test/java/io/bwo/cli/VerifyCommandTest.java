package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.dump.Compression;
import io.bwo.dump.DataSetSink;
import io.bwo.dump.DumpHeader;
import io.bwo.dump.DumpWriter;
import io.bwo.platform.Platform;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyCommandTest {
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void aSoundDumpListsItsDataSetsAndExitsZero() throws IOException {
    Path dump = writeDump(true);
    int rc = run("verify", dump.toString());
    assertThat(rc).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "BWO400I DUMP " + dump + ": FORMAT 1, CREATED 2026-11-23T09:00:00Z, RUN J0000042, SYSTEM"
            + " BWOSYS, COMPRESSION LZ4",
        "BWO401I DATA SET OSB.PAGE.SEG1: 8 CIS, 32768 BYTES",
        "BWO401I DATA SET OSB.PAGE.SEG2: 3 CIS, 12288 BYTES",
        "BWO402I DUMP " + dump + " IS SOUND: 2 DATA SETS, 11 CIS, 45056 BYTES OF DATA IN "
            + Files.size(dump) + " BYTES");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aDamagedDumpNamesTheDataSetAndByteRangeAndExitsEight() throws IOException {
    Path dump = writeDump(false);
    byte[] bytes = Files.readAllBytes(dump);
    bytes[bytes.length - 2000] ^= 1; // inside the last chunk of OSB.PAGE.SEG1
    Files.write(dump, bytes);

    int rc = run("verify", dump.toString());

    assertThat(rc).isEqualTo(8);
    String last = out.toString().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).matches("BWO403E DUMP FAULT IN DATA SET OSB.PAGE.SEG1 AT DUMP BYTES \\d+ TO"
        + " \\d+: THE CRC32C OF THE CHUNK AT CI 4 DOES NOT MATCH");
  }

  @Test
  void aTruncatedDumpIsNotSound() throws IOException {
    Path dump = writeDump(false);
    byte[] bytes = Files.readAllBytes(dump);
    Files.write(dump, java.util.Arrays.copyOf(bytes, bytes.length - 1));
    assertThat(run("verify", dump.toString())).isEqualTo(8);
    assertThat(out.toString()).contains("BWO404E DUMP FAULT AT DUMP BYTES ");
  }

  @Test
  void aDumpOnADdIsVerifiedLikeAFile() throws IOException {
    Path dump = writeDump(false);
    Platform.defineDd("VFYDUMP", dump.toString());
    assertThat(run("verify", "--indd", "vfydump")).isZero();
    assertThat(out.toString()).contains("BWO402I DUMP DD VFYDUMP IS SOUND: 2 DATA SETS");
  }

  @Test
  void aDdThatIsNotAllocatedIsBwo011e() {
    assertThat(run("verify", "--indd", "NODD")).isEqualTo(8);
    assertThat(err.toString().trim()).isEqualTo("BWO011E DD NODD IS NOT ALLOCATED");
  }

  @Test
  void aFileAndADdTogetherAreRefused() {
    assertThat(run("verify", "x.dump", "--indd", "TAPE")).isEqualTo(2);
    assertThat(err.toString()).contains("mutually exclusive");
  }

  @Test
  void aMissingFileIsBwo407e() {
    Path missing = dir.resolve("nothing.dump");
    assertThat(run("verify", missing.toString())).isEqualTo(8);
    assertThat(err.toString().trim())
        .isEqualTo("BWO407E DUMP " + missing + " CANNOT BE READ: NO SUCH FILE");
  }

  private int run(String... args) {
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  /** Two data sets; SEG1's CIs 4 to 7 are its last chunk, at the end of the dump. */
  private Path writeDump(boolean compress) throws IOException {
    Path file = dir.resolve("x.dump");
    CatalogEntry seg1 = entry("OSB.PAGE.SEG1", 8);
    CatalogEntry seg2 = entry("OSB.PAGE.SEG2", 3);
    DumpHeader h = new DumpHeader(T0, "J0000042", "BWOSYS",
        compress ? Compression.LZ4 : Compression.NONE, 16384);
    byte[] data = new byte[8 * 4096];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i / 4096 + i % 7);
    }
    try (OutputStream os = Files.newOutputStream(file); DumpWriter w = DumpWriter.start(os, h)) {
      DataSetSink s1 = w.begin(seg1);
      DataSetSink s2 = w.begin(seg2);
      s1.writeCis(0, data, 0, 4 * 4096);
      s2.writeCis(0, data, 0, 3 * 4096);
      s2.end();
      s1.writeCis(4, data, 4 * 4096, 4 * 4096);
      s1.end();
      w.finish();
    }
    return file;
  }

  private static CatalogEntry entry(String dsn, long cis) {
    return CatalogEntry.linear(Dsn.parse(dsn), SegmentName.parse("SEG1"), 4096, cis, true, T0);
  }
}
