package io.bwo.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.copy.CopySession;
import io.bwo.copy.PreservedCis;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;

/**
 * The segment system of a server, reached over its socket ({@link SegmentServer}).
 *
 * <p>Calls from many threads share a pool of connections. FREEZE, UNFREEZE and the copy sessions go
 * over one owner connection of their own: the server ends the freeze this client took (unless it
 * was detached) and its copy sessions when that connection closes, because the client closed or
 * died. Thread-safe.
 */
public final class SegmentClient implements SegmentSystem {
  /** Connections one client opens at most for concurrent calls. */
  static final int MAX_CONNECTIONS = 16;

  /** One connection and its framing. */
  private record Connection(SocketChannel channel, JsonLines lines) {}

  /**
   * FREEZE and UNFREEZE serialised before the window, for these arguments: in a young JVM,
   * building and serialising a request (the lease's ISO-8601 expiry above all) costs a fraction
   * of a millisecond each, inside the window.
   */
  private record PreparedFreeze(String holder, Duration lease, PreparedCopies copies,
      byte[] freeze, byte[] unfreeze) {
    boolean isFor(String h, Duration l, PreparedCopies c) {
      return copies == c && holder.equals(h) && lease.equals(l);
    }
  }

  private final Path socket;
  private final Wire wire = new Wire();
  private final Semaphore permits = new Semaphore(MAX_CONNECTIONS);
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();
  private final Object ownerLock = new Object();
  private Connection owner;
  private volatile boolean closed;
  /** The freeze taken with a prepared request over the owner connection, and its UNFREEZE. */
  private record OwnFreeze(FreezeLease lease, byte[] unfreeze) {}

  private volatile PreparedFreeze preparedFreeze;
  private volatile OwnFreeze own;
  /** The server's log forces as its latest reply over a pooled connection gave them. */
  private volatile long logForces;

  private SegmentClient(Path socket) {
    this.socket = socket;
    // The freeze lease travels as ISO-8601 text, read and written three times inside a dump's
    // freeze window; their first use in a young JVM costs milliseconds, paid here instead.
    Instant.parse(Instant.EPOCH.toString());
  }

  /** A client of the server on {@code socket}, or empty if no server answers there. */
  static Optional<SegmentClient> connect(Path socket) {
    SegmentClient client = new SegmentClient(socket);
    try {
      client.idle.push(client.openConnection());
      return Optional.of(client);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether a server answers on {@code socket}. */
  static boolean answers(Path socket) {
    try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      probe.connect(UnixDomainSocketAddress.of(socket));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The server's socket. */
  public Path socket() {
    return socket;
  }

  @Override
  public SystemStatus status() {
    return wire.status(call(wire.request("status")));
  }

  @Override
  public void online(SegmentName s) {
    call(wire.request("online").put("segment", s.name()));
  }

  @Override
  public void offline(SegmentName s) {
    call(wire.request("offline").put("segment", s.name()));
  }

  @Override
  public void flush() {
    call(wire.request("flush"));
  }

  @Override
  public PreparedCopies prepareCopies(List<Dsn> dsns) {
    ObjectNode request = withDsns(wire.request("prepareCopies"), dsns);
    // An owner's call: the prepared sessions belong to this connection and end with it.
    JsonNode prepared = ownerCall(request);
    return new PreparedCopies(Optional.of(Wire.text(prepared, "batch")), dsns,
        copies(prepared.path("copies"), dsns));
  }

  @Override
  public List<EstablishedCopy> establishCopies(FreezeLease lease, PreparedCopies prepared) {
    if (prepared.batch().isEmpty()) {
      return establishCopies(lease, prepared.dsns());
    }
    ownerCall(wire.request("establishBatch").put("batch", prepared.batch().get())
        .set("lease", wire.lease(lease)));
    return prepared.copies();
  }

  @Override
  public FreezeLease freeze(String holder, Duration lease) {
    return wire.lease(ownerCall(freezeRequest(holder, lease, false)));
  }

  /** Serialises the FREEZE of {@code prepared} now, while the applications still run. */
  @Override
  public void prepareFreeze(String holder, Duration lease, PreparedCopies prepared) {
    prepared.batch().ifPresent(b -> preparedFreeze = new PreparedFreeze(holder, lease, prepared,
        wire.bytes(freezeRequest(holder, lease, false).put("batch", b)),
        // The server unfreezes the freeze this connection took; the holder is for its messages.
        wire.bytes(wire.request("unfreeze").put("own", true).put("holder", holder))));
    prepared.batch().ifPresent(b -> rehearseReplies(holder, lease, prepared));
  }

  /**
   * Reads a FREEZE reply and an UNFREEZE reply made here, of the same shape as the server's. A
   * young JVM runs the code that reads them for the first time inside the window otherwise: the
   * lease's fields, its classes and those of the result, about 0.5 ms of a 2-4 ms window here.
   */
  private void rehearseReplies(String holder, Duration lease, PreparedCopies prepared) {
    FreezeLease l = wire.lease(wire.result(wire.parse(wire.bytes(wire.ok(wire.lease(
        new FreezeLease(holder, "REHEARSAL", Instant.now().plus(lease)))))), socket));
    new FrozenCopies(new OwnFreeze(l, new byte[0]).lease(), prepared.copies());
    wire.result(wire.parse(wire.bytes(wire.ok(NullNode.getInstance()))), socket);
  }

  @Override
  public FrozenCopies freeze(String holder, Duration lease, PreparedCopies prepared) {
    if (prepared.batch().isEmpty()) {
      return SegmentSystem.super.freeze(holder, lease, prepared);
    }
    PreparedFreeze ready = preparedFreeze;
    preparedFreeze = null;
    if (ready == null || !ready.isFor(holder, lease, prepared)) {
      return new FrozenCopies(wire.lease(ownerCall(freezeRequest(holder, lease, false)
          .put("batch", prepared.batch().get()))), prepared.copies());
    }
    FreezeLease l = wire.lease(ownerCall(ready.freeze()));
    own = new OwnFreeze(l, ready.unfreeze());
    return new FrozenCopies(l, prepared.copies());
  }

  /**
   * FREEZE by an operator: as {@link #freeze}, but the freeze outlives this client; it ends by
   * {@link #unfreeze(String)} or when its lease runs out.
   */
  public FreezeLease freezeDetached(String holder, Duration lease) {
    return wire.lease(call(freezeRequest(holder, lease, true)));
  }

  @Override
  public FreezeLease renew(FreezeLease lease, Duration extension) {
    return wire.lease(ownerCall(wire.request("renew").put("leaseMillis", extension.toMillis())
        .set("lease", wire.lease(lease))));
  }

  @Override
  public void unfreeze(FreezeLease lease) {
    OwnFreeze mine = own;
    if (mine != null && mine.lease() == lease) {
      own = null;
      ownerCall(mine.unfreeze());
      return;
    }
    ownerCall(wire.request("unfreeze").set("lease", wire.lease(lease)));
  }

  @Override
  public void unfreeze(String holder) {
    call(wire.request("unfreeze").put("holder", holder));
  }

  @Override
  public byte[] readCi(Dsn dsn, long ci) {
    return Wire.binary(call(wire.request("readCi").put("dsn", dsn.name()).put("ci", ci)));
  }

  @Override
  public void commit(List<Update> updates) {
    ObjectNode request = wire.request("commit");
    ArrayNode list = request.putArray("updates");
    updates.forEach(u -> list.add(wire.update(u)));
    call(request);
  }

  @Override
  public CopySession establishCopy(FreezeLease lease, Dsn dsn) {
    return wire.session(ownerCall(
        wire.request("establishCopy").put("dsn", dsn.name()).set("lease", wire.lease(lease))));
  }

  @Override
  public List<EstablishedCopy> establishCopies(FreezeLease lease, List<Dsn> dsns) {
    ObjectNode request = withDsns(wire.request("establishCopies"), dsns);
    request.set("lease", wire.lease(lease));
    return copies(ownerCall(request), dsns);
  }

  @Override
  public List<Dsn> resetChanged(FreezeLease lease, List<Dsn> dsns) {
    ObjectNode request = withDsns(wire.request("resetChanged"), dsns);
    request.set("lease", wire.lease(lease));
    List<Dsn> reset = new ArrayList<>();
    for (JsonNode n : call(request)) {
      reset.add(Dsn.parse(n.asText()));
    }
    return reset;
  }

  private static ObjectNode withDsns(ObjectNode request, List<Dsn> dsns) {
    ArrayNode names = request.putArray("dsns");
    dsns.forEach(d -> names.add(d.name()));
    return request;
  }

  /** One session or refusal per data set of {@code dsns}, as the server answered in order. */
  private List<EstablishedCopy> copies(JsonNode results, List<Dsn> dsns) {
    if (results.size() != dsns.size()) {
      throw BwoException.of(Msg.BWO219E, socket(), "ANSWERED " + results.size() + " OF "
          + dsns.size() + " SESSIONS");
    }
    List<EstablishedCopy> out = new ArrayList<>(dsns.size());
    for (int i = 0; i < dsns.size(); i++) {
      try {
        out.add(EstablishedCopy.of(wire.session(wire.result(results.get(i), socket()))));
      } catch (BwoException e) {
        out.add(EstablishedCopy.refused(dsns.get(i), e.message()));
      }
    }
    return out;
  }

  /**
   * The server's log forces as of its latest reply: a copy asks the server what was preserved for
   * every few MiB it reads ({@link #completeRange}), so while a dump copies this is at most that
   * old. 0 before any reply, and from a server that does not say.
   */
  @Override
  public long logForces() {
    return logForces;
  }

  @Override
  public PreservedCis completeRange(CopySession session, long firstCi, int count) {
    return wire.preserved(call(wire.request("completeRange")
        .put("firstCi", firstCi).put("count", count).set("session", wire.session(session))));
  }

  @Override
  public void endCopy(CopySession session) {
    ownerCall(wire.request("endCopy").set("session", wire.session(session)));
  }

  /** Disconnects: the server ends this client's attached freeze and its copy sessions. */
  @Override
  public void close() {
    closed = true;
    synchronized (ownerLock) {
      owner = null;
    }
    for (Connection c : open) {
      discard(c);
    }
    idle.clear();
  }

  private ObjectNode freezeRequest(String holder, Duration lease, boolean detached) {
    return wire.request("freeze")
        .put("holder", holder)
        .put("leaseMillis", lease.toMillis())
        .put("detached", detached);
  }

  /** A call over a pooled connection. */
  private JsonNode call(ObjectNode request) {
    requireOpen();
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BwoException.of(Msg.BWO222E, "A CONNECTION TO " + socket);
    }
    Connection c = idle.poll();
    try {
      if (c == null) {
        c = openConnection();
      }
      JsonNode reply = exchange(c, wire.bytes(request));
      idle.push(c);
      c = null;
      JsonNode forces = reply.path(Wire.LOG_FORCES);
      if (forces.canConvertToLong()) {
        logForces = forces.asLong();
      }
      return wire.result(reply, socket);
    } catch (IOException e) {
      throw new BwoException(Message.of(Msg.BWO219E, socket, e.toString()), e);
    } finally {
      if (c != null) {
        discard(c);
      }
      permits.release();
    }
  }

  /** A call over the owner connection, which carries this client's freeze and sessions. */
  private JsonNode ownerCall(ObjectNode request) {
    return ownerCall(wire.bytes(request));
  }

  private JsonNode ownerCall(byte[] request) {
    synchronized (ownerLock) {
      requireOpen();
      try {
        if (owner == null) {
          owner = openConnection();
        }
        return wire.result(exchange(owner, request), socket);
      } catch (IOException e) {
        discard(owner);
        owner = null;
        throw new BwoException(Message.of(Msg.BWO219E, socket, e.toString()), e);
      }
    }
  }

  private JsonNode exchange(Connection c, byte[] request) throws IOException {
    c.lines().write(request);
    JsonLines.Line line = c.lines().read();
    if (line == null) {
      throw new EOFException("the server closed the connection");
    }
    if (line.tooLong()) {
      throw new IOException("a reply longer than " + Wire.MAX_LINE_BYTES + " bytes");
    }
    try {
      return wire.parse(line.bytes());
    } catch (BwoException e) {
      throw new IOException("an unreadable reply: " + e.message().text(), e);
    }
  }

  private Connection openConnection() throws IOException {
    SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      ch.connect(UnixDomainSocketAddress.of(socket));
    } catch (IOException e) {
      ch.close();
      throw e;
    }
    Connection c = new Connection(ch, new JsonLines(Channels.newInputStream(ch),
        new BufferedOutputStream(Channels.newOutputStream(ch)), Wire.MAX_LINE_BYTES));
    open.add(c);
    if (closed) {
      discard(c);
      requireOpen();
    }
    return c;
  }

  private void discard(Connection c) {
    if (c == null) {
      return;
    }
    open.remove(c);
    try {
      c.channel().close();
    } catch (IOException e) {
      // Closing a socket that failed already: there is nothing left to release.
    }
  }

  private void requireOpen() {
    if (closed) {
      throw BwoException.of(Msg.BWO219E, socket, "THIS CLIENT IS CLOSED");
    }
  }
}
