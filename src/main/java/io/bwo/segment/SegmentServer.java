package io.bwo.segment;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.message.Severity;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The segment system as a server ({@code bwo segment serve}): an embedded system that answers
 * clients on the Unix domain socket {@code <catalog>/.bwo/segment.sock}, owner-only, one thread per
 * connection up to a bound. A bad request gets an error reply; nothing a client sends stops the
 * server. {@link #close} thaws, ends the sessions, checkpoints and removes the socket.
 *
 * <p>Thread-safe.
 */
public final class SegmentServer implements AutoCloseable {
  /** At most this many clients at once; one more is told so and disconnected. */
  static final int MAX_CONNECTIONS = 64;

  private final Path socket;
  private final EmbeddedSegmentSystem system;
  private final ServerSocketChannel listener;
  private final Consumer<Message> events;
  private final Wire wire = new Wire();
  private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
  private final Set<ServerConnection> connections = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicReference<Message> failure = new AtomicReference<>();
  private final Thread acceptor;

  private SegmentServer(Path socket, EmbeddedSegmentSystem system, ServerSocketChannel listener,
      Consumer<Message> events) {
    this.socket = socket;
    this.system = system;
    this.listener = listener;
    this.events = events;
    this.acceptor = new Thread(this::accept, "bwo-segment-server");
  }

  /**
   * Starts the segment server of {@code catalog}: BWO226E if one already answers, BWO216E if
   * another process runs the catalog's segment system embedded. A socket file left by a server
   * that died is replaced. Messages go to {@code events}, from any thread.
   */
  public static SegmentServer start(Catalog catalog, Clock clock, Consumer<Message> events) {
    return start(catalog, clock, events, Duration.ZERO);
  }

  /**
   * As {@link #start(Catalog, Clock, Consumer)}, waiting up to {@code wait} (BWO234I, once) while
   * another process runs the catalog's segment system embedded, as a batch job does that found no
   * server: a server restarted after a crash starts when that job ends, as a job waits for the
   * data sets another holds, instead of failing. BWO216E if it still holds the catalog then.
   */
  public static SegmentServer start(Catalog catalog, Clock clock, Consumer<Message> events,
      Duration wait) {
    Path socket = SegmentSystems.socket(catalog).toAbsolutePath();
    RuntimeLock.Wait waiting = new RuntimeLock.Wait(wait, LOCK_POLL);
    while (true) {
      if (SegmentClient.answers(socket)) {
        throw BwoException.of(Msg.BWO226E, socket);
      }
      try {
        return startHolding(catalog, clock, events, socket);
      } catch (RuntimeLock.InUse e) {
        waiting.pauseOrThrow(e,
            Message.of(Msg.BWO234I, catalog.root(), e.holder(), wait.toSeconds()), events);
      }
    }
  }

  /** How often a server waiting for the catalog looks again. */
  private static final Duration LOCK_POLL = Duration.ofMillis(200);

  /** The role a server's system opens as, named in the runtime lock: {@code SERVER ON <socket>}. */
  static final String ROLE = "SERVER ON ";

  /** Starts the server once: opens its system (BWO216E if another holds the catalog), listens. */
  private static SegmentServer startHolding(Catalog catalog, Clock clock,
      Consumer<Message> events, Path socket) {
    AtomicBoolean rehearsing = new AtomicBoolean();
    AtomicReference<SegmentServer> started = new AtomicReference<>();
    EmbeddedSegmentSystem system = EmbeddedSegmentSystem.open(catalog, clock, m -> {
      if (!rehearsing.get()) {
        events.accept(m);
      }
      SegmentServer s = started.get();
      if (s != null && m.severity() == Severity.SEVERE && s.system.brokenBy().isPresent()) {
        s.stopBroken();
      }
    }, ROLE + socket);
    rehearsing.set(true);
    try {
      rehearseFreeze(system, catalog, socket.resolveSibling(REHEARSAL_SOCKET));
    } finally {
      rehearsing.set(false);
    }
    ServerSocketChannel listener = null;
    try {
      // Holding the runtime lock, no live server can own the socket file: it is stale.
      Files.deleteIfExists(socket);
      listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      listener.bind(UnixDomainSocketAddress.of(socket));
      if (socket.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      BwoException failure =
          new BwoException(Message.of(Msg.BWO229E, socket, e.getMessage()), e);
      closeAfterFailedStart(failure, listener, system);
      throw failure;
    }
    SegmentServer server = new SegmentServer(socket, system, listener, events);
    started.set(server);
    server.acceptor.start();
    events.accept(Message.of(Msg.BWO220I, socket));
    return server;
  }

  /** The holder of the freeze {@link #rehearseFreeze} takes. */
  static final String REHEARSAL = "BWO-REHEARSAL";
  /** The socket of the rehearsal, beside the server's in the owner-only runtime folder. */
  static final String REHEARSAL_SOCKET = "rehearse.sock";
  /** Data sets the rehearsal prepares at most: enough to run its loops compiled or warm. */
  private static final int REHEARSAL_DATA_SETS = 1000;
  private static final Duration REHEARSAL_LEASE = Duration.ofMinutes(1);

  /**
   * One FREEZE with a prepared batch, and UNFREEZE, asked by a client of this JVM over a socket of
   * the rehearsal's own, before the server listens on its own socket; its messages are not
   * logged. A young JVM pays for its first FREEZE (classes loaded and initialised, code run for
   * the first time): the first dump after a server started paid it inside its window, 20-70 ms
   * at 1,000 data sets against 5-15 ms for the next ones, and still 2-4 ms more at 16 data sets
   * while only the segment system's part was rehearsed, without reading the request and writing
   * the reply. While its sessions exist, the copy-on-write path runs once too ({@link
   * EmbeddedSegmentSystem#rehearseCopyOnWrite}). No application can be connected yet, so no one
   * waits for this freeze. A rehearsal only: what fails is forgotten, and what it held ends with
   * its connections, as a client's does.
   */
  private static void rehearseFreeze(EmbeddedSegmentSystem system, Catalog catalog, Path stage) {
    List<Dsn> dsns;
    try {
      dsns = catalog.list().stream().limit(REHEARSAL_DATA_SETS).map(CatalogEntry::dsn).toList();
      Files.deleteIfExists(stage);
    } catch (IOException | RuntimeException e) {
      return;
    }
    List<Thread> served = new ArrayList<>();
    Thread acceptor = null;
    ServerSocketChannel listener = null;
    try {
      listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      listener.bind(UnixDomainSocketAddress.of(stage));
      ServerSocketChannel l = listener;
      acceptor = new Thread(() -> serveRehearsal(l, system, served), "bwo-segment-rehearsal");
      acceptor.start();
      try (SegmentClient client = SegmentClient.connect(stage).orElseThrow(
          () -> new IOException("the rehearsal's socket does not answer"))) {
        PreparedCopies prepared = client.prepareCopies(dsns);
        client.prepareFreeze(REHEARSAL, REHEARSAL_LEASE, prepared);
        client.unfreeze(client.freeze(REHEARSAL, REHEARSAL_LEASE, prepared).lease());
        try {
          prepared.sessions().stream().findFirst()
              .ifPresent(session -> system.rehearseCopyOnWrite(session.dsn()));
        } finally {
          prepared.sessions().forEach(client::endCopy);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not frozen, or thawed as its connection ends: either way nothing stays held.
    } finally {
      try {
        if (listener != null) {
          listener.close();
        }
      } catch (IOException e) {
        // Closed or not, the rehearsal's client is gone: its connections end.
      }
      try {
        if (acceptor != null) {
          acceptor.join();
        }
        // Each connection ends what it held when its client went: waited for, so that nothing
        // of the rehearsal is held once the server listens.
        for (Thread t : served) {
          t.join();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try {
        Files.deleteIfExists(stage);
      } catch (IOException e) {
        // Owner-only, and removed at the next start: a leftover socket file answers no one.
      }
    }
  }

  /** Serves the rehearsal's connections until its socket is closed. */
  private static void serveRehearsal(
      ServerSocketChannel listener, EmbeddedSegmentSystem system, List<Thread> served) {
    Wire wire = new Wire();
    while (true) {
      SocketChannel client;
      try {
        client = listener.accept();
      } catch (IOException closed) {
        return;
      }
      Thread t = new Thread(new ServerConnection(client, system, wire), "bwo-segment-rehearsal");
      synchronized (served) {
        served.add(t);
      }
      t.start();
    }
  }

  /** The socket the server listens on. */
  public Path socket() {
    return socket;
  }

  /** Waits until the server has been closed. */
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  /**
   * Why the server stopped by itself: the failure that broke its segment system (a redo log or
   * data set it could not write), after which it would refuse every request; empty while it runs
   * or when it was closed.
   */
  public Optional<Message> failure() {
    return Optional.ofNullable(failure.get());
  }

  /**
   * Stops the server because its system is broken (BWO236S), from a thread of its own: the
   * failing request's thread is still inside the system, whose close waits for it. A restart
   * replays the redo log, as after a crash, once what failed (a full disk) is mended.
   */
  private void stopBroken() {
    Message reason = system.brokenBy().orElseThrow().message();
    if (!failure.compareAndSet(null, Message.of(Msg.BWO236S, socket, reason.text()))) {
      return;
    }
    events.accept(failure.get());
    Thread t = new Thread(() -> {
      try {
        close();
      } catch (BwoException e) {
        events.accept(e.message());
      }
    }, "bwo-segment-server-stop");
    t.setDaemon(false);
    t.start();
  }

  /**
   * Stops listening, removes the socket, closes the segment system (thaw, sessions ended,
   * checkpoint) and disconnects the clients.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      listener.close();
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      events.accept(Message.of(Msg.BWO229E, socket, e.getMessage()));
    }
    try {
      system.close();
    } finally {
      for (ServerConnection c : connections) {
        try {
          c.close();
        } catch (IOException e) {
          events.accept(Message.of(Msg.BWO229E, socket, e.getMessage()));
        }
      }
      events.accept(Message.of(Msg.BWO230I, socket));
      stopped.countDown();
    }
  }

  private void accept() {
    int served = 0;
    while (!closed.get()) {
      SocketChannel client;
      try {
        client = listener.accept();
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        events.accept(Message.of(Msg.BWO229E, socket, e.getMessage()));
        continue;
      }
      if (!slots.tryAcquire()) {
        refuse(client);
        continue;
      }
      ServerConnection connection = new ServerConnection(client, system, wire);
      connections.add(connection);
      Thread t = new Thread(() -> {
        try {
          connection.run();
        } finally {
          connections.remove(connection);
          slots.release();
        }
      }, "bwo-segment-client-" + ++served);
      t.setDaemon(true);
      t.start();
    }
  }

  private void refuse(SocketChannel client) {
    try (client) {
      byte[] reply = wire.bytes(wire.error(Message.of(Msg.BWO218E,
          "THE SERVER ALREADY HAS " + MAX_CONNECTIONS + " CLIENTS")));
      byte[] line = Arrays.copyOf(reply, reply.length + 1);
      line[reply.length] = '\n';
      client.write(ByteBuffer.wrap(line));
    } catch (IOException e) {
      // The refused client is gone already: nothing more to tell it.
    }
  }

  private static void closeAfterFailedStart(
      Exception failure, ServerSocketChannel listener, EmbeddedSegmentSystem system) {
    try {
      if (listener != null) {
        listener.close();
      }
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
    system.close();
  }
}
