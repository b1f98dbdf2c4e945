package io.bwo.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The catalog of one catalog root: cluster entries, segment definitions and the data files.
 *
 * <p>Layout: {@code catalog/<DSN>.json}, {@code segments/<SEG>.json}, {@code data/<DSN>.data},
 * and {@code .bwo/} for runtime files. Every entry is replaced atomically ({@link AtomicWrite}),
 * so a crash leaves the old entry or the new one. A data file is created before its entry and
 * deleted after it, so an entry always has its data.
 *
 * <p>Thread-safe: methods that change the catalog are serialised on the instance.
 */
public final class Catalog {
  private static final String ENTRY_SUFFIX = ".json";

  private final Path root;
  private final Path entries;
  private final Path segments;
  private final Path data;
  private final Path runtime;
  private final ObjectMapper json;

  private Catalog(Path root) {
    this.root = root;
    this.entries = root.resolve("catalog");
    this.segments = root.resolve("segments");
    this.data = root.resolve("data");
    this.runtime = root.resolve(".bwo");
    this.json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** The catalog rooted at {@code root}, creating its layout when it is missing. */
  public static Catalog open(Path root) {
    Catalog c = new Catalog(root);
    try {
      for (Path dir : List.of(c.entries, c.segments, c.data, c.runtime)) {
        Files.createDirectories(dir);
      }
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO107E, root, e.getMessage());
    }
    return c;
  }

  /**
   * Deletes the temporary files of catalog entries, segment definitions and new data files that a
   * process killed in mid-write left ({@link AtomicWrite}, {@link #define}), those older than
   * {@code age}: a live writer's is milliseconds old. Their targets are intact, old or new.
   * Returns how many it deleted.
   */
  public int sweepTemporaries(Duration age) {
    long before = System.currentTimeMillis() - age.toMillis();
    int deleted = 0;
    for (Path dir : List.of(entries, segments, data)) {
      List<Path> temporaries;
      try (var files = Files.list(dir)) {
        temporaries = files
            .filter(f -> f.getFileName().toString().endsWith(AtomicWrite.TEMPORARY_SUFFIX))
            .toList();
      } catch (IOException e) {
        continue; // debris only: swept at the next start
      }
      for (Path f : temporaries) {
        try {
          if (Files.getLastModifiedTime(f).toMillis() < before && Files.deleteIfExists(f)) {
            deleted++;
          }
        } catch (IOException e) {
          // Renamed by its writer meanwhile, or not deletable now: the next start sweeps it.
        }
      }
    }
    return deleted;
  }

  /** The catalog root directory. */
  public Path root() {
    return root;
  }

  /** The directory for runtime files: sockets, locks, logs, side files, the run journal. */
  public Path runtimeDir() {
    return runtime;
  }

  /** The entry of {@code dsn}, if it is cataloged. */
  public Optional<CatalogEntry> find(Dsn dsn) {
    Path p = entryFile(dsn);
    if (!Files.exists(p)) {
      return Optional.empty();
    }
    return Optional.of(read(p, CatalogEntry.class));
  }

  /** The entry of {@code dsn}; BWO102E when it is not cataloged. */
  public CatalogEntry get(Dsn dsn) {
    return find(dsn).orElseThrow(() -> BwoException.of(Msg.BWO102E, dsn, root));
  }

  /** Every entry, sorted by DSN. */
  public List<CatalogEntry> list() {
    List<CatalogEntry> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(entries)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String name = p.getFileName().toString();
        if (name.endsWith(ENTRY_SUFFIX)) {
          all.add(read(p, CatalogEntry.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    all.sort(Comparator.comparing(CatalogEntry::dsn));
    return all;
  }

  /**
   * The entries selected by DFSMSdss rules: those matching any {@code include} filter (every
   * entry when there is none), less those matching any {@code exclude} filter; sorted by DSN.
   */
  public List<CatalogEntry> select(List<DsnFilter> include, List<DsnFilter> exclude) {
    return list().stream()
        .filter(e -> include.isEmpty() || include.stream().anyMatch(f -> f.matches(e.dsn())))
        .filter(e -> exclude.stream().noneMatch(f -> f.matches(e.dsn())))
        .toList();
  }

  /**
   * Defines a cluster: a zero-filled data file of exactly {@code cis * ciSize} bytes, then its
   * entry, and its segment (OFFLINE) if the segment is new. BWO103E if the DSN is cataloged.
   */
  public synchronized CatalogEntry define(CatalogEntry e) {
    if (Files.exists(entryFile(e.dsn()))) {
      throw BwoException.of(Msg.BWO103E, e.dsn(), root);
    }
    Path file = dataFile(e.dsn());
    Path tmp = AtomicWrite.temporarySibling(file);
    try {
      try (FileChannel ch =
          FileChannel.open(
              tmp,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        // Extending with a one-byte write leaves a sparse, zero-filled file of the exact size.
        ch.write(java.nio.ByteBuffer.wrap(new byte[1]), e.sizeBytes() - 1);
        ch.force(true);
      }
      AtomicWrite.publish(tmp, file);
    } catch (IOException ex) {
      try {
        Files.deleteIfExists(tmp); // a full disk, say: no half-made file stays behind
      } catch (IOException ignored) {
        // The define fails all the same; the catalog's sweep of temporaries takes it later.
      }
      throw BwoException.of(Msg.BWO107E, file, ex.getMessage());
    }
    if (segment(e.segment()).isEmpty()) {
      putSegment(new SegmentDefinition(e.segment(), SegmentStatus.OFFLINE));
    }
    put(e);
    return e;
  }

  /** Replaces the entry of {@code e.dsn()} atomically (IDCAMS ALTER); it must be defined. */
  public synchronized void put(CatalogEntry e) {
    AtomicWrite.replace(entryFile(e.dsn()), write(e));
  }

  /**
   * Replaces the entries of {@code all} together: each atomically, as {@link #put} does, and all
   * durable when this returns (RESTORE puts the entries of a whole dump so).
   */
  public synchronized void putAll(List<CatalogEntry> all) {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    all.forEach(e -> files.put(entryFile(e.dsn()), write(e)));
    AtomicWrite.replaceAll(files);
  }

  /** Deletes the entry of {@code dsn}, then its data. BWO102E when it is not cataloged. */
  public synchronized void delete(Dsn dsn) {
    get(dsn);
    try {
      Files.delete(entryFile(dsn));
      AtomicWrite.forceDirectory(entries);
      Files.deleteIfExists(dataFile(dsn));
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO107E, entryFile(dsn), e.getMessage());
    }
  }

  /** The file that holds the data of {@code dsn}. */
  public Path dataFile(Dsn dsn) {
    return data.resolve(dsn.name() + ".data");
  }

  /** The directory of the data files: every {@link #dataFile} is directly in it. */
  public Path dataDir() {
    return data;
  }

  /** Every segment definition, sorted by name. */
  public List<SegmentDefinition> segments() {
    List<SegmentDefinition> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(segments)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (p.getFileName().toString().endsWith(ENTRY_SUFFIX)) {
          all.add(read(p, SegmentDefinition.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    all.sort(Comparator.comparing(SegmentDefinition::name));
    return all;
  }

  /** The definition of segment {@code name}, if it exists. */
  public Optional<SegmentDefinition> segment(SegmentName name) {
    Path p = segments.resolve(name.name() + ENTRY_SUFFIX);
    return Files.exists(p) ? Optional.of(read(p, SegmentDefinition.class)) : Optional.empty();
  }

  /** Creates or replaces a segment definition atomically. */
  public synchronized void putSegment(SegmentDefinition s) {
    AtomicWrite.replace(segments.resolve(s.name().name() + ENTRY_SUFFIX), write(s));
  }

  private Path entryFile(Dsn dsn) {
    return entries.resolve(dsn.name() + ENTRY_SUFFIX);
  }

  private byte[] write(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(Path p, Class<T> type) {
    try {
      return json.readValue(Files.readAllBytes(p), type);
    } catch (BwoException e) {
      throw e;
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO108E, p, e.getMessage());
    }
  }
}
