package io.bwo.dump;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Data sets, their contents and dumps of them for the dump tests, and a restore that reads a dump
 * back the way RESTORE does: each chunk written at its CI's offset in its data set.
 */
final class DumpFixture {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private DumpFixture() {}

  static CatalogEntry entry(String dsn, int ciSize, long cis) {
    return CatalogEntry.linear(Dsn.parse(dsn), SegmentName.parse("SEG1"), ciSize, cis, true, T0);
  }

  static DumpHeader header(Compression compression, int chunkBytes) {
    return new DumpHeader(T0, "RUN0001", "BWOSYS", compression, chunkBytes);
  }

  /** Content where every third CI is random (does not compress) and the others repeat a byte. */
  static byte[] content(CatalogEntry e, long seed) {
    Random r = new Random(seed);
    byte[] b = new byte[(int) e.sizeBytes()];
    for (int ci = 0; ci < e.cis(); ci++) {
      byte[] one = new byte[e.ciSize()];
      if (ci % 3 == 0) {
        r.nextBytes(one);
      } else {
        java.util.Arrays.fill(one, (byte) (seed + ci));
      }
      System.arraycopy(one, 0, b, ci * e.ciSize(), one.length);
    }
    return b;
  }

  /** Contents for {@code entries}, each from its own seed. */
  static Map<CatalogEntry, byte[]> contents(CatalogEntry... entries) {
    Map<CatalogEntry, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < entries.length; i++) {
      m.put(entries[i], content(entries[i], 17 + i));
    }
    return m;
  }

  /**
   * The small dump most tests pick apart, interleaved as the writer saw it (two CIs per write,
   * chunks of at most 1024 bytes):
   *
   * <pre>
   *   header
   *   BEGIN 1 BWO.TEST.A (5 CIs of 512)   BEGIN 2 BWO.TEST.B (3 of 1024)   BEGIN 3 BWO.TEST.C (2 of 512)
   *   CHUNK 1 [0,2)  CHUNK 2 [0,1) [1,2)  CHUNK 3 [0,2)  END 3
   *   CHUNK 1 [2,4)  CHUNK 2 [2,3)  END 2
   *   CHUNK 1 [4,5)  END 1
   *   TRAILER
   * </pre>
   */
  static byte[] smallDump(Compression compression) {
    return dumpRoundRobin(header(compression, 1024), smallContents(), 2);
  }

  static Map<CatalogEntry, byte[]> smallContents() {
    return contents(entry("BWO.TEST.A", 512, 5), entry("BWO.TEST.B", 1024, 3),
        entry("BWO.TEST.C", 512, 2));
  }

  /** Begins every data set, then writes them round robin {@code step} CIs at a time. */
  static byte[] dumpRoundRobin(DumpHeader h, Map<CatalogEntry, byte[]> data, int step) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DumpWriter w = DumpWriter.start(out, h)) {
      Map<DataSetSink, byte[]> sinks = new LinkedHashMap<>();
      data.forEach((e, bytes) -> sinks.put(w.begin(e), bytes));
      for (long ci = 0; !sinks.isEmpty(); ci += step) {
        for (var it = sinks.entrySet().iterator(); it.hasNext(); ) {
          var s = it.next();
          CatalogEntry e = s.getKey().entry();
          int n = (int) Math.min(step, e.cis() - ci);
          s.getKey().writeCis(ci, s.getValue(), (int) ci * e.ciSize(), n * e.ciSize());
          if (ci + n == e.cis()) {
            s.getKey().end();
            it.remove();
          }
        }
      }
      w.finish();
    }
    return out.toByteArray();
  }

  /** Reads a sound dump back into each data set's bytes, keyed by DSN. */
  static Map<Dsn, byte[]> restore(byte[] dump) {
    try (DumpReader r = DumpReader.open(new ByteArrayInputStream(dump))) {
      return restore(r, (reader, c) -> { });
    }
  }

  /**
   * Reads the rest of a sound dump from {@code r} back into each data set's bytes, keyed by DSN,
   * handing each chunk to {@code each} once its bytes are taken.
   */
  static Map<Dsn, byte[]> restore(DumpReader r, BiConsumer<DumpReader, DumpEvent.Chunk> each) {
    Map<Integer, CatalogEntry> entries = new HashMap<>();
    Map<Dsn, byte[]> restored = new LinkedHashMap<>();
    for (DumpEvent ev = r.next(); !(ev instanceof DumpEvent.Trailer); ev = r.next()) {
      if (ev instanceof DumpEvent.DataSetBegun b) {
        entries.put(b.ordinal(), b.entry());
        restored.put(b.entry().dsn(), new byte[(int) b.entry().sizeBytes()]);
      } else if (ev instanceof DumpEvent.Chunk c) {
        CatalogEntry e = entries.get(c.ordinal());
        c.data().duplicate().get(restored.get(e.dsn()), (int) c.firstCi() * e.ciSize(),
            c.data().remaining());
        each.accept(r, c);
      }
    }
    return restored;
  }

  /** One record of a dump: its byte range, what it is, and its data set when it has one. */
  record Span(long start, long end, String kind, Optional<Dsn> dsn) {
    boolean contains(long offset) {
      return start <= offset && offset < end;
    }
  }

  /** The records of a sound dump, in order, the header first. */
  static List<Span> spans(byte[] dump) {
    List<Span> spans = new ArrayList<>();
    Map<Integer, Dsn> dsns = new HashMap<>();
    DumpReader r = DumpReader.open(new ByteArrayInputStream(dump));
    spans.add(new Span(0, r.position(), "Header", Optional.empty()));
    DumpEvent ev;
    do {
      long start = r.position();
      ev = r.next();
      Optional<Dsn> dsn = Optional.empty();
      if (ev instanceof DumpEvent.DataSetBegun b) {
        dsns.put(b.ordinal(), b.entry().dsn());
        dsn = Optional.of(b.entry().dsn());
      } else if (ev instanceof DumpEvent.Chunk c) {
        dsn = Optional.of(dsns.get(c.ordinal()));
      } else if (ev instanceof DumpEvent.DataSetEnded e) {
        dsn = Optional.of(e.entry().dsn());
      }
      spans.add(new Span(start, r.position(), ev.getClass().getSimpleName(), dsn));
    } while (!(ev instanceof DumpEvent.Trailer));
    return spans;
  }

  static VerifyReport verify(byte[] dump) {
    return DumpVerifier.verify(new ByteArrayInputStream(dump));
  }
}
