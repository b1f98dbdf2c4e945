package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step reads its published dump back (BWO518I) the way it was written: one that went past
 * the page cache is read from the disk, one that went through it through it.
 */
class ReadBackTest {
  private static final String[] WORLD = {"SEG1:APP.PAGE.D01", "SEG2:APP.PAGE.D02"};
  private static final String[] DECK = {
    " DUMP DATASET(INCLUDE(**)) OUTDDNAME(TAPE) CONCURRENT"
  };

  @Test
  void aDumpWrittenPastThePageCacheIsReadBackFromTheDisk(@TempDir Path dir) {
    try (DumpWorld world = new DumpWorld(dir, 64, WORLD)) {
      world.start(3);
      world.platform.writingPastThePageCache();
      assertThat(world.dss(DECK)).isZero();
      assertThat(world.messages("BWO518I")).hasSize(1);
      assertThat(world.platform.lastReadFromDisk()).contains(true);
    }
  }

  @Test
  void aDumpWrittenThroughThePageCacheIsReadBackThroughIt(@TempDir Path dir) {
    try (DumpWorld world = new DumpWorld(dir, 64, WORLD)) {
      world.start(3);
      assertThat(world.dss(DECK)).isZero();
      assertThat(world.messages("BWO518I")).hasSize(1);
      assertThat(world.platform.lastReadFromDisk()).contains(false);
    }
  }
}
