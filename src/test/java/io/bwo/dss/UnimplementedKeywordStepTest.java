package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deck that codes DFSMSdss keywords bwo does not implement: those with nothing to act on are
 * listed and the task runs; one that asks what bwo does not do ends the task before any work.
 */
class UnimplementedKeywordStepTest {
  private static final String[] WORLD = {"SEGA:OSB.SEGA.PAGE01", "SEGB:OSB.SEGB.PAGE01"};

  @TempDir Path dir;

  @Test
  void keywordsWithNothingToActOnAreListedAndTheDumpRuns() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(1);

      int rc = world.dss(
          " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CONCURRENT -",
          "      ALLDATA(*) ALLEXCP VALIDATE");

      assertThat(rc).as(String.join("\n", world.listing())).isZero();
      assertThat(world.messages("BWO531I")).hasSize(3).first().asString()
          .contains("ALLDATA(*): NO EFFECT IN BWO: IT APPLIES TO SEQUENTIAL AND PARTITIONED");
      assertThat(world.messages("ADR734I")).hasSize(2);
      assertThat(DumpWorld.read(world.dumpFile)).hasSize(2);
    }
  }

  @Test
  void aRelativeGenerationIsListedAndSelectsNoneOfBwosDataSets() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(5);

      int rc = world.dss(
          " DUMP DATASET(INCLUDE(OSB.SEGA.**,PROD.POSTED.DAILY(0)) -",
          "      EXCLUDE(OSB.SEGA.PAGE01(-1))) OUTDDNAME(TAPE) CONCURRENT",
          " DUMP DATASET(INCLUDE(OSB.SEGB.PAGE01(0))) OUTDDNAME(TAPE) CONCURRENT");

      assertThat(rc).as(String.join("\n", world.listing())).isEqualTo(4);
      assertThat(String.join(" ", world.messages("BWO531I")).replaceAll("\\s+", " "))
          .contains("INCLUDE(PROD.POSTED.DAILY(0)): NO EFFECT IN BWO: IT NAMES A GENERATION OF A"
              + " GENERATION DATA GROUP, AND BWO'S CLUSTERS ARE NEVER GENERATIONS")
          .contains("EXCLUDE(OSB.SEGA.PAGE01(-1)): NO EFFECT IN BWO")
          .contains("INCLUDE(OSB.SEGB.PAGE01(0)): NO EFFECT IN BWO");
      assertThat(world.messages("ADR734I")).as("the first task").hasSize(1);
      // The second task's INCLUDE names a generation only: nothing, not everything.
      assertThat(world.messages("ADR415W")).hasSize(1);
      assertThat(world.system().freezes()).isEqualTo(1);
    }
  }

  @Test
  void aKeywordAskingWhatBwoDoesNotDoEndsTheTaskBeforeItFreezes() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(2);

      int rc = world.dss(
          " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CONCURRENT -",
          "      LOGINDYNAM((VOL001)) ALLEXCP",
          " RESTORE DATASET(INCLUDE(OSB.**)) INDDNAME(TAPE) STORCLAS(FAST)");

      assertThat(rc).isEqualTo(8);
      assertThat(world.messages("BWO515E")).hasSize(2);
      assertThat(String.join(" ", world.messages("BWO515E")).replaceAll("\\s+", " "))
          .contains("LOGINDYNAM((VOL001)) IS NOT SUPPORTED BY BWO: BWO SELECTS FROM THE CATALOG")
          .contains("STORCLAS(FAST) IS NOT SUPPORTED BY BWO: BWO HAS NO SMS CLASSES");
      assertThat(world.system().freezes()).isZero();
      assertThat(world.dumpFile).doesNotExist();
    }
  }

  @Test
  void aPhysicalDumpEndsItsTaskBeforeItFreezesAndTheNextRuns() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(6);

      int rc = world.dss(
          " DUMP FULL INDDNAME(DASD1) OUTDDNAME(TAPE) ALLEXCP",
          " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CONCURRENT");

      assertThat(rc).isEqualTo(8);
      assertThat(String.join(" ", world.messages("BWO515E")).replaceAll("\\s+", " "))
          .contains("FULL IS NOT SUPPORTED BY BWO: A PHYSICAL DUMP IS OF VOLUMES AND TRACKS; BWO"
              + " DUMPS AND RESTORES DATA SETS LOGICALLY, BY ITS CATALOG")
          .contains("INDDNAME(DASD1) IS NOT SUPPORTED BY BWO");
      assertThat(world.messages("ADR734I")).as("the second task").hasSize(2);
      assertThat(world.system().freezes()).isEqualTo(1);
    }
  }

  @Test
  void aByCriterionBwoCannotSelectByEndsItsTaskAndTheNextRuns() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(3);

      int rc = world.dss(
          " DUMP DATASET(INCLUDE(OSB.**) BY(EXPDT,LT,*)) OUTDDNAME(TAPE) CC",
          " DUMP DATASET(INCLUDE(OSB.**) BY((DSORG EQ VSAM) (CATLG EQ YES))) -",
          "      OUTDDNAME(TAPE) CC");

      assertThat(rc).isEqualTo(8);
      assertThat(String.join(" ", world.messages("BWO515E")).replaceAll("\\s+", " "))
          .contains("BY(EXPDT,LT,*) IS NOT SUPPORTED BY BWO: BWO SELECTS BY DSCHA, DSORG,");
      assertThat(world.messages("ADR734I")).as("the second task").hasSize(2);
      assertThat(DumpWorld.read(world.dumpFile)).hasSize(2);
    }
  }

  @Test
  void theListingNeverShowsAPassword() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(4);

      int rc = world.dss(" DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CC -",
          "      PASSWORD((OSB.SEGA.PAGE01/PW1))");

      assertThat(rc).isZero();
      assertThat(world.listing()).noneMatch(l -> l.contains("PW1"))
          .anyMatch(l -> l.contains("PASSWORD((OSB.SEGA.PAGE01/***))"));
      assertThat(world.messages("BWO531I")).singleElement().asString()
          .contains("PASSWORD(...): NO EFFECT IN BWO");
    }
  }

  @Test
  void aKeyPasswordIsNeverListedInAnAcceptedDeck() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(5);

      int rc = world.dss(" DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CC -",
          "      KEYPASSWORD(TOPSECRET1) /* KEY */",
          " RESTORE DATASET(INCLUDE(OSB.**)) INDDNAME(TAPE) KEYPASSWORD( -",
          "      'MY SECRET2')");

      assertThat(rc).as("KEYPASSWORD is BWO515E on both").isEqualTo(8);
      assertThat(world.listing()).noneMatch(l -> l.contains("SECRET"))
          .anyMatch(l -> l.contains("KEYPASSWORD(**********) /* KEY */"))
          .anyMatch(l -> l.equals("      *** ********)"));
      assertThat(world.messages("BWO515E")).hasSize(2)
          .allSatisfy(m -> assertThat(m).contains("KEYPASSWORD(...) IS NOT SUPPORTED"));
    }
  }

  @Test
  void aKeyPasswordIsNeverListedInARejectedDeck() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(6);

      int rc = world.dss(" DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CC BADKEYWORD -",
          "      KEYPASS(TOPSECRET1)",
          " RESTORE DATASET(INCLUDE(OSB.**)) INDDNAME(TAPE) keypassword(lowsecret)");

      assertThat(rc).isEqualTo(8);
      assertThat(world.messages("ADR102E")).isNotEmpty();
      assertThat(world.listing()).noneMatch(l -> l.toUpperCase().contains("SECRET"));
    }
  }

  @Test
  void shareWaitAndTolerateIoErrorAreListedAsHavingNoEffect() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(7);

      int rc = world.dss(" DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CC SHR -",
          "      WAIT(5,1) TOLERATE(IOERROR)");

      assertThat(rc).isZero();
      assertThat(String.join(" ", world.messages("BWO531I")).replaceAll("\\s+", " "))
          .contains("SHARE: NO EFFECT IN BWO: A BWO DUMP HOLDS NO ENQ")
          .contains("WAIT(5,1): NO EFFECT IN BWO")
          .contains("TOLERATE(IOERROR): NO EFFECT IN BWO: BWO ENDS THE TASK AT ANY INPUT ERROR");
      assertThat(world.messages("ADR734I")).hasSize(2);
    }
  }
}
