package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code DATASET(FILTERDD(ddn))}: the task selects by the INCLUDE, EXCLUDE and BY its DD codes, as
 * if the command coded them; criteria in error, or none, end the task before it freezes (RC 8),
 * naming the DD; and the criteria are part of the run's identity.
 */
class FilterDdStepTest {
  private static final String[] WORLD = {"SEGA:OSB.SEGA.PAGE01", "SEGA:OSB.SEGA.PAGE02",
      "SEGB:OSB.SEGB.PAGE01", "SEGC:OSB.SEGC.PAGE01"};

  @TempDir Path dir;

  @Test
  void aDumpSelectsByTheCriteriaItsFilterddHolds() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(1);
      world.platform.recordsDd("FILT",
          " /* SEGMENTS A AND B, BUT NOT PAGE02 */",
          " INCLUDE(OSB.SEGA.**, -",
          "         OSB.SEGB.**) -",
          " EXCLUDE(OSB.SEGA.PAGE02)");

      int rc = world.dss(" DUMP DATASET(FILTERDD(FILT)) OUTDDNAME(TAPE) CONCURRENT");

      assertThat(rc).as(String.join("\n", world.listing())).isZero();
      assertThat(world.messages("BWO536I")).singleElement().asString()
          .contains("FILTERDD FILT: 4 RECORDS READ: 2 INCLUDE, 1 EXCLUDE AND 0 BY CRITERIA");
      assertThat(DumpWorld.read(world.dumpFile).keySet()).containsExactlyInAnyOrder(
          Dsn.parse("OSB.SEGA.PAGE01"), Dsn.parse("OSB.SEGB.PAGE01"));
    }
  }

  @Test
  void criteriaInErrorEndTheTaskBeforeItFreezesAndNameTheDd() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(2);
      world.platform.recordsDd("FILT", " INCLUDE(OSB.**)", "   OUTDDNAME(X)");

      int rc = world.dss(" DUMP DATASET(FDD(FILT)) OUTDDNAME(TAPE) CONCURRENT",
          " DUMP DATASET(INCLUDE(OSB.SEGC.**)) OUTDDNAME(TAPE) CONCURRENT");

      assertThat(rc).isEqualTo(8);
      assertThat(world.messages("BWO535E")).singleElement().asString()
          .contains("FILTERDD FILT: ITS FILTERING CRITERIA ARE IN ERROR");
      assertThat(world.messages("ADR102E")).singleElement().asString()
          .contains("'OUTDDNAME' AT RECORD 2 COLUMN 4 FOR FILTERDD");
      assertThat(world.system().freezes()).as("only the second task froze").isEqualTo(1);
      assertThat(DumpWorld.read(world.dumpFile).keySet())
          .containsExactly(Dsn.parse("OSB.SEGC.PAGE01"));
    }
  }

  @Test
  void aFilterddThatCodesNothingOrIsNotAllocatedEndsTheTask() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(3);
      world.platform.recordsDd("EMPTY", " /* TO BE FILLED IN */");

      int rc = world.dss(" DUMP DATASET(FILTERDD(EMPTY)) OUTDDNAME(TAPE) CC",
          " DUMP DATASET(FILTERDD(NOSUCHDD)) OUTDDNAME(TAPE) CC");

      assertThat(rc).isEqualTo(8);
      assertThat(world.messages("BWO535E")).singleElement().asString()
          .contains("FILTERDD EMPTY: NO INCLUDE, EXCLUDE OR BY IS CODED IN COLUMNS 2 TO 72");
      assertThat(world.messages("BWO011E")).singleElement().asString()
          .contains("DD NOSUCHDD IS NOT ALLOCATED");
      assertThat(world.system().freezes()).isZero();
      assertThat(world.dumpFile).doesNotExist();
    }
  }

  @Test
  void theCriteriaArePartOfTheRunsIdentity() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(4);
      String deck = " DUMP DATASET(FILTERDD(FILT)) OUTDDNAME(TAPE) CC";
      world.platform.recordsDd("FILT", " INCLUDE(OSB.SEGA.**)");
      world.dss(deck);
      String first = runId(world);
      world.dss(deck);
      String again = runId(world);
      world.platform.recordsDd("FILT", " INCLUDE(OSB.SEGB.**)");
      world.dss(deck);
      String changed = runId(world);
      world.dss(" DUMP DATASET(INCLUDE(OSB.SEGA.**)) OUTDDNAME(TAPE) CC");
      String coded = runId(world);

      assertThat(again).isEqualTo(first);
      assertThat(changed).isNotEqualTo(first);
      assertThat(coded).isNotEqualTo(first);
    }
  }

  @Test
  void aRestoreSelectsByItsFilterddToo(@TempDir Path shared) {
    RestoreWorld source = new RestoreWorld(shared);
    source.dumpedSource();
    RestoreWorld w = new RestoreWorld(dir);
    w.platform.dumpDd("TAPE", source.dump);
    Catalog dst = w.catalog("dst", SegmentStatus.OFFLINE, 0, 0);
    w.platform.recordsDd("FILT", " INCLUDE(OSB.SEG1.**) EXCLUDE(OSB.SEG1.PAGE02)");
    w.platform.recordsDd("BYFILT", " INCLUDE(OSB.**) BY(DSCHA,EQ,YES)");

    int rc = w.dss(dst, " RESTORE DATASET(FILTERDD(FILT)) INDDNAME(TAPE)");
    int withBy = w.dss(dst, " RESTORE DATASET(FILTERDD(BYFILT)) INDDNAME(TAPE)");

    assertThat(rc).isZero();
    assertThat(dst.list()).extracting(e -> e.dsn().toString())
        .containsExactly(RestoreWorld.PAGE1.toString());
    assertThat(withBy).as("bwo restores by INCLUDE and EXCLUDE only").isEqualTo(8);
    assertThat(w.ids()).contains("BWO515E").doesNotContain("ADR102E");
    assertThat(String.join(" ", w.platform.sysprint()).replaceAll("\\s+", " "))
        .contains("BY((DSCHA,EQ,(YES))) IN FILTERDD BYFILT IS NOT SUPPORTED BY BWO: BWO SELECTS"
            + " WHAT TO RESTORE BY INCLUDE AND EXCLUDE ONLY");
    assertThat(dst.list()).hasSize(1);
  }

  private static String runId(DumpWorld world) {
    List<String> said = world.messages("BWO602I");
    assertThat(said).hasSize(1);
    Matcher m = Pattern.compile("RUN ID (\\S+)").matcher(said.get(0));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
