package io.bwo.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.copy.CopySession;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One client of the segment server: reads its requests one at a time, answers each, and when the
 * client goes (or dies), ends what it held: a freeze it took attached to the connection, and its
 * copy sessions. Runs on its own thread.
 */
final class ServerConnection implements Runnable {
  private final SocketChannel channel;
  private final EmbeddedSegmentSystem system;
  private final Wire wire;
  private final Set<String> sessions = new HashSet<>();
  /** Batches prepared here and not yet established: forgotten when the connection ends. */
  private final Set<String> batches = new HashSet<>();
  private FreezeLease attachedLease;

  ServerConnection(SocketChannel channel, EmbeddedSegmentSystem system, Wire wire) {
    this.channel = channel;
    this.system = system;
    this.wire = wire;
  }

  @Override
  public void run() {
    try (channel) {
      JsonLines lines = new JsonLines(Channels.newInputStream(channel),
          new BufferedOutputStream(Channels.newOutputStream(channel)), Wire.MAX_LINE_BYTES);
      for (JsonLines.Line line = lines.read(); line != null; line = lines.read()) {
        lines.write(wire.bytes(answer(line)));
      }
    } catch (IOException e) {
      // The client went away or the server is closing: either way the connection is over.
    } finally {
      if (attachedLease != null) {
        system.holderDisconnected(attachedLease);
      }
      for (String id : sessions) {
        system.abandonCopy(id);
      }
      batches.forEach(system::dropBatch);
    }
  }

  /** Ends the connection; its thread then lets go of what the client held. */
  void close() throws IOException {
    channel.close();
  }

  private ObjectNode answer(JsonLines.Line line) {
    try {
      if (line.tooLong()) {
        throw Wire.refused("A REQUEST IS AT MOST " + Wire.MAX_LINE_BYTES + " BYTES");
      }
      // Every answer says how often the log was forced: the copy's frequent calls (completeRange)
      // carry it to a dump in another process, which paces its writes by it.
      return wire.ok(perform(wire.parse(line.bytes()))).put(Wire.LOG_FORCES, system.logForces());
    } catch (BwoException e) {
      return wire.error(e.message());
    } catch (RuntimeException e) {
      // A value the request carried was invalid (a record refused it): the request fails.
      return wire.error(Message.of(Msg.BWO218E, String.valueOf(e.getMessage())));
    }
  }

  private JsonNode perform(ObjectNode request) {
    String op = Wire.text(request, "op");
    switch (op) {
      case "status":
        return wire.status(system.status());
      case "online":
        system.online(SegmentName.parse(Wire.text(request, "segment")));
        return NullNode.getInstance();
      case "offline":
        system.offline(SegmentName.parse(Wire.text(request, "segment")));
        return NullNode.getInstance();
      case "flush":
        system.flush();
        return NullNode.getInstance();
      case "prepareCopies":
        return prepare(dsns(request));
      case "establishBatch":
        String batch = ownBatch(Wire.text(request, "batch"));
        system.establishBatch(wire.lease(request.path("lease")), batch);
        batches.remove(batch);
        return NullNode.getInstance();
      case "freeze":
        return freeze(request);
      case "renew":
        long millis = Wire.number(request, "leaseMillis");
        if (millis <= 0) {
          throw Wire.refused("FIELD 'leaseMillis' MUST BE POSITIVE");
        }
        return wire.lease(
            system.renew(wire.lease(request.path("lease")), Duration.ofMillis(millis)));
      case "unfreeze":
        if (request.path("own").asBoolean(false)) {
          // The freeze this connection took, whose lease the server kept.
          if (attachedLease == null) {
            throw BwoException.of(Msg.BWO210E, "UNFREEZE", Wire.text(request, "holder"));
          }
          system.unfreeze(attachedLease);
        } else if (request.has("lease")) {
          system.unfreeze(wire.lease(request.get("lease")));
        } else {
          system.unfreeze(Wire.text(request, "holder"));
        }
        return NullNode.getInstance();
      case "readCi":
        return wire.binary(
            system.readCi(Wire.dsn(request, "dsn"), Wire.number(request, "ci")));
      case "commit":
        List<Update> updates = new ArrayList<>();
        for (JsonNode u : request.path("updates")) {
          updates.add(wire.update(u));
        }
        system.commit(updates);
        return NullNode.getInstance();
      case "establishCopy":
        CopySession s =
            system.establishCopy(wire.lease(request.path("lease")), Wire.dsn(request, "dsn"));
        sessions.add(s.id());
        return wire.session(s);
      case "establishCopies":
        return copies(system.establishCopies(wire.lease(request.path("lease")), dsns(request)));
      case "completeRange":
        long count = Wire.number(request, "count");
        if (count < 0 || count > Integer.MAX_VALUE) {
          throw Wire.refused("FIELD 'count' IS OUT OF RANGE");
        }
        return wire.preserved(system.completeRange(wire.session(request.path("session")),
            Wire.number(request, "firstCi"), (int) count));
      case "resetChanged":
        ArrayNode reset = wire.array();
        system.resetChanged(wire.lease(request.path("lease")), dsns(request))
            .forEach(d -> reset.add(d.name()));
        return reset;
      case "endCopy":
        CopySession ended = wire.session(request.path("session"));
        system.endCopy(ended);
        sessions.remove(ended.id());
        return NullNode.getInstance();
      default:
        throw Wire.refused("UNKNOWN OPERATION '" + op + "'");
    }
  }

  /** Prepares the sessions of {@code dsns}; they end with this connection unless ended before. */
  private JsonNode prepare(List<Dsn> dsns) {
    PreparedCopies prepared = system.prepareCopies(dsns);
    String batch = prepared.batch().orElseThrow();
    batches.add(batch);
    ObjectNode answer = wire.object();
    answer.put("batch", batch);
    answer.set("copies", copies(prepared.copies()));
    return answer;
  }

  /** {@code batch}, if this connection prepared it; BWO302E for another's, or an unknown one. */
  private String ownBatch(String batch) {
    if (!batches.contains(batch)) {
      throw BwoException.of(Msg.BWO302E, batch);
    }
    return batch;
  }

  /** One result per copy, in order; each session is this connection's until it ends. */
  private ArrayNode copies(List<EstablishedCopy> copies) {
    ArrayNode results = wire.array();
    for (EstablishedCopy e : copies) {
      if (e.session().isPresent()) {
        sessions.add(e.session().get().id());
        results.add(wire.ok(wire.session(e.session().get())));
      } else {
        results.add(wire.error(e.refusal().get()));
      }
    }
    return results;
  }

  private static List<Dsn> dsns(JsonNode request) {
    List<Dsn> names = new ArrayList<>();
    for (JsonNode n : request.path("dsns")) {
      names.add(Dsn.parse(n.asText()));
    }
    return names;
  }

  private JsonNode freeze(ObjectNode request) {
    long millis = Wire.number(request, "leaseMillis");
    if (millis <= 0) {
      throw Wire.refused("FIELD 'leaseMillis' MUST BE POSITIVE");
    }
    Optional<String> batch = request.has("batch")
        ? Optional.of(ownBatch(Wire.text(request, "batch"))) : Optional.empty();
    FreezeLease lease =
        system.freeze(Wire.text(request, "holder"), Duration.ofMillis(millis), batch);
    batch.ifPresent(batches::remove);
    // A detached freeze (an operator's) outlives the connection; any other ends with it.
    if (!request.path("detached").asBoolean(false)) {
      attachedLease = lease;
    }
    return wire.lease(lease);
  }
}
