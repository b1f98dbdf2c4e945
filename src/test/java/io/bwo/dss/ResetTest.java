package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Dsn;
import io.bwo.segment.Update;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DUMP RESET: the data-set-changed flag of what the dump holds is reset once the step has
 * succeeded, and only where the dump holds every update: a data set updated after the point in
 * time keeps its flag for the next {@code BY(DSCHA,EQ,YES)} dump.
 */
class ResetTest {
  private static final Dsn A = Dsn.parse("OSB.SEGA.PAGE01");
  private static final Dsn B = Dsn.parse("OSB.SEGA.PAGE02");
  private static final Dsn C = Dsn.parse("OSB.SEGB.PAGE01");
  private static final String[] WORLD = {"SEGA:" + A, "SEGA:" + B, "SEGB:" + C};

  @TempDir Path dir;

  private static void flag(DumpWorld world, Dsn... dsns) {
    for (Dsn d : dsns) {
      world.catalog.put(world.catalog.get(d).withChanged(true));
    }
  }

  private static boolean changed(DumpWorld world, Dsn d) {
    return world.catalog.get(d).changed();
  }

  @Test
  void aDataSetUpdatedWhileTheCopyRunsKeepsItsFlag() {
    try (DumpWorld world = new DumpWorld(dir, 64, WORLD)) {
      world.start(1, true);
      flag(world, A, B, C);
      AtomicBoolean updated = new AtomicBoolean();
      world.platform.hook((dd, written, length) -> {
        if (world.system().unfreezeCalled() != 0 && updated.compareAndSet(false, true)) {
          world.applications().commit(List.of(new Update.AddLong(B, 0, 1)));
        }
      });

      int rc = world.dss(" DUMP DS(INC(OSB.**)) ODD(TAPE) CC RESET");

      assertThat(rc).as(String.join("\n", world.listing())).isZero();
      assertThat(updated).isTrue();
      assertThat(world.messages("BWO529I")).singleElement().asString()
          .contains("FLAG OF 2 OF THE 3 DATA SETS");
      assertThat(changed(world, A)).isFalse();
      assertThat(changed(world, B)).as("updated after the point in time").isTrue();
      assertThat(changed(world, C)).isFalse();
    }
  }

  @Test
  void withoutConcurrentCopyTheDataSetsFrozenForTheWholeCopyAreReset() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(2);
      flag(world, A, C);

      int rc = world.dss(" DUMP DS(INC(OSB.**)) ODD(TAPE) RESET");

      assertThat(rc).as("BWO510W").isEqualTo(4);
      assertThat(world.messages("BWO529I")).singleElement().asString()
          .contains("FLAG OF 2 OF THE 3 DATA SETS");
      assertThat(List.of(A, B, C)).noneMatch(d -> changed(world, d));
    }
  }

  @Test
  void aSystemThatNoLongerKnowsTheFreezeResetsNothingAndTheStepStillEndsWell() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(3);
      flag(world, A);
      world.system().forgetFreezes();

      int rc = world.dss(" DUMP DS(INC(OSB.**)) ODD(TAPE) CC RESET");

      assertThat(rc).as("the dump is good; a flag left set costs a data set dumped again")
          .isZero();
      assertThat(world.messages("BWO530W")).singleElement().asString()
          .contains("RESET WAS NOT DONE FOR 3 DATA SETS", "BWO233E");
      assertThat(changed(world, A)).isTrue();
    }
  }

  @Test
  void withoutResetNoFlagChanges() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(4);
      flag(world, A);

      assertThat(world.dss(" DUMP DS(INC(OSB.**)) ODD(TAPE) CC")).isZero();

      assertThat(world.messages("BWO529I")).isEmpty();
      assertThat(changed(world, A)).isTrue();
    }
  }
}
