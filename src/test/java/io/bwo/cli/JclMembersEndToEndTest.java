package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.DsnFilter;
import io.bwo.catalog.Settings;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import io.bwo.workload.Workload;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every jcl/ member, submitted locally with {@code bwo submit} as it is, against the sample world:
 * the job log, the condition codes, the listing and the dump. Each JZOS step runs bwo in a child
 * JVM, as the launcher would start one.
 */
class JclMembersEndToEndTest {
  @TempDir Path dir;
  private Path catalog;
  private final StringWriter out = new StringWriter();

  @BeforeEach
  void sampleWorld() {
    catalog = dir.resolve("catalog");
    Catalog c = Catalog.open(catalog);
    Settings.read(Path.of("testdata/world.json")).importInto(c, false);
    try (SegmentSystem s = SegmentSystems.connect(c, Clock.systemUTC())) {
      Workload.over(c, s, List.of(DsnFilter.parse("OSB.SEG0.**"), DsnFilter.parse("OSB.SEG1.**"),
          DsnFilter.parse("OSB.SEG2.**"))).init();
    }
  }

  private int submit(String member, String... more) {
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(out, true));
    String[] args = Stream.concat(Stream.of("submit", "jcl/" + member, "--catalog",
        catalog.toString(), "--output", dir.resolve("out-" + member).toString()),
        Stream.of(more)).toArray(String[]::new);
    return cl.execute(args);
  }

  private String sysout(String member, String step, String dd) throws IOException {
    return Files.readString(dir.resolve("out-" + member).resolve(step + "." + dd));
  }

  @Test
  void bwodumpDumpsTheOnlineDataSetsAndBwovrfyFindsTheDumpSound() throws IOException {
    assertThat(submit("BWODUMP")).as(out.toString()).isZero();
    assertThat(out.toString()).contains("PGM=JVMLDM17 - COND CODE 0000");
    String listing = sysout("BWODUMP", "DUMP", "SYSPRINT");
    assertThat(listing).contains("ADR101I", "ADR734I", "BWO503I", "ADR454I")
        .contains("HIGHEST RETURN CODE IS 0000");
    assertThat(listing.indexOf("BWO503I")).isGreaterThan(listing.lastIndexOf("ADR734I"));
    assertThat(catalog.resolve("datasets/BWO.DUMP.G0001V00")).exists();

    assertThat(submit("BWOVRFY")).as(out.toString()).isZero();
    assertThat(sysout("BWOVRFY", "VERIFY", "STDOUT")).contains("BWO402I", "IS SOUND");
  }

  @Test
  void bwostatJudgesTheRunAndARerunOfBwodumpDoesNoWorkTwice() throws IOException {
    assertThat(submit("BWODUMP", "--set", "RUNOPT=--run-id NIGHTLY1")).as(out.toString())
        .isZero();
    assertThat(submit("BWOSTAT", "--set", "RUNID=NIGHTLY1")).as(out.toString()).isZero();
    assertThat(sysout("BWOSTAT", "STATUS", "STDOUT")).contains("BWO610I RUN NIGHTLY1 SUCCEEDED");
    assertThat(submit("BWOSTAT", "--set", "RUNID=NEVERRAN")).isEqualTo(12);

    assertThat(submit("BWODUMP", "--set", "RUNOPT=--run-id NIGHTLY1")).isZero();
    assertThat(sysout("BWODUMP", "DUMP", "SYSPRINT")).contains("BWO604I", "RUN NIGHTLY1 ALREADY "
        + "SUCCEEDED").doesNotContain("ADR734I");
  }

  @Test
  void bworestRestoresOnlyWhileTheSegmentsAreOfflineAsAColdStart() throws IOException {
    assertThat(submit("BWODUMP")).as(out.toString()).isZero();
    byte[] dumped = Files.readAllBytes(catalog.resolve("data/OSB.SEG1.PAGE01.data"));

    assertThat(submit("BWOREST")).isEqualTo(8);
    assertThat(sysout("BWOREST", "REST", "SYSPRINT")).contains("BWO812E");

    for (String seg : List.of("SEG0", "SEG1", "SEG2")) {
      Files.writeString(catalog.resolve("segments/" + seg + ".json"),
          "{\"name\":\"" + seg + "\",\"status\":\"OFFLINE\"}");
    }
    Files.write(catalog.resolve("data/OSB.SEG1.PAGE01.data"), new byte[dumped.length]);
    assertThat(submit("BWOREST")).as(out.toString()).isZero();
    String listing = sysout("BWOREST", "REST", "SYSPRINT");
    assertThat(listing).contains("ADR454I", "OSB.SEG1.PAGE01", "HIGHEST RETURN CODE IS 0000");
    assertThat(catalog.resolve("data/OSB.SEG1.PAGE01.data")).hasBinaryContent(dumped);
  }

  @Test
  void bwosetxExportsTheSettingsToANewGeneration() throws IOException {
    assertThat(submit("BWOSETX")).as(out.toString()).isZero();
    Path settings = catalog.resolve("datasets/BWO.SETTINGS.G0001V00");
    assertThat(Settings.read(settings).clusters()).extracting(e -> e.dsn().name())
        .contains("OSB.SEG1.PAGE01", "OSB.SEG9.PAGE02").hasSizeGreaterThanOrEqualTo(15);
  }

  @Test
  void aDumpOfAnOfflineSegmentEndsWithConditionCode8() throws IOException {
    Files.writeString(catalog.resolve("segments/SEG1.json"),
        "{\"name\":\"SEG1\",\"status\":\"OFFLINE\"}");
    assertThat(submit("BWODUMP")).isEqualTo(8);
    assertThat(out.toString()).contains("COND CODE 0008");
    assertThat(sysout("BWODUMP", "DUMP", "SYSPRINT")).contains("BWO501E");
    // As on z/OS, DISP=(NEW,CATLG,DELETE) catalogs the new data set when the step ends without an
    // abend; bwo wrote nothing into it, so it holds no dump that could pass for a good one.
    assertThat(catalog.resolve("datasets/BWO.DUMP.G0001V00")).isEmptyFile();
  }
}
