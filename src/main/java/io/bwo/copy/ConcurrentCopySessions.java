package io.bwo.copy;

import io.bwo.catalog.Dsn;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The concurrent copy sessions of one segment system, with copy-on-write at CI granularity: the
 * segment system calls {@link #beforeOverwrite} before it writes any CI, and the dump learns
 * through {@link #completeRange} which CIs it must take from the side file. Why that gives an
 * exact point-in-time image is written once, in {@link Session}.
 *
 * <p>A side-file failure ends that session (its dump then fails with the reason) and never holds
 * up an application's write, as a storage controller drops a concurrent copy session.
 *
 * <p>Thread-safe. Writers look up the sessions of a data set without locking.
 */
public final class ConcurrentCopySessions {
  private static final String SIDE_FILE_SUFFIX = ".side";

  /** Reads a CI's current content from the data set, filling {@code dst} from its position. */
  @FunctionalInterface
  public interface CurrentImage {
    /** Reads CI {@code ci} into {@code dst}. */
    void read(long ci, ByteBuffer dst) throws IOException;
  }

  private final Path directory;
  private final Consumer<Message> events;
  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  /**
   * The sessions of each data set; a data set's list is replaced, never changed, under {@code
   * this}, so that the write path reads it without a lock and establishing costs the same for the
   * thousandth data set as for the first.
   */
  private final Map<Dsn, List<Session>> byDsn = new ConcurrentHashMap<>();
  /** The batches prepared and not yet established, by name. */
  private final Map<String, Batch> batches = new HashMap<>();
  private final int generation = ThreadLocalRandom.current().nextInt() >>> 1;
  private int established;
  private int batchesMade;

  /**
   * The sessions of a segment system whose side files go in {@code directory}; messages about
   * sessions go to {@code events}.
   */
  public ConcurrentCopySessions(Path directory, Consumer<Message> events) {
    this.directory = directory;
    this.events = events;
  }

  /**
   * Deletes the side files a segment system that died left in the directory; the caller owns the
   * directory exclusively. Returns how many it deleted.
   */
  public int deleteLeftovers() throws IOException {
    int n = 0;
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(directory, "*" + SIDE_FILE_SUFFIX)) {
      for (Path p : files) {
        if (!byId.containsKey(sessionIdOf(p)) && Files.deleteIfExists(p)) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Establishes a session for data set {@code dsn} of {@code cis} CIs of {@code ciSize} bytes: its
   * point in time is now. The caller makes sure no write to the data set is under way.
   */
  public CopySession establish(Dsn dsn, int ciSize, long cis) {
    synchronized (this) {
      CopySession info = register(dsn, ciSize, cis, Batch.establishedNow());
      events.accept(Message.of(Msg.BWO300I, info.id(), dsn, cis, ciSize));
      return info;
    }
  }

  /**
   * Prepares a session for data set {@code dsn} in batch {@code batch} (a name from {@link
   * #newBatch}): it preserves nothing until {@link #establishBatch} gives the whole batch its
   * point in time. Made while the applications run, so that the freeze window pays only for that.
   */
  public CopySession prepare(String batch, Dsn dsn, int ciSize, long cis) {
    synchronized (this) {
      Batch b = batches.get(batch);
      if (b == null || b.established) {
        throw BwoException.of(Msg.BWO302E, batch);
      }
      CopySession info = register(dsn, ciSize, cis, b);
      events.accept(Message.of(Msg.BWO308I, info.id(), dsn, batch, cis, ciSize));
      return info;
    }
  }

  /** A new, empty batch of prepared sessions; its name. */
  public synchronized String newBatch() {
    String name = String.format("CB%06d-%08X", ++batchesMade, generation);
    batches.put(name, new Batch());
    return name;
  }

  /**
   * Establishes every session prepared in {@code batch} at once, whatever their number: their
   * point in time is now. The caller makes sure no write to any data set is under way. BWO302E
   * when the batch is unknown or was established already.
   */
  public void establishBatch(String batch) {
    int sessions;
    synchronized (this) {
      Batch b = batches.remove(batch);
      if (b == null) {
        throw BwoException.of(Msg.BWO302E, batch);
      }
      // One volatile write: writers test it before they preserve anything.
      b.established = true;
      sessions = b.sessions;
    }
    events.accept(Message.of(Msg.BWO309I, batch, sessions));
  }

  /** Forgets a batch that will not be established; its sessions are ended one by one. */
  public synchronized void dropBatch(String batch) {
    batches.remove(batch);
  }

  private CopySession register(Dsn dsn, int ciSize, long cis, Batch batch) {
    if (cis >= Integer.MAX_VALUE) {
      throw BwoException.of(Msg.BWO306E, dsn, cis);
    }
    established++;
    String id = String.format("CC%06d-%08X", established, generation);
    Path path = directory.resolve(id + SIDE_FILE_SUFFIX);
    CopySession info = new CopySession(id, dsn, ciSize, cis, path);
    Session s = new Session(info, SideFile.at(path), batch);
    batch.sessions++;
    byId.put(id, s);
    List<Session> forDsn = new ArrayList<>(byDsn.getOrDefault(dsn, List.of()));
    forDsn.add(s);
    byDsn.put(dsn, List.copyOf(forDsn));
    return info;
  }

  /**
   * Preserves CI {@code ci} of {@code dsn} for every session that still needs its point-in-time
   * content. The caller holds the CI's write lock and writes it only after this returns.
   */
  public void beforeOverwrite(Dsn dsn, long ci, CurrentImage current) {
    List<Session> sessions = byDsn.get(dsn);
    if (sessions == null) {
      return;
    }
    for (Session s : sessions) {
      try {
        s.beforeOverwrite(ci, current);
      } catch (IOException e) {
        // The session fails, not the write: its dump learns why at its next completeRange.
        Message failure = Message.of(Msg.BWO304S, s.info().sideFile(), e.getMessage());
        stopPreserving(s);
        s.fail(failure);
        events.accept(failure);
      }
    }
  }

  /** See {@link ConcurrentCopyHost#completeRange}; BWO302E when the session is not active. */
  public PreservedCis completeRange(String sessionId, long firstCi, int count) {
    return session(sessionId).completeRange(firstCi, count);
  }

  /** Ends session {@code sessionId} and deletes its side file; BWO302E when it is not active. */
  public void end(String sessionId) {
    Session s = session(sessionId);
    int preserved = end(s, Message.of(Msg.BWO302E, sessionId));
    events.accept(Message.of(Msg.BWO301I, sessionId, s.info().dsn(), preserved));
  }

  /**
   * Ends session {@code sessionId}, if it is active, because its owner {@code why} (for example
   * "DISCONNECTED"), with a warning.
   */
  public void abandon(String sessionId, String why) {
    Session s = byId.get(sessionId);
    if (s != null) {
      end(s, Message.of(Msg.BWO305W, sessionId, s.info().dsn(), why));
      events.accept(Message.of(Msg.BWO305W, sessionId, s.info().dsn(), why));
    }
  }

  /** Ends every session, because the segment system {@code why}. */
  public void abandonAll(String why) {
    for (String id : List.copyOf(byId.keySet())) {
      abandon(id, why);
    }
  }

  /** The active sessions, in the order they were established. */
  public List<CopySession> active() {
    return byId.values().stream()
        .map(Session::info)
        .sorted(Comparator.comparing(CopySession::id))
        .toList();
  }

  private Session session(String id) {
    Session s = byId.get(id);
    if (s == null) {
      throw BwoException.of(Msg.BWO302E, id);
    }
    return s;
  }

  private int end(Session s, Message because) {
    stopPreserving(s);
    // Listed until its side file is gone: no session listed means no side file left behind.
    try {
      return close(s, because);
    } finally {
      byId.remove(s.info().id());
    }
  }

  private synchronized void stopPreserving(Session s) {
    List<Session> rest =
        byDsn.getOrDefault(s.info().dsn(), List.of()).stream().filter(x -> x != s).toList();
    if (rest.isEmpty()) {
      byDsn.remove(s.info().dsn());
    } else {
      byDsn.put(s.info().dsn(), rest);
    }
  }

  private static int close(Session s, Message because) {
    try {
      return s.end(because);
    } catch (IOException e) {
      throw new BwoException(Message.of(Msg.BWO304S, s.info().sideFile(), e.getMessage()), e);
    }
  }

  private static String sessionIdOf(Path sideFile) {
    String name = sideFile.getFileName().toString();
    return name.substring(0, name.length() - SIDE_FILE_SUFFIX.length());
  }
}
