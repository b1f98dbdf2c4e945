package io.bwo.segment;

import io.bwo.catalog.Catalog;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.message.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/** Where applications and jobs get the segment system of a catalog: the server's, or their own. */
public final class SegmentSystems {
  private SegmentSystems() {}

  /**
   * The segment system of {@code catalog}: the server on {@link #socket} if one answers, else one
   * embedded in this process (BWO216E if another process has it). Warnings and worse about the
   * embedded system go to standard error.
   */
  public static SegmentSystem connect(Catalog catalog, Clock clock) {
    return connect(catalog, clock, SegmentSystems::warnOnStandardError);
  }

  /**
   * As {@link #connect(Catalog, Clock)}, with every message of an embedded system (freeze, thaw,
   * lease expiry, sessions) given to {@code events}, from any thread.
   */
  public static SegmentSystem connect(Catalog catalog, Clock clock, Consumer<Message> events) {
    return connect(catalog, clock, events, SERVER_STARTING);
  }

  /**
   * How long a job waits for a segment server that holds the catalog but does not answer yet:
   * one starting (replaying its redo log, rehearsing its freeze) when the job looked.
   */
  static final Duration SERVER_STARTING = Duration.ofSeconds(60);
  private static final Duration POLL = Duration.ofMillis(50);

  /**
   * As {@link #connect(Catalog, Clock, Consumer)}; a server that holds the catalog without
   * answering yet is waited for up to {@code starting} (BWO235I, once, to {@code events}), where
   * the job would otherwise fail BWO216E because it looked while the server started.
   */
  static SegmentSystem connect(Catalog catalog, Clock clock, Consumer<Message> events,
      Duration starting) {
    RuntimeLock.Wait waiting = new RuntimeLock.Wait(starting, POLL);
    while (true) {
      Optional<SegmentClient> server = server(catalog);
      if (server.isPresent()) {
        return server.get();
      }
      try {
        return EmbeddedSegmentSystem.open(catalog, clock, events, "EMBEDDED");
      } catch (RuntimeLock.InUse e) {
        if (!e.byServer()) {
          throw e;
        }
        waiting.pauseOrThrow(e, Message.of(Msg.BWO235I, catalog.root(), e.holder()), events);
      }
    }
  }

  /**
   * A client of the segment server of {@code catalog}, or empty if none answers (a socket file
   * that nobody answers on was left by a server that died).
   */
  public static Optional<SegmentClient> server(Catalog catalog) {
    return SegmentClient.connect(socket(catalog).toAbsolutePath());
  }

  /** The server's socket in the catalog root: {@code <root>/.bwo/segment.sock}. */
  public static Path socket(Catalog catalog) {
    return catalog.runtimeDir().resolve("segment.sock");
  }

  private static void warnOnStandardError(Message m) {
    if (m.severity() != Severity.INFORMATION) {
      System.err.println(m);
    }
  }
}
