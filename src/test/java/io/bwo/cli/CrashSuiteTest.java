package io.bwo.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash suite (docs/crash-suite.md): the reduced version in every build, the full one with
 * {@code mvn -B verify -Pslow}. Repeats per phase: {@code -Dbwo.crash.repeat=N}.
 */
class CrashSuiteTest {

  @Test
  void aDumpKilledAtAnyPhaseLosesNoUpdateLeavesNoFreezeAndRerunsToAVerifiedDump(
      @TempDir Path dir) throws Exception {
    try (CrashWorld world = CrashWorld.create(dir, 12, 64, 0)) {
      new CrashSuite(world).run(Integer.getInteger("bwo.crash.repeat", 1));
    }
  }

  @Test
  @Tag("slow")
  void fullSuiteOverManyLargerDataSets(@TempDir Path dir) throws Exception {
    try (CrashWorld world = CrashWorld.create(dir, 300, 16, 32768)) {
      new CrashSuite(world).run(Integer.getInteger("bwo.crash.repeat", 3));
    }
  }
}
