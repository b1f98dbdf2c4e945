package io.bwo.catalog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings of a catalog, without its data: segment definitions and cluster entries. What
 * {@code bwo settings export} writes and {@code import} reads, the analogue of exporting and
 * importing a system's registration information (format in docs/settings-format.md).
 */
@JsonPropertyOrder({"format", "version", "exported", "source", "segments", "clusters"})
public record Settings(
    String format,
    int version,
    Instant exported,
    String source,
    List<SegmentDefinition> segments,
    List<CatalogEntry> clusters) {

  public static final String FORMAT = "bwo-settings";
  public static final int VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  public Settings {
    segments = List.copyOf(Objects.requireNonNullElse(segments, List.of()));
    clusters = List.copyOf(Objects.requireNonNullElse(clusters, List.of()));
  }

  /** The settings of {@code catalog} as of {@code now}. */
  public static Settings export(Catalog catalog, Instant now) {
    return new Settings(FORMAT, VERSION, now, catalog.root().toAbsolutePath().toString(),
        catalog.segments(), catalog.list());
  }

  /** The settings in {@code file}; BWO801E says where the file is not a settings file. */
  public static Settings read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO801E, file, e.getMessage());
    }
  }

  /**
   * The settings read from {@code in} (a DD, say), called {@code name} in messages; BWO801E says
   * where it is not a settings file. Does not close {@code in}.
   */
  public static Settings read(InputStream in, String name) {
    Settings s;
    try {
      s = JSON.readValue(in.readAllBytes(), Settings.class);
    } catch (BwoException e) {
      throw BwoException.of(Msg.BWO801E, name, e.message().toString());
    } catch (JsonProcessingException e) {
      throw BwoException.of(Msg.BWO801E, name, e.getOriginalMessage() + " AT LINE "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()));
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO801E, name, e.getMessage());
    }
    if (!FORMAT.equals(s.format()) || s.version() != VERSION) {
      throw BwoException.of(Msg.BWO801E, name,
          "FORMAT " + s.format() + " VERSION " + s.version() + " IS NOT " + FORMAT + " " + VERSION);
    }
    return s;
  }

  /** Writes these settings to {@code file} atomically (through a link, never over a pipe). */
  public void write(Path file) {
    AtomicWrite.replace(AtomicWrite.publishedAs(file), bytes());
  }

  /** Writes these settings to {@code out} (a DD, say), as UTF-8 JSON; does not close it. */
  public void write(OutputStream out) throws IOException {
    out.write(bytes());
    out.flush();
  }

  private byte[] bytes() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Applies these settings to {@code catalog}: defines what is missing (clusters zero-filled),
   * keeps what is identical, and changes an existing definition only when {@code replace} is
   * given. A running system's definitions are protected the same way: a segment that is ONLINE
   * is not changed, and no cluster of it is changed or added, without {@code replace} (BWO823E).
   * Nothing is changed unless every change is allowed (checked first, applied after).
   *
   * <p>An import stopped part-way (a full disk, a kill) has already defined segments ONLINE, so a
   * re-run of it would be refused as a change to a running system. So the import first records
   * what it imports (a digest of these settings, in {@link #IMPORT_INTENT}) and removes the record
   * once done: an import of the same settings that finds the record completes the one that did not
   * end, without the checks that one passed (BWO806W).
   */
  public ImportReport importInto(Catalog catalog, boolean replace) {
    Path intent = catalog.runtimeDir().resolve(IMPORT_INTENT);
    String digest = digest();
    boolean resuming = digest.equals(readIntent(intent));
    Set<SegmentName> online = catalog.segments().stream()
        .filter(s -> s.status() == SegmentStatus.ONLINE)
        .map(SegmentDefinition::name)
        .collect(Collectors.toSet());
    List<String> conflicts = new ArrayList<>();
    List<String> running = new ArrayList<>();
    for (SegmentDefinition s : segments) {
      Optional<SegmentDefinition> have = catalog.segment(s.name());
      if (have.isPresent() && !have.get().equals(s)) {
        (online.contains(s.name()) ? running : conflicts)
            .add("SEGMENT " + s.name() + " IS " + have.get().status() + ", NOT " + s.status());
      }
    }
    for (CatalogEntry e : clusters) {
      Optional<CatalogEntry> have = catalog.find(e.dsn());
      boolean inOnline = online.contains(e.segment())
          || have.map(h -> online.contains(h.segment())).orElse(false);
      if (have.isEmpty() && inOnline) {
        running.add("CLUSTER " + e.dsn() + " WOULD BE DEFINED IN SEGMENT " + e.segment());
      } else if (have.isPresent() && !sameDefinition(have.get(), e)) {
        if (have.get().ciSize() != e.ciSize() || have.get().cis() != e.cis()) {
          throw BwoException.of(Msg.BWO803E, e.dsn(), have.get().cis() + "X" + have.get().ciSize(),
              e.cis() + "X" + e.ciSize());
        }
        (inOnline ? running : conflicts).add("CLUSTER " + e.dsn() + " IS DEFINED DIFFERENTLY");
      }
    }
    if (!running.isEmpty() && !replace && !resuming) {
      throw BwoException.of(Msg.BWO823E, running.size(), String.join("; ", running));
    }
    if (!conflicts.isEmpty() && !replace && !resuming) {
      throw BwoException.of(Msg.BWO802E, conflicts.size(), String.join("; ", conflicts));
    }
    AtomicWrite.replace(intent, digest.getBytes(StandardCharsets.US_ASCII));
    int definedSegments = 0;
    int definedClusters = 0;
    int replaced = 0;
    for (SegmentDefinition s : segments) {
      Optional<SegmentDefinition> have = catalog.segment(s.name());
      if (have.isEmpty() || !have.get().equals(s)) {
        catalog.putSegment(s);
        definedSegments += have.isEmpty() ? 1 : 0;
        replaced += have.isEmpty() ? 0 : 1;
      }
    }
    for (CatalogEntry e : clusters) {
      Optional<CatalogEntry> have = catalog.find(e.dsn());
      if (have.isEmpty()) {
        catalog.define(e);
        definedClusters++;
      } else if (!sameDefinition(have.get(), e)) {
        catalog.put(e);
        replaced++;
      }
    }
    try {
      Files.deleteIfExists(intent);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO107E, intent, e.getMessage());
    }
    AtomicWrite.forceDirectory(intent.getParent());
    return new ImportReport(definedSegments, definedClusters, replaced, resuming);
  }

  /** The record of an import that has not ended, in the catalog's runtime folder. */
  static final String IMPORT_INTENT = "settings-import";

  private static String readIntent(Path intent) {
    try {
      return Files.readString(intent, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return ""; // none: no import stopped part-way
    }
  }

  /** The SHA-256 of these settings as written: the same file read again has the same. */
  private String digest() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every Java platform has SHA-256
    }
  }

  private static boolean sameDefinition(CatalogEntry a, CatalogEntry b) {
    return a.type() == b.type()
        && a.ciSize() == b.ciSize()
        && a.cis() == b.cis()
        && a.bwoEligible() == b.bwoEligible()
        && a.segment().equals(b.segment());
  }

  /**
   * What an import did: segments and clusters defined, existing definitions replaced; {@code
   * resumed} if it completed an import of the same settings that had not ended.
   */
  public record ImportReport(int segmentsDefined, int clustersDefined, int replaced,
      boolean resumed) {}
}
