package io.bwo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bwo.catalog.Catalog;
import io.bwo.journal.AttemptHistory;
import io.bwo.journal.Leftover;
import io.bwo.journal.PhaseRecord;
import io.bwo.journal.RunId;
import io.bwo.journal.RunIds;
import io.bwo.journal.RunJournal;
import io.bwo.journal.RunStatus;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bwo status --run-id ID}: a run's attempts and phases from the journal, and an exit code a
 * scheduler's judgment job branches on: 0 succeeded, 4 running, 8 failed or abandoned, 12 unknown
 * run id, 16 the journal could not be read (see docs/run-journal.md).
 */
@Command(
    name = "status",
    description = "Show a run's attempts; exit 0 succeeded, 4 running, 8 failed or abandoned,"
        + " 12 unknown run id, 16 status not readable.",
    mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {
  /** The exit code when the status itself cannot be told: not any run state's code. */
  static final int UNREADABLE = 16;

  @Mixin CatalogOption catalog;
  @Spec CommandSpec spec;

  // arity 0..1: a judgment job whose RUNID symbol is still empty passes "--run-id" alone; that is
  // a run id that cannot be judged (16, with its message), not a usage error (2), which a
  // scheduler branching on 0/4/8/12/16 would not know.
  @Option(names = "--run-id", required = true, arity = "0..1", fallbackValue = "",
      paramLabel = "ID", description = "The run id.")
  String runId;

  @Option(names = "--json", description = "Print the status as one JSON document.")
  boolean json;

  @Override
  public Integer call() {
    RunStatus status;
    try {
      RunId id = RunIds.resolve(Optional.of(runId), Optional.empty(), Map.of()).orElseThrow().id();
      Path root = catalog.root();
      if (!Files.isDirectory(root)) {
        // Opening would create a catalog: a judgment job's typo must not leave one behind.
        throw BwoException.of(Msg.BWO107E, root, "NO SUCH DIRECTORY");
      }
      status = RunJournal.open(Catalog.open(root)).status(id);
    } catch (BwoException e) {
      // A bad id or an unreadable journal must not read as "failed" (8) to a judgment job.
      spec.commandLine().getErr().println(e.message());
      return UNREADABLE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(status));
    } else {
      printListing(status, out);
    }
    return status.exitCode();
  }

  private static void printListing(RunStatus s, PrintWriter out) {
    for (AttemptHistory a : s.attempts()) {
      out.printf("ATTEMPT %d  NODE %s  PID %d  SYSIN %s%n", a.number(),
          a.node().isEmpty() ? "?" : a.node(), a.pid(), a.sysinDigest().isEmpty() ? "?"
              : a.sysinDigest());
      for (PhaseRecord p : a.phases()) {
        out.printf("  %-24s %-9s %s%n", p.at(), p.phase(), p.detail());
      }
      a.dumps().forEach(d -> out.printf("  DUMP %s  %d BYTES  DIGEST %s%n", d.name(), d.size(),
          d.digest()));
      if (!a.succeeded()) {
        a.leftovers().forEach(l -> out.printf("  LEFTOVER %s%n", l));
      }
    }
    s.owner().ifPresent(o -> out.printf("OWNER ATTEMPT %d  NODE %s  PID %d  HEARTBEAT %s%s%n",
        o.attempt(), o.node(), o.pid(), o.heartbeat(), o.closed() ? "  CLOSED" : ""));
    for (Message w : s.warnings()) {
      out.println(w);
    }
    out.println(s.summary());
  }

  private static final TypeReference<List<Leftover>> LEFTOVERS = new TypeReference<>() {};

  private static String toJson(RunStatus s) {
    try {
      return tree(s);
    } catch (JsonProcessingException e) {
      // Strings, numbers and records of them always serialise.
      throw new IllegalStateException(e);
    }
  }

  private static String tree(RunStatus s) throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("runId", s.runId().value());
    root.put("state", s.state().name());
    root.put("exitCode", s.exitCode());
    root.put("summary", s.summary().toString());
    ArrayNode attempts = root.putArray("attempts");
    for (AttemptHistory a : s.attempts()) {
      ObjectNode n = attempts.addObject();
      n.put("number", a.number());
      n.put("node", a.node());
      n.put("pid", a.pid());
      n.put("sysinDigest", a.sysinDigest());
      n.put("ending", a.ending().map(Enum::name).orElse(null));
      n.set("phases", mapper.valueToTree(a.phases()));
      // Written for the declared element type, so that each leftover carries its "type".
      n.set("leftovers", mapper.readTree(mapper.writerFor(LEFTOVERS).writeValueAsString(
          a.leftovers())));
      // "dump" stays the last dump or null, as scripts written before "dumps" read it.
      n.set("dump", a.dump().<JsonNode>map(mapper::valueToTree).orElse(mapper.nullNode()));
      n.set("dumps", mapper.valueToTree(a.dumps()));
      n.set("damagedLines", mapper.valueToTree(a.damagedLines()));
    }
    root.set("owner", s.owner().<JsonNode>map(mapper::valueToTree).orElse(mapper.nullNode()));
    ArrayNode warnings = root.putArray("warnings");
    s.warnings().forEach(w -> warnings.add(w.toString()));
    return mapper.writeValueAsString(root);
  }
}
