package io.bwo.segment;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.Dsn;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A child process for the crash test: commits transfers between two data sets, and after each
 * acknowledged one prints {@code ACK n}, until it is killed.
 */
final class CrashingWriter {
  private CrashingWriter() {}

  public static void main(String[] args) {
    Catalog catalog = Catalog.open(Path.of(args[0]));
    Dsn a = Dsn.parse(args[1]);
    Dsn b = Dsn.parse(args[2]);
    SegmentSystem system = EmbeddedSegmentSystem.open(catalog, Clock.systemUTC(), m -> {}, "CRASH");
    for (long n = 1; ; n++) {
      // Move one unit from B to A, and count the transaction in CI 1 of A.
      system.commit(List.of(
          new Update.AddLong(a, 0, 1),
          new Update.AddLong(b, 0, -1),
          new Update.AddLong(a, TestWorld.CI_SIZE, 1)));
      System.out.println("ACK " + n);
      System.out.flush();
    }
  }
}
