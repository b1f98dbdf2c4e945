package io.bwo.bench;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.io.file.PathUtils;

/**
 * A benchmark world: a catalog of {@code count} LINEAR data sets of 4 KiB CIs, {@code totalBytes}
 * in all, spread over {@link #SEGMENTS} ONLINE segments, every data file filled with real
 * non-zero data (sparse files read as zeros from nowhere and would flatter every throughput).
 *
 * <p>Each CI is a page of 8-byte accounts: the first quarter random balances below 2^40, the rest
 * 1000 each, so the workload's transfers never overflow and COMPRESS has page-like data to work
 * on (about 4:1, as docs/dump-format.md measures).
 */
record World(Path root, Catalog catalog, List<CatalogEntry> dataSets) {
  static final int SEGMENTS = 4;
  static final int CI_SIZE = 4096;
  static final String HLQ = "BENCH";

  /** Bytes of all data files together. */
  long totalBytes() {
    return dataSets.stream().mapToLong(CatalogEntry::sizeBytes).sum();
  }

  /** The data files, in catalog order. */
  List<Path> dataFiles() {
    return dataSets.stream().map(e -> catalog.dataFile(e.dsn())).toList();
  }

  /** The segments of the world. */
  List<SegmentName> segments() {
    List<SegmentName> names = new ArrayList<>();
    for (int s = 0; s < SEGMENTS; s++) {
      names.add(SegmentName.parse("SEG" + s));
    }
    return names;
  }

  /** Creates the world in {@code root} (which must not exist yet). */
  static World create(Path root, int count, long totalBytes, long seed) throws IOException {
    Catalog catalog = Catalog.open(root);
    Instant now = Instant.now();
    long cis = Math.max(1, totalBytes / count / CI_SIZE);
    List<CatalogEntry> entries = new ArrayList<>();
    for (int s = 0; s < SEGMENTS; s++) {
      catalog.putSegment(new SegmentDefinition(SegmentName.parse("SEG" + s), SegmentStatus.ONLINE));
    }
    SplittableRandom random = new SplittableRandom(seed);
    ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
    for (int i = 0; i < count; i++) {
      SegmentName seg = SegmentName.parse("SEG" + (i % SEGMENTS));
      Dsn dsn = Dsn.parse(HLQ + "." + seg.name() + ".P" + String.format("%05d", i));
      CatalogEntry e = catalog.define(CatalogEntry.linear(dsn, seg, CI_SIZE, cis, true, now));
      fill(catalog.dataFile(dsn), e.sizeBytes(), buf, random);
      entries.add(e);
    }
    return new World(root, catalog, List.copyOf(entries));
  }

  private static void fill(Path file, long size, ByteBuffer buf, SplittableRandom random)
      throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      long at = 0;
      while (at < size) {
        buf.clear();
        buf.limit((int) Math.min(buf.capacity(), size - at));
        while (buf.hasRemaining()) {
          int inCi = buf.position() % CI_SIZE;
          buf.putLong(inCi < CI_SIZE / 4 ? random.nextLong(1L << 40) : 1000L);
        }
        buf.flip();
        while (buf.hasRemaining()) {
          at += ch.write(buf, at);
        }
      }
      ch.force(true);
    }
  }

  /** Deletes the world's files. */
  void delete() throws IOException {
    PathUtils.deleteDirectory(root);
  }
}
