package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.message.BwoException;
import io.bwo.segment.SegmentClient;
import io.bwo.segment.SegmentServer;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import io.bwo.segment.SystemState;
import io.bwo.segment.Update;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bwo segment ...}, embedded and against a server. */
class SegmentCommandTest {
  @TempDir Path root;
  private Catalog catalog;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeEach
  void world() {
    catalog = Catalog.open(root);
    for (String seg : List.of("SEGA", "SEGB")) {
      catalog.define(CatalogEntry.linear(Dsn.parse("APP." + seg), SegmentName.parse(seg), 4096,
          4, true, Instant.parse("2025-01-01T00:00:00Z")));
    }
  }

  @Test
  void statusOnlineAndOfflineRunEmbeddedWithoutAServer() {
    assertThat(run("segment", "online", "sega", "SEGB")).isZero();
    assertThat(out.toString().lines())
        .containsExactly("BWO209I SEGMENT SEGA IS ONLINE", "BWO209I SEGMENT SEGB IS ONLINE");
    assertThat(run("segment", "offline", "SEGB")).isZero();

    assertThat(run("segment", "status")).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "SEGMENT SYSTEM OF " + root + ": RUNNING (EMBEDDED)",
        "SEGMENT   STATUS",
        "SEGA      ONLINE",
        "SEGB      OFFLINE",
        "COPY SESSIONS: 0");
    assertThat(run("segment", "online", "NOSUCH")).isEqualTo(8);
    assertThat(err.toString()).startsWith("BWO109E SEGMENT NOSUCH IS NOT DEFINED");
  }

  @Test
  void freezeWithoutAServerIsRefused() {
    assertThat(run("segment", "freeze", "--lease", "10")).isEqualTo(8);
    assertThat(err.toString()).startsWith("BWO217E NO SEGMENT SERVER ANSWERS ON");
    assertThat(run("segment", "unfreeze")).isEqualTo(8);
  }

  @Test
  void operatorFreezeHoldsUntilItsHolderUnfreezes() {
    try (SegmentServer server = SegmentServer.start(catalog, Clock.systemUTC(), m -> {})) {
      assertThat(run("segment", "freeze", "--lease", "120", "--holder", "OPS")).isZero();
      assertThat(out.toString()).startsWith("BWO231I THE SYSTEM IS FROZEN BY OPS UNTIL ");

      assertThat(run("segment", "status")).isZero();
      assertThat(out.toString().lines().toList().get(0))
          .isEqualTo("SEGMENT SYSTEM OF " + root + ": FROZEN (SERVER ON " + server.socket() + ")");
      assertThat(out.toString().lines().toList().get(1)).startsWith("FROZEN BY OPS SINCE ");

      assertThat(run("segment", "unfreeze", "--holder", "SOMEONE")).isEqualTo(8);
      assertThat(err.toString()).startsWith("BWO206E UNFREEZE REFUSED: THE FREEZE IS HELD BY OPS");
      assertThat(run("segment", "unfreeze", "--holder", "OPS")).isZero();
      assertThat(out.toString()).isEqualTo("BWO232I THE SYSTEM IS THAWED: UNFREEZE BY OPS\n");
    }
  }

  @Test
  void serveStopsCleanlyOnSigterm(@TempDir Path logs) throws Exception {
    Path log = logs.resolve("serve.out");
    Process serve = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            Main.class.getName(), "segment", "serve", "--catalog", root.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    started.add(serve);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.readString(log).contains("BWO220I")) {
      assertThat(System.nanoTime()).as(Files.readString(log)).isLessThan(deadline);
      assertThat(serve.isAlive()).as(Files.readString(log)).isTrue();
      Thread.sleep(20);
    }
    try (SegmentClient client = SegmentSystems.server(catalog).orElseThrow()) {
      client.freeze("DUMP", Duration.ofMinutes(5));
      assertThat(client.status().state()).isEqualTo(SystemState.FROZEN);
      serve.destroy(); // SIGTERM
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(serve.exitValue()).as(Files.readString(log)).isZero();
    assertThat(Files.readAllLines(log)).anyMatch(l -> l.contains(" BWO228W "))
        .anyMatch(l -> l.contains(" BWO201I "))
        .anyMatch(l -> l.contains(" BWO230I "));
    assertThat(SegmentSystems.socket(catalog)).doesNotExist();
    assertThat(run("segment", "status")).isZero();
    assertThat(out.toString()).contains(": RUNNING (EMBEDDED)");
  }

  @Test
  void serveWaitsForABatchJobThatRunsTheCatalogEmbeddedThenStarts(@TempDir Path logs)
      throws Exception {
    Path log = logs.resolve("serve.out");
    Process serve;
    // A job that found no server runs the segment system in its own process.
    try (SegmentSystem job = SegmentSystems.connect(catalog, Clock.systemUTC())) {
      assertThat(job).isNotInstanceOf(SegmentClient.class);
      serve = serve(log);
      awaitLine(serve, log, "BWO234I");
      assertThat(serve.isAlive()).isTrue();
      assertThat(Files.readString(log)).doesNotContain("BWO220I");
    }
    awaitLine(serve, log, "BWO220I");
    try (SegmentClient client = SegmentSystems.server(catalog).orElseThrow()) {
      assertThat(client.status().state()).isEqualTo(SystemState.RUNNING);
    }
    serve.destroy();
    assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(serve.exitValue()).as(Files.readString(log)).isZero();
  }

  @Test
  void serveWithNoWaitIsRefusedTheCatalogAJobRunsEmbedded(@TempDir Path logs) throws Exception {
    String text = serveRefusedWhileAJobRunsEmbedded(logs.resolve("serve.out"), "0");
    assertThat(text).contains("BWO216E").doesNotContain("BWO234I");
  }

  @Test
  void serveGivesUpWhenTheJobOutlastsItsWait(@TempDir Path logs) throws Exception {
    String text = serveRefusedWhileAJobRunsEmbedded(logs.resolve("serve.out"), "1");
    assertThat(text).contains("BWO234I", "WAITS AT MOST 1 S", "BWO216E");
    assertThat(text.indexOf("BWO216E")).isGreaterThan(text.indexOf("BWO234I"));
  }

  /**
   * Starts a server with {@code --wait seconds} while this process runs the catalog's system
   * embedded, as a job that found no server; checks it ends with 8, and returns what it said.
   */
  private String serveRefusedWhileAJobRunsEmbedded(Path log, String seconds) throws Exception {
    try (SegmentSystem job = SegmentSystems.connect(catalog, Clock.systemUTC())) {
      assertThat(job).isNotInstanceOf(SegmentClient.class);
      Process serve = serve(log, "--wait", seconds);
      assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(serve.exitValue()).isEqualTo(8);
      return Files.readString(log);
    }
  }

  @Test
  void aJobThatLooksWhileTheServerStartsWaitsForItInsteadOfFailing(@TempDir Path logs)
      throws Exception {
    Path log = logs.resolve("serve.out");
    Path lock = catalog.runtimeDir().resolve("segment.lock");
    Process serve = serve(log);
    try {
      // The server holds the catalog from the moment it opens it; it answers only once its redo
      // log is replayed and its freeze rehearsed.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.exists(lock) || !Files.readString(lock).startsWith("SERVER ON")) {
        assertThat(System.nanoTime()).as(Files.readString(log)).isLessThan(deadline);
        assertThat(serve.isAlive()).as(Files.readString(log)).isTrue();
        Thread.sleep(2);
      }
      try (SegmentSystem job = SegmentSystems.connect(catalog, Clock.systemUTC())) {
        assertThat(job).isInstanceOf(SegmentClient.class);
      }
    } finally {
      serve.destroy();
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aServerWhoseSystemBreaksStopsWithItsReasonInsteadOfRefusingEverything(@TempDir Path logs)
      throws Exception {
    Path log = logs.resolve("serve.out");
    assertThat(run("segment", "online", "SEGA")).isZero();
    // Dumped with RESET since its last change: its next change must set its flag.
    catalog.put(catalog.get(Dsn.parse("APP.SEGA")).withChanged(false));
    Process serve = serve(log);
    awaitLine(serve, log, "BWO220I");
    // The catalog entry's temporary file cannot be written (as on a full disk): a directory that
    // is not empty holds its name.
    Path blocker = root.resolve("catalog").resolve("APP.SEGA.json.tmp");
    Files.createDirectories(blocker.resolve("x"));
    try (SegmentClient client = SegmentSystems.server(catalog).orElseThrow()) {
      assertThatThrownBy(() -> client.commit(List.of(new Update.AddLong(Dsn.parse("APP.SEGA"),
          0, 1)))).isInstanceOf(BwoException.class);
    }
    assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as(Files.readString(log)).isTrue();
    assertThat(serve.exitValue()).isEqualTo(12);
    assertThat(Files.readString(log)).contains("BWO227S", "BWO236S", "BWO230I");
    assertThat(SegmentSystems.socket(catalog)).doesNotExist();
    // Mended, the next start replays the redo log: the transfer is there, its data set flagged.
    Files.delete(blocker.resolve("x"));
    Files.delete(blocker);
    try (SegmentSystem restarted = SegmentSystems.connect(catalog, Clock.systemUTC())) {
      assertThat(restarted).isNotInstanceOf(SegmentClient.class);
      assertThat(Catalog.open(root).get(Dsn.parse("APP.SEGA")).changed()).isTrue();
    }
  }

  private Process serve(Path log, String... options) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "segment", "serve", "--catalog", root.toString()));
    command.addAll(List.of(options));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    started.add(p);
    return p;
  }

  /** Every server a test started: one a failed assertion left running is ended here. */
  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopServersLeftRunning() {
    started.forEach(Process::destroyForcibly);
  }

  private static void awaitLine(Process p, Path log, String id) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.readString(log).contains(id)) {
      assertThat(System.nanoTime()).as(Files.readString(log)).isLessThan(deadline);
      assertThat(p.isAlive()).as(Files.readString(log)).isTrue();
      Thread.sleep(20);
    }
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(prepend(args));
  }

  private String[] prepend(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--catalog");
    all.add(root.toString());
    return all.toArray(String[]::new);
  }
}
