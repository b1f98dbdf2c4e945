package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 1 of the BWO procedure: every control statement is scanned before anything is touched, so
 * a syntax error anywhere in SYSIN, even in a later command, ends the step with RC 8 and a message
 * naming the record and column, before the segment system is even asked for.
 */
class SyntaxErrorTest {

  @Test
  void syntaxErrorInSysinTouchesNothing(@TempDir Path dir) {
    try (DumpWorld world = new DumpWorld(dir, 16, "SEGA:OSB.SEGA.PAGE01")) {
      world.start(31);

      int rc = world.dss(
          " DUMP DATASET(INCLUDE(**)) OUTDDNAME(TAPE) CONCURRENT NOTIFYCC",
          " /* the second command is misspelt */",
          " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) -",
          "      CONCURENT NOTIFYCC");

      assertThat(rc).isEqualTo(8);
      assertThat(world.listing()).anyMatch(l -> l.matches(
          "ADR1\\d\\dE \\(R/I\\).*'CONCURENT' AT RECORD 4 COLUMN 7.*"));
      assertThat(world.listing()).noneMatch(l -> l.startsWith("ADR006I"));
      assertThat(world.systemsOpened()).isZero();
      assertThat(world.system().freezes()).isZero();
      assertThat(world.platform.dumpOutputsOpened()).isZero();
      assertThat(world.dumpFile).doesNotExist();
      assertThat(FakePlatform.temporary(world.dumpFile)).doesNotExist();
      assertThat(world.messages("ADR012I")).singleElement().asString().endsWith("CODE IS 0008");
      world.assertThawed();
    }
  }
}
