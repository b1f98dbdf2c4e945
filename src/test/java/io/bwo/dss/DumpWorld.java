package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.dump.DumpEvent;
import io.bwo.dump.DumpReader;
import io.bwo.message.Message;
import io.bwo.segment.SegmentServer;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import io.bwo.segment.SystemState;
import io.bwo.segment.SystemStatus;
import io.bwo.segment.Update;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A world for the dump step's tests, in a temporary directory: a catalog whose data sets belong
 * to segments (all ONLINE unless a test says otherwise), its segment system (embedded in this
 * process, or a server that the step and the applications reach through their own connections),
 * the step's view of it through a {@link RecordingSegmentSystem}, a {@link FakePlatform} whose DD
 * TAPE is the file {@code dump.bwo}, and the means to run {@code bwo dss} over it and to read what
 * it dumped.
 *
 * <p>Data sets hold 8-byte accounts; {@link #start(long)} fills them with random balances small
 * enough that no transfer overflows.
 */
final class DumpWorld implements AutoCloseable {
  static final int CI_SIZE = 4096;
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  /** The deck of the BWO procedure, dumping every data set of the world to DD TAPE. */
  static final String[] BWO_DECK = {
    " DUMP DATASET(INCLUDE(**)) -",
    "      OUTDDNAME(TAPE) CONCURRENT NOTIFYCONCURRENT"
  };

  /** How the listing continues a message on the next line. */
  private static final Pattern CONTINUATION = Pattern.compile(" {9}\\S.*");

  final Path dir;
  final Catalog catalog;
  final FakePlatform platform = new FakePlatform();
  final Path dumpFile;
  /** What the segment system said, from any thread. */
  final List<Message> events = new CopyOnWriteArrayList<>();
  private final AtomicInteger systemsOpened = new AtomicInteger();
  private SegmentServer server;
  private SegmentSystem applications;
  private RecordingSegmentSystem system;

  /**
   * A world in {@code dir} with data sets named by {@code specs} of the form {@code SEG:DSN}, each
   * of {@code cis} CIs of {@value #CI_SIZE} bytes, their segments ONLINE. Not started.
   */
  DumpWorld(Path dir, long cis, String... specs) {
    this.dir = dir;
    this.catalog = Catalog.open(dir.resolve("catalog"));
    this.dumpFile = dir.resolve("dump.bwo");
    platform.dumpDd("TAPE", dumpFile);
    for (String spec : specs) {
      String[] p = spec.split(":");
      SegmentName seg = SegmentName.parse(p[0]);
      catalog.putSegment(new SegmentDefinition(seg, SegmentStatus.ONLINE));
      catalog.define(CatalogEntry.linear(Dsn.parse(p[1]), seg, CI_SIZE, cis, true, T0));
    }
  }

  /** Segment {@code segment} is OFFLINE. Before {@link #start}. */
  DumpWorld offline(String segment) {
    catalog.putSegment(new SegmentDefinition(SegmentName.parse(segment), SegmentStatus.OFFLINE));
    return this;
  }

  /** Data set {@code dsn} is not BWO-eligible. Before {@link #start}. */
  DumpWorld notEligible(String dsn) {
    catalog.put(catalog.get(Dsn.parse(dsn)).withBwoEligible(false));
    return this;
  }

  /**
   * Fills every data set with random balances from {@code seed}, opens the segment system, and
   * returns the content of every data set as it starts.
   */
  Map<Dsn, byte[]> start(long seed) {
    return start(seed, false);
  }

  /** As {@link #start(long)}, with the segment system a server when {@code served}. */
  Map<Dsn, byte[]> start(long seed, boolean served) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<Dsn, byte[]> initial = new LinkedHashMap<>();
    for (CatalogEntry e : catalog.list()) {
      ByteBuffer content = ByteBuffer.allocate(Math.toIntExact(e.sizeBytes()));
      while (content.hasRemaining()) {
        content.putLong(random.nextLong(-(1L << 40), 1L << 40));
      }
      write(catalog.dataFile(e.dsn()), content.array());
      initial.put(e.dsn(), content.array());
    }
    open(served);
    return initial;
  }

  /** Opens the segment system, embedded, over the data sets as defined (zeros, sparse). */
  void startEmpty() {
    open(false);
  }

  private void open(boolean served) {
    Clock clock = Clock.systemDefaultZone();
    if (served) {
      server = SegmentServer.start(catalog, clock, events::add);
      applications = SegmentSystems.server(catalog).orElseThrow();
      system = new RecordingSegmentSystem(SegmentSystems.server(catalog).orElseThrow());
    } else {
      applications = SegmentSystems.connect(catalog, clock, events::add);
      system = new RecordingSegmentSystem(applications);
    }
  }

  /**
   * Stops the server of a served world: it ends its sessions (deleting their side files), and the
   * connections of the step and the applications break.
   */
  void stopServer() {
    server.close();
  }

  /** The segment system as the applications reach it. */
  SegmentSystem applications() {
    return applications;
  }

  /** The segment system the dump step talks to. */
  RecordingSegmentSystem system() {
    return system;
  }

  /** The data sets of the catalog. */
  List<CatalogEntry> dataSets() {
    return catalog.list();
  }

  /** Runs {@code bwo dss} with the default options over {@code sysin}; returns the step's RC. */
  int dss(String... sysin) {
    return dss(DssOptions.defaults(), List.of(), PhaseObserver.NONE, sysin);
  }

  /**
   * Runs {@code bwo dss} over {@code sysin}, with {@code listeners} after bwo's own ADR734I and
   * {@code observer} told of each phase; the segment system stays open after the step.
   */
  int dss(DssOptions options, List<NotifyConcurrentListener> listeners, PhaseObserver observer,
      String... sysin) {
    platform.newStep(List.of(sysin));
    return Adrdssu.run(new Adrdssu.Run(platform, catalog, events -> {
          systemsOpened.incrementAndGet();
          return system;
        },
        Clock.systemDefaultZone(), options, listeners, observer, "BWO TEST", false));
  }

  /** How many times a step asked for the segment system. */
  int systemsOpened() {
    return systemsOpened.get();
  }

  /** The SYSPRINT listing of the last step. */
  List<String> listing() {
    return platform.sysprint();
  }

  /** The listing's messages with id {@code id}, each with its continuation lines joined. */
  List<String> messages(String id) {
    List<String> listing = listing();
    List<String> found = new ArrayList<>();
    for (int i = 0; i < listing.size(); i++) {
      if (listing.get(i).startsWith(id + " ")) {
        StringBuilder m = new StringBuilder(listing.get(i));
        while (i + 1 < listing.size() && CONTINUATION.matcher(listing.get(i + 1)).matches()) {
          m.append(' ').append(listing.get(++i).strip());
        }
        found.add(m.toString());
      }
    }
    return found;
  }

  /** Each data set's content as the dump on {@code dumpFile} holds it. */
  Map<Dsn, byte[]> dumped() {
    return read(dumpFile);
  }

  /** Each data set's content as a dump holds it, checked record by record. */
  static Map<Dsn, byte[]> read(Path dump) {
    Map<Integer, CatalogEntry> entries = new HashMap<>();
    Map<Dsn, byte[]> contents = new LinkedHashMap<>();
    try (DumpReader r = DumpReader.open(Files.newInputStream(dump))) {
      for (DumpEvent e = r.next(); !(e instanceof DumpEvent.Trailer); e = r.next()) {
        if (e instanceof DumpEvent.DataSetBegun b) {
          entries.put(b.ordinal(), b.entry());
          contents.put(b.entry().dsn(), new byte[Math.toIntExact(b.entry().sizeBytes())]);
        } else if (e instanceof DumpEvent.Chunk c) {
          CatalogEntry entry = entries.get(c.ordinal());
          c.data().get(contents.get(entry.dsn()),
              Math.toIntExact(c.firstCi() * entry.ciSize()), c.data().remaining());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return contents;
  }

  /** Each data set's content now, from its file: only while nobody writes. */
  Map<Dsn, byte[]> contents() {
    Map<Dsn, byte[]> contents = new LinkedHashMap<>();
    for (CatalogEntry e : catalog.list()) {
      try {
        contents.put(e.dsn(), Files.readAllBytes(catalog.dataFile(e.dsn())));
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
    return contents;
  }

  /** Whether {@code a} and {@code b} hold the same data sets with the same bytes. */
  static boolean same(Map<Dsn, byte[]> a, Map<Dsn, byte[]> b) {
    return a.keySet().equals(b.keySet())
        && a.keySet().stream().allMatch(d -> Arrays.equals(a.get(d), b.get(d)));
  }

  /**
   * The system is not left frozen: RUNNING, no freeze lease, no copy session and no side file
   * left, and a transaction goes through at once.
   */
  void assertThawed() {
    SystemStatus s = applications.status();
    assertThat(s.state()).as("state after the step").isEqualTo(SystemState.RUNNING);
    assertThat(s.lease()).as("freeze lease after the step").isEmpty();
    assertThat(s.sessions()).as("copy sessions after the step").isEmpty();
    assertThat(sideFiles()).as("side files after the step").isEmpty();
    Dsn any = catalog.list().get(0).dsn();
    CompletableFuture<Void> tx = CompletableFuture.runAsync(
        () -> applications.commit(List.<Update>of(new Update.AddLong(any, 0, 0))));
    assertThat(tx).as("a transaction after the step").succeedsWithin(10, TimeUnit.SECONDS);
  }

  /** The side files in the runtime directory. */
  List<Path> sideFiles() {
    try (Stream<Path> files = Files.list(catalog.runtimeDir())) {
      return files.filter(p -> p.getFileName().toString().endsWith(".side")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (server != null) {
      system.close();
    }
    if (applications != null) {
      applications.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void write(Path file, byte[] content) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.wrap(content);
      while (b.hasRemaining()) {
        ch.write(b, b.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
