package io.bwo.dss;

import io.bwo.catalog.Catalog;
import io.bwo.copy.CopySession;
import io.bwo.journal.Leftover;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.platform.Platform;
import io.bwo.segment.SegmentSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a run creates that must not outlive it, as the journal records it, and the clean-up a
 * re-run does for an attempt that failed or died: thaw the freeze it held, delete its side files
 * and its temporary dump, settle its RESTORE's staged files. Every step is idempotent: a leftover
 * may already be gone. A task ends its copy sessions here too ({@link #end}), so that one whose
 * segment system is lost leaves no side file behind and none listed that is gone.
 */
final class Leftovers {
  private Leftovers() {}

  /** The leftovers of a copy session: the session and its side file. */
  static List<Leftover> of(CopySession s) {
    return List.of(new Leftover.CopySession(s.dsn().name(), s.id()),
        new Leftover.SideFile(s.sideFile().toString()));
  }

  /** The leftovers of every session of {@code sessions}, in order. */
  static List<Leftover> of(Collection<CopySession> sessions) {
    return sessions.stream().flatMap(s -> of(s).stream()).toList();
  }

  /**
   * Ends session {@code s}; whether it and its side file are gone, so no longer leftovers. When its
   * segment system cannot end it (the server was killed, or restarted and does not know it), the
   * session has ended with its owner all the same (a killed server's sessions died with it, a
   * server ends those of a client connection that closes, an embedded system all of its own when
   * it closes), and only its side file can remain: deleted here if it is still there, as a re-run
   * would. So a run whose deck masks the failure succeeds without listing, for ever, side files
   * that are gone; one that cannot be deleted stays a leftover.
   */
  static boolean end(SegmentSystem system, CopySession s) {
    try {
      system.endCopy(s);
      return true;
    } catch (BwoException notEnded) {
      try {
        Files.deleteIfExists(s.sideFile());
        return true;
      } catch (IOException e) {
        return false;
      }
    }
  }

  /**
   * Cleans up {@code leftovers} of an earlier attempt; reports each with BWO519I to {@code say}
   * and returns those that are gone.
   */
  static List<Leftover> cleanUp(List<Leftover> leftovers, Catalog catalog, SegmentSystem system,
      Platform platform, Consumer<Message> say) {
    List<Leftover> gone = new ArrayList<>();
    for (Leftover l : leftovers) {
      try {
        if (l instanceof Leftover.Freeze f) {
          boolean held = system.status().lease().filter(i -> i.holder().equals(f.holder()))
              .isPresent();
          if (held) {
            system.unfreeze(f.holder());
          }
        } else if (l instanceof Leftover.SideFile side) {
          Files.deleteIfExists(Path.of(side.path()));
        } else if (l instanceof Leftover.RestoreStaging) {
          // As the next RESTORE would: its intent carried out (BWO820E while a segment of it is
          // ONLINE), then every temporary file deleted. In this run's catalog, not at the path
          // the leftover names: the journal that lists it lives in that catalog, so it is the
          // same one, and after a failover it may be mounted elsewhere than the path recorded.
          try (RestoreJournal journal = RestoreJournal.open(catalog)) {
            RestoreJournal.Recovery r =
                journal.recover(RestoreTask.onlineSegments(system)::contains);
            if (r.any()) {
              say.accept(Message.of(Msg.BWO817I, catalog.root(), r.completed(), r.removed()));
            }
          }
        } else if (l instanceof Leftover.TemporaryDump t) {
          if (isFileName(t.name())) {
            Files.deleteIfExists(Path.of(t.name()));
          } else {
            // A DD name (journals before file names were kept): whatever that DD's output
            // leaves is removed by opening it and abandoning it.
            platform.openDumpOutput(t.name()).abandon();
          }
        }
        // A copy session ends with its owner: the server ends a dead client's sessions and an
        // embedded system's died with its process; only its side file can remain.
        gone.add(l);
        say.accept(Message.of(Msg.BWO519I, l));
      } catch (IOException | RuntimeException e) {
        say.accept(Message.of(Msg.BWO520W, l, e.getMessage()));
      }
    }
    return gone;
  }

  /** A temporary dump's file name (absolute), not the DD name older journals kept. */
  private static boolean isFileName(String name) {
    return name.indexOf('/') >= 0 || name.indexOf(java.io.File.separatorChar) >= 0;
  }
}
