package io.bwo.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.copy.CopySession;
import io.bwo.copy.PreservedCis;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The segment server's protocol, both ends: JSON documents, one per line ({@link JsonLines}).
 *
 * <p>A request is {@code {"op": NAME, ...fields}}; ops are status, online, offline, flush, freeze,
 * unfreeze, readCi, commit, prepareCopies (answered with a batch name and one session or error per
 * data set; a freeze that names the batch establishes it as it takes effect), establishBatch, establishCopy, establishCopies, completeRange, endCopy, resetChanged
 * (answered with the DSNs whose data-set-changed flag it reset). The reply is {@code {"ok":
 * true, "result": ..., "logForces": N}} (N: how often the server's redo log was forced so far,
 * {@link SegmentSystem#logForces}) or {@code {"ok": false, "error": {"id": "BWOnnnX", "args":
 * [...]}}}, the catalogued message the client raises again. Bytes are base64, times ISO-8601, durations
 * milliseconds. Anything malformed is a {@link Msg#BWO218E} reply.
 *
 * <p>Immutable and thread-safe.
 */
final class Wire {
  /** No request or reply line is longer: bounds a connection's memory. */
  static final int MAX_LINE_BYTES = 16 << 20;
  /** The field of a successful reply that carries the server's {@link SegmentSystem#logForces}. */
  static final String LOG_FORCES = "logForces";

  private final ObjectMapper json = new ObjectMapper();

  ObjectNode request(String op) {
    return json.createObjectNode().put("op", op);
  }

  byte[] bytes(JsonNode document) {
    try {
      return json.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  /** The JSON object in {@code line}; BWO218E if it is not one. */
  ObjectNode parse(byte[] line) {
    JsonNode n;
    try {
      n = json.readTree(line);
    } catch (JsonProcessingException e) {
      throw refused("MALFORMED JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw refused("MALFORMED JSON: " + e.getMessage());
    }
    if (n == null || !n.isObject()) {
      throw refused("A REQUEST IS A JSON OBJECT");
    }
    return (ObjectNode) n;
  }

  ObjectNode ok(JsonNode result) {
    ObjectNode reply = json.createObjectNode().put("ok", true);
    reply.set("result", result);
    return reply;
  }

  ArrayNode array() {
    return json.createArrayNode();
  }

  ObjectNode object() {
    return json.createObjectNode();
  }

  ObjectNode error(Message m) {
    ObjectNode reply = json.createObjectNode().put("ok", false);
    ObjectNode error = reply.putObject("error").put("id", m.id().id());
    ArrayNode args = error.putArray("args");
    m.args().forEach(args::add);
    return reply;
  }

  /**
   * The result of {@code reply}, or the error it carries raised as the same BwoException; a reply
   * the client cannot read is BWO219E about {@code socket}.
   */
  JsonNode result(JsonNode reply, Path socket) {
    if (reply.path("ok").asBoolean(false)) {
      return reply.path("result");
    }
    JsonNode error = reply.path("error");
    List<String> args = new ArrayList<>();
    error.path("args").forEach(a -> args.add(a.asText()));
    Message m;
    try {
      m = new Message(Msg.valueOf(error.path("id").asText()), args);
    } catch (IllegalArgumentException e) {
      throw BwoException.of(Msg.BWO219E, socket, "UNREADABLE REPLY " + reply);
    }
    throw new BwoException(m);
  }

  // ---- values ---------------------------------------------------------------------------------

  /**
   * A lease: its expiry as ISO-8601 text for people reading the traffic, and as numbers, which
   * the client reads inside the freeze window: parsing the text there cost a young JVM 0.3 ms.
   */
  JsonNode lease(FreezeLease l) {
    return json.createObjectNode()
        .put("holder", l.holder())
        .put("token", l.token())
        .put("expires", l.expires().toString())
        .put("expiresSecond", l.expires().getEpochSecond())
        .put("expiresNano", l.expires().getNano());
  }

  FreezeLease lease(JsonNode n) {
    JsonNode second = n.get("expiresSecond");
    Instant expires = second != null && second.canConvertToLong()
        ? Instant.ofEpochSecond(second.asLong(), n.path("expiresNano").asLong())
        : instant(n, "expires");
    return new FreezeLease(text(n, "holder"), text(n, "token"), expires);
  }

  JsonNode session(CopySession s) {
    return json.createObjectNode()
        .put("id", s.id())
        .put("dsn", s.dsn().name())
        .put("ciSize", s.ciSize())
        .put("cis", s.cis())
        .put("sideFile", s.sideFile().toString());
  }

  CopySession session(JsonNode n) {
    return new CopySession(text(n, "id"), dsn(n, "dsn"), (int) number(n, "ciSize"),
        number(n, "cis"), Path.of(text(n, "sideFile")));
  }

  JsonNode preserved(PreservedCis p) {
    ArrayNode images = json.createArrayNode();
    for (PreservedCis.Image i : p.images()) {
      images.addArray().add(i.ci()).add(i.sideFileOffset());
    }
    return images;
  }

  PreservedCis preserved(JsonNode n) {
    List<PreservedCis.Image> images = new ArrayList<>();
    for (JsonNode pair : n) {
      images.add(new PreservedCis.Image(pair.path(0).asLong(), pair.path(1).asLong()));
    }
    return new PreservedCis(images);
  }

  JsonNode status(SystemStatus s) {
    ObjectNode n = json.createObjectNode().put("state", s.state().name());
    ArrayNode segments = n.putArray("segments");
    for (SegmentDefinition d : s.segments()) {
      segments.addObject().put("name", d.name().name()).put("status", d.status().name());
    }
    s.lease().ifPresent(l -> n.putObject("lease")
        .put("holder", l.holder())
        .put("acquired", l.acquired().toString())
        .put("expires", l.expires().toString()));
    ArrayNode sessions = n.putArray("sessions");
    s.sessions().forEach(c -> sessions.add(session(c)));
    return n;
  }

  SystemStatus status(JsonNode n) {
    List<SegmentDefinition> segments = new ArrayList<>();
    for (JsonNode d : n.path("segments")) {
      segments.add(new SegmentDefinition(SegmentName.parse(text(d, "name")),
          SegmentStatus.valueOf(text(d, "status"))));
    }
    JsonNode l = n.path("lease");
    Optional<LeaseInfo> lease =
        l.isObject()
            ? Optional.of(
                new LeaseInfo(text(l, "holder"), instant(l, "acquired"), instant(l, "expires")))
            : Optional.empty();
    List<CopySession> sessions = new ArrayList<>();
    n.path("sessions").forEach(c -> sessions.add(session(c)));
    return new SystemStatus(SystemState.valueOf(text(n, "state")), segments, lease, sessions);
  }

  JsonNode update(Update u) {
    if (u instanceof Update.WriteCi w) {
      ObjectNode n = json.createObjectNode().put("type", "writeCi").put("dsn", w.dsn().name())
          .put("ci", w.ci());
      n.put("data", w.content());
      return n;
    }
    Update.AddLong a = (Update.AddLong) u;
    return json.createObjectNode().put("type", "addLong").put("dsn", a.dsn().name())
        .put("offset", a.offset()).put("delta", a.delta());
  }

  Update update(JsonNode n) {
    String type = text(n, "type");
    switch (type) {
      case "writeCi":
        return new Update.WriteCi(dsn(n, "dsn"), number(n, "ci"), binary(n, "data"));
      case "addLong":
        return new Update.AddLong(dsn(n, "dsn"), number(n, "offset"), number(n, "delta"));
      default:
        throw refused("UNKNOWN UPDATE TYPE '" + type + "'");
    }
  }

  JsonNode binary(byte[] b) {
    return json.getNodeFactory().binaryNode(b);
  }

  // ---- fields ---------------------------------------------------------------------------------

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw refused("FIELD '" + field + "' MUST BE A STRING");
    }
    return v.asText();
  }

  static long number(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
      throw refused("FIELD '" + field + "' MUST BE AN INTEGER");
    }
    return v.asLong();
  }

  static Dsn dsn(JsonNode n, String field) {
    return Dsn.parse(text(n, field));
  }

  static byte[] binary(JsonNode n, String field) {
    return decoded(text(n, field), "FIELD '" + field + "'");
  }

  /** The bytes of base64 node {@code n}. */
  static byte[] binary(JsonNode n) {
    if (!n.isTextual()) {
      throw refused("BYTES MUST BE BASE64");
    }
    return decoded(n.asText(), "BYTES");
  }

  private static byte[] decoded(String base64, String what) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw refused(what + " MUST BE BASE64");
    }
  }

  static Instant instant(JsonNode n, String field) {
    try {
      return Instant.parse(text(n, field));
    } catch (java.time.format.DateTimeParseException e) {
      throw refused("FIELD '" + field + "' MUST BE AN ISO-8601 INSTANT");
    }
  }

  static BwoException refused(String why) {
    return BwoException.of(Msg.BWO218E, why);
  }
}
