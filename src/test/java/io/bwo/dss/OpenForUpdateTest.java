package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Dsn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data set of an ONLINE segment is open for update. One that is not BWO-eligible cannot be
 * serialized: DFSMSdss fails it (ADR412E, RC 8) unless TOLERATE(ENQFAILURE) lets it be dumped
 * with a warning (RC 4). TYPRUN=NORUN only lists what would be dumped.
 *
 * <pre>
 *   SEGA: OSB.SEGA.PAGE01  OSB.SEGA.PAGE02 (not BWO-eligible)
 *   SEGB: OSB.SEGB.PAGE01
 * </pre>
 */
class OpenForUpdateTest {
  private static final Dsn NOT_ELIGIBLE = Dsn.parse("OSB.SEGA.PAGE02");

  @TempDir Path dir;
  private DumpWorld world;

  @BeforeEach
  void world() {
    world = new DumpWorld(dir, 32, "SEGA:OSB.SEGA.PAGE01", "SEGA:" + NOT_ELIGIBLE,
        "SEGB:OSB.SEGB.PAGE01");
    world.notEligible(NOT_ELIGIBLE.name()).start(21);
  }

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void notEligibleDataSetOpenForUpdateFailsSerialization() {
    int rc = world.dss(DumpWorld.BWO_DECK);

    assertThat(rc).isEqualTo(8);
    assertThat(world.messages("ADR412E")).singleElement().asString()
        .contains("DATA SET " + NOT_ELIGIBLE.name() + " IN CATALOG")
        .endsWith("FAILED SERIALIZATION");
    assertThat(world.messages("ADR734I")).hasSize(2);
    assertThat(world.dumped()).hasSize(2).doesNotContainKey(NOT_ELIGIBLE);
    world.assertThawed();
  }

  @Test
  void toleratedEnqFailureDumpsItWithAWarning() {
    int rc = world.dss(" DUMP DATASET(INCLUDE(**)) OUTDDNAME(TAPE) -",
        "      TOLERATE(ENQFAILURE) CONCURRENT NOTIFYCONCURRENT");

    assertThat(rc).isEqualTo(4);
    assertThat(world.messages("ADR412E")).isEmpty();
    assertThat(world.messages("BWO504W")).singleElement().asString()
        .contains(NOT_ELIGIBLE.name());
    assertThat(world.messages("ADR734I")).hasSize(3);
    assertThat(world.dumped()).hasSize(3).containsKey(NOT_ELIGIBLE);
    world.assertThawed();
  }

  @Test
  void typrunNorunListsAndTouchesNothing() {
    int rc = world.dss(DssOptions.defaults().withParm("TYPRUN=NORUN"), List.of(),
        PhaseObserver.NONE, " DUMP DATASET(INCLUDE(**)) OUTDDNAME(TAPE) -",
        "      TOLERATE(ENQFAILURE) CONCURRENT NOTIFYCONCURRENT");

    assertThat(rc).isEqualTo(4);
    assertThat(world.messages("BWO505I")).hasSize(3);
    assertThat(world.system().freezes()).isZero();
    assertThat(world.messages("ADR734I")).isEmpty();
    assertThat(world.platform.dumpOutputsOpened()).isZero();
    assertThat(world.dumpFile).doesNotExist();
    world.assertThawed();
  }
}
