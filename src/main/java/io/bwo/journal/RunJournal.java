package io.bwo.journal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bwo.catalog.AtomicWrite;
import io.bwo.catalog.Catalog;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The run journal of a catalog: for each run id, its attempts and their phases, kept in the
 * catalog root ({@code <catalog>/.bwo/journal/<runid>/}) so that it fails over with the data.
 *
 * <p>A run's folder holds {@code lock} (the OS lock an attempt holds while it runs), {@code
 * owner.json} (node, pid and heartbeat of the newest attempt) and one {@code
 * attempt-NNNNNN.jsonl} per attempt, the newest {@link JournalPolicy#keepAttempts} kept. See
 * docs/run-journal.md for the format and the rules.
 *
 * <p>Thread-safe: it holds no state of its own between calls.
 */
public final class RunJournal {
  static final String LOCK = "lock";
  static final String OWNER = "owner.json";
  static final String NODE_ENV = "BWO_NODE";

  private final Path root;
  private final Clock clock;
  private final Sleeper sleeper;
  private final JournalPolicy policy;
  private final String localNode;
  private final ObjectMapper json;

  RunJournal(Path root, Clock clock, Sleeper sleeper, JournalPolicy policy, String localNode) {
    this.root = root;
    this.clock = clock;
    this.sleeper = sleeper;
    this.policy = policy;
    this.localNode = localNode;
    this.json = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** The journal of {@code catalog}, with the default timings; creates nothing until a begin. */
  public static RunJournal open(Catalog catalog) {
    return new RunJournal(catalog.runtimeDir().resolve("journal"), Clock.systemUTC(),
        Sleeper.REAL, JournalPolicy.DEFAULT, localNode());
  }

  /** This node's name for the journal: {@code $BWO_NODE} if set, else the host name. */
  public static String localNode() {
    String env = System.getenv(NODE_ENV);
    if (env != null && !env.isBlank()) {
      return env.trim();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  /** The journal's folder. */
  public Path root() {
    return root;
  }

  /**
   * Starts an attempt of run {@code id} on {@code node} for a SYSIN whose digest is {@code
   * sysinDigest}: takes the run's lock, reads what the last attempt ended as, and, unless the run
   * already succeeded, records STARTED (with the last attempt's leftovers) durably.
   *
   * <p>Refused with BWO603E while another attempt of the run holds the lock, or while another
   * node's unfinished attempt has a heartbeat younger than the stale limit and keeps refreshing it
   * (a heartbeat that stops is waited out, then the run is taken over). Refused with BWO608E when
   * the run already succeeded with another SYSIN.
   */
  public Attempt begin(RunId id, String node, String sysinDigest) {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(sysinDigest, "sysinDigest");
    Path dir = runDir(id);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO609E, dir, e.getMessage());
    }
    RunLock lock = RunLock.tryAcquire(dir.resolve(LOCK), clock, sleeper, policy)
        .orElseThrow(() -> running(id, dir));
    boolean handedOver = false;
    try {
      History history = waitOutOtherNode(id, dir, node);
      PriorOutcome prior = history.prior();
      Attempt attempt;
      if (prior instanceof PriorOutcome.Succeeded s) {
        String before = history.succeeded().orElseThrow().sysinDigest();
        if (!before.isEmpty() && !before.equals(sysinDigest)) {
          throw BwoException.of(Msg.BWO608E, id, before, sysinDigest);
        }
        attempt = Attempt.afterSuccess(id, s, history.warnings(), lock, clock);
      } else {
        attempt = start(id, dir, node, sysinDigest, history, prior, lock);
      }
      handedOver = true;
      return attempt;
    } finally {
      if (!handedOver) {
        lock.close();
      }
    }
  }

  /** The state and history of run {@code id}, without changing anything. */
  public RunStatus status(RunId id) {
    Path dir = runDir(id);
    History history = History.read(dir, json);
    Optional<Owner> owner = readOwner(dir);
    boolean locked = RunLock.isHeld(dir.resolve(LOCK), clock, sleeper, policy);
    RunState state;
    if (history.succeeded().isPresent()) {
      state = RunState.SUCCEEDED;
    } else if (locked || owner.filter(o -> heldElsewhere(o, history, localNode)).isPresent()) {
      state = RunState.RUNNING;
    } else if (history.isEmpty()) {
      state = RunState.UNKNOWN;
    } else if (history.last().orElseThrow().ending().isPresent()) {
      state = RunState.FAILED;
    } else {
      state = RunState.ABANDONED;
    }
    return new RunStatus(id, state, history.attempts(), owner, history.warnings(),
        root.toString());
  }

  private Attempt start(RunId id, Path dir, String node, String sysinDigest, History history,
      PriorOutcome prior, RunLock lock) {
    int n = history.lastNumber() + 1;
    prune(dir, history, n);
    Instant now = clock.instant();
    long pid = ProcessHandle.current().pid();
    Owner owner = new Owner(n, node, pid, now, now, false);
    // The owner record first: another node judging the run must see this attempt even before
    // its file exists.
    writeOwner(dir, owner);
    AttemptFile file = AttemptFile.create(dir.resolve(History.fileName(n)), json);
    List<Leftover> inherited =
        prior instanceof PriorOutcome.Unfinished u ? u.leftovers() : List.of();
    try {
      file.append(JournalLine.started(now, n, node, pid, sysinDigest, inherited));
    } catch (BwoException e) {
      file.close();
      throw e;
    }
    return Attempt.running(id, n, prior, history.warnings(), lock, file, owner, clock,
        o -> writeOwner(dir, o), policy.heartbeatEvery());
  }

  /**
   * The failover rule. This node's lock cannot see another node's attempt, so an unfinished
   * attempt of another node whose owner record is open and whose heartbeat is fresh is taken to
   * be alive. Its heartbeat is watched: if it moves, the attempt is alive and the run is refused
   * (BWO603E); once it is older than the stale limit, the node is taken to be dead and the run is
   * taken over. Returns the run's history as it stands after the wait.
   */
  private History waitOutOtherNode(RunId id, Path dir, String node) {
    History history = History.read(dir, json);
    Optional<Owner> seen = readOwner(dir);
    while (seen.isPresent() && heldElsewhere(seen.get(), history, node)) {
      pause(dir);
      History current = History.read(dir, json);
      Optional<Owner> now = readOwner(dir);
      if (!now.equals(seen) && now.filter(o -> heldElsewhere(o, current, node)).isPresent()) {
        throw running(id, dir);
      }
      history = current;
      seen = now;
    }
    return history;
  }

  /** True when {@code o} is an open, unfinished attempt of a node other than {@code node}. */
  private boolean heldElsewhere(Owner o, History history, String node) {
    return !o.closed()
        && !o.node().equals(node)
        && !history.ended(o.attempt())
        && o.age(clock.instant()).compareTo(policy.staleAfter()) < 0;
  }

  private void pause(Path dir) {
    try {
      sleeper.sleep(policy.leasePoll());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BwoException.of(Msg.BWO609E, dir, "INTERRUPTED WHILE WAITING FOR ANOTHER NODE");
    }
  }

  private BwoException running(RunId id, Path dir) {
    Optional<Owner> o = readOwner(dir);
    return BwoException.of(Msg.BWO603E, id,
        o.map(x -> String.valueOf(x.attempt())).orElse("?"),
        o.map(Owner::node).orElse("?"),
        o.map(x -> String.valueOf(x.pid())).orElse("?"),
        o.map(x -> x.heartbeat().toString()).orElse("?"));
  }

  /** Deletes the attempt files that fall out of the newest {@code keepAttempts} with {@code n}. */
  private void prune(Path dir, History history, int n) {
    for (AttemptHistory a : history.attempts()) {
      if (a.number() <= n - policy.keepAttempts()) {
        try {
          Files.deleteIfExists(dir.resolve(History.fileName(a.number())));
        } catch (IOException e) {
          throw BwoException.of(Msg.BWO609E, dir, e.getMessage());
        }
      }
    }
  }

  private Optional<Owner> readOwner(Path dir) {
    Path p = dir.resolve(OWNER);
    if (!Files.exists(p)) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(p);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO609E, p, e.getMessage());
    }
    try {
      return Optional.of(json.readValue(bytes, Owner.class));
    } catch (IOException e) {
      // It is replaced atomically, so only a foreign hand garbles it: there is no owner to honour.
      return Optional.empty();
    }
  }

  private void writeOwner(Path dir, Owner o) {
    Path p = dir.resolve(OWNER);
    try {
      AtomicWrite.replace(p, json.writeValueAsBytes(o));
    } catch (IOException | UncheckedIOException e) {
      throw BwoException.of(Msg.BWO609E, p, e.getMessage());
    }
  }

  private Path runDir(RunId id) {
    return root.resolve(id.value());
  }
}
