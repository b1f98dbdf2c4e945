package io.bwo.copy;

import io.bwo.catalog.Dsn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The copy-on-write path every application write takes ({@code beforeOverwrite}): with no session
 * on the data set (the common case), with a session whose CI is already preserved, and the first
 * overwrite of a CI, which saves its image to the side file (4 KiB CIs).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class CopyOnWriteBench {
  private static final Dsn DSN = Dsn.parse("JMH.DATA");
  private static final Dsn OTHER = Dsn.parse("JMH.OTHER");
  private static final int CI = 4096;
  private static final long CIS = 1L << 17; // a 512 MiB side file at most per iteration

  private final ConcurrentCopySessions.CurrentImage current = (ci, dst) -> {
    while (dst.hasRemaining()) {
      dst.put((byte) ci);
    }
  };
  private Path dir;
  private ConcurrentCopySessions sessions;
  private CopySession session;
  private long next;

  @Setup(Level.Iteration)
  public void session() throws IOException {
    dir = Files.createTempDirectory("bwo-jmh-");
    sessions = new ConcurrentCopySessions(dir, m -> { });
    session = sessions.establish(DSN, CI, CIS);
    sessions.beforeOverwrite(DSN, 0, current);
    next = 1;
  }

  @TearDown(Level.Iteration)
  public void end() throws IOException {
    sessions.end(session.id());
    Files.deleteIfExists(dir);
  }

  /** A write to a data set that no session copies. */
  @Benchmark
  public void noSession() {
    sessions.beforeOverwrite(OTHER, 0, current);
  }

  /** A write to a CI that the session preserved already. */
  @Benchmark
  public void alreadyPreserved() {
    sessions.beforeOverwrite(DSN, 0, current);
  }

  /** The first write to a CI: its image goes to the side file (until the session is full). */
  @Benchmark
  public void firstOverwrite() {
    sessions.beforeOverwrite(DSN, next++ % CIS, current);
  }
}
