package io.bwo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a benchmark run that succeeded leaves of the scratch folder it made. */
class BenchTidyTest {

  @Test
  void theResultsInTheScratchFolderAreAllThatStays(@TempDir Path tmp) throws Exception {
    Path scratch = scratchWithDebris(tmp);
    Path results = scratch.resolve("bench-results.json");
    Files.writeString(results, "{}");

    Bench.tidy(scratch, results);

    try (var left = Files.list(scratch)) {
      assertThat(left).containsExactly(results);
    }
  }

  @Test
  void resultsWrittenElsewhereLeaveNoScratchFolder(@TempDir Path tmp) throws Exception {
    Path scratch = scratchWithDebris(tmp);
    Path results = Files.writeString(tmp.resolve("run.json"), "{}");

    Bench.tidy(scratch, results);

    assertThat(scratch).doesNotExist();
    assertThat(results).exists();
  }

  private static Path scratchWithDebris(Path tmp) throws Exception {
    Path scratch = Files.createDirectories(tmp.resolve("bwo-bench-1"));
    Files.writeString(scratch.resolve("M256R0I.sysin"), " DUMP DATASET(INCLUDE(**))");
    Files.writeString(scratch.resolve("server.log"), "log");
    Files.createDirectories(scratch.resolve("world-256m/data"));
    Files.writeString(scratch.resolve("world-256m/data/A.B"), "data");
    return scratch;
  }
}
