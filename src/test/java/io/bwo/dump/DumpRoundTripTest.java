package io.bwo.dump;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DumpRoundTripTest {

  @ParameterizedTest
  @EnumSource(Compression.class)
  void dataSetsWrittenFromSeveralThreadsAtOnceComeBackByteIdentical(Compression compression)
      throws Exception {
    Map<CatalogEntry, byte[]> data = DumpFixture.contents(
        DumpFixture.entry("OSB.PAGE.SEG1", 4096, 300),
        DumpFixture.entry("OSB.PAGE.SEG2", 512, 1000),
        DumpFixture.entry("OSB.PAGE.SEG3", 32768, 40),
        DumpFixture.entry("OSB.JOURNAL.A", 4096, 129),
        DumpFixture.entry("OSB.JOURNAL.B", 2048, 1),
        DumpFixture.entry("OSB.META.SEG0", 8192, 77));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (DumpWriter w = DumpWriter.start(out, DumpFixture.header(compression, 64 * 1024))) {
      List<Future<?>> copies = new ArrayList<>();
      for (var d : data.entrySet()) {
        DataSetSink sink = w.begin(d.getKey());
        copies.add(pool.submit(() -> copyInRandomPieces(sink, d.getValue())));
      }
      for (Future<?> f : copies) {
        f.get(1, TimeUnit.MINUTES);
      }
      w.finish();
    } finally {
      pool.shutdownNow();
    }
    byte[] dump = out.toByteArray();

    Map<Dsn, byte[]> restored = DumpFixture.restore(dump);
    assertThat(restored).hasSize(data.size());
    data.forEach((e, bytes) -> assertThat(restored.get(e.dsn())).as(e.dsn().name()).isEqualTo(bytes));
    VerifyReport report = DumpFixture.verify(dump);
    assertThat(report.fault()).isEmpty();
    assertThat(report.dataSets()).containsExactlyInAnyOrderElementsOf(data.keySet());
    assertThat(report.dumpBytes()).isEqualTo(dump.length);
  }

  @Test
  void chunksOfDataSetsWrittenAtOnceAreInterleavedInTheDump() {
    byte[] dump = DumpFixture.smallDump(Compression.NONE);
    List<String> chunkOwners = DumpFixture.spans(dump).stream()
        .filter(s -> s.kind().equals("Chunk"))
        .map(s -> s.dsn().orElseThrow().name())
        .toList();
    assertThat(chunkOwners).containsExactly("BWO.TEST.A", "BWO.TEST.B", "BWO.TEST.B",
        "BWO.TEST.C", "BWO.TEST.A", "BWO.TEST.B", "BWO.TEST.A");
    assertThat(DumpFixture.restore(dump)).allSatisfy((dsn, bytes) -> assertThat(bytes).isEqualTo(
        DumpFixture.smallContents().entrySet().stream()
            .filter(e -> e.getKey().dsn().equals(dsn)).findFirst().orElseThrow().getValue()));
  }

  @ParameterizedTest
  @EnumSource(value = Compression.class, names = {"LZ4", "DEFLATE"})
  void compressibleChunksAreStoredCompressedAndTheOthersRaw(Compression compression) {
    CatalogEntry zeros = DumpFixture.entry("BWO.ZEROS", 4096, 256);
    CatalogEntry noise = DumpFixture.entry("BWO.NOISE", 4096, 256);
    byte[] random = new byte[(int) noise.sizeBytes()];
    new Random(5).nextBytes(random);
    Map<CatalogEntry, byte[]> data =
        Map.of(zeros, new byte[(int) zeros.sizeBytes()], noise, random);

    byte[] dump = DumpFixture.dumpRoundRobin(DumpFixture.header(compression, 65536), data, 64);

    // 1 MiB of zeros shrinks to almost nothing; 1 MiB of noise is stored raw, not expanded.
    assertThat(dump.length).isBetween(1 << 20, (1 << 20) + 8 * 1024);
    assertThat(DumpFixture.restore(dump).get(zeros.dsn())).isEqualTo(data.get(zeros));
    assertThat(DumpFixture.restore(dump).get(noise.dsn())).isEqualTo(random);
  }

  @ParameterizedTest
  @EnumSource(value = Compression.class, names = {"NONE", "LZ4", "DEFLATE"})
  void eachChunkComesWithTheCrcOfItsRawBytesCompressedOrNot(Compression compression) {
    // Zeros compress, noise does not: both kinds of chunk, whose CRC a RESTORE takes as it is.
    CatalogEntry zeros = DumpFixture.entry("BWO.ZEROS", 4096, 256);
    CatalogEntry noise = DumpFixture.entry("BWO.NOISE", 4096, 256);
    byte[] random = new byte[(int) noise.sizeBytes()];
    new Random(6).nextBytes(random);
    byte[] dump = DumpFixture.dumpRoundRobin(DumpFixture.header(compression, 65536),
        Map.of(zeros, new byte[(int) zeros.sizeBytes()], noise, random), 64);

    int chunks = 0;
    try (DumpReader r = DumpReader.open(new ByteArrayInputStream(dump))) {
      for (DumpEvent e = r.next(); !(e instanceof DumpEvent.Trailer); e = r.next()) {
        if (e instanceof DumpEvent.Chunk c) {
          CRC32C crc = new CRC32C();
          crc.update(c.data().duplicate());
          assertThat(c.crc()).as("chunk %d at CI %d", c.ordinal(), c.firstCi())
              .isEqualTo((int) crc.getValue());
          chunks++;
        }
      }
    }
    assertThat(chunks).isEqualTo(2 * 256 / 16);
  }

  @Test
  void readerGivesTheHeaderAndEachDataSetsEventsInOrder() {
    byte[] dump = DumpFixture.smallDump(Compression.LZ4);
    try (DumpReader r = DumpReader.open(new ByteArrayInputStream(dump))) {
      assertThat(r.header()).isEqualTo(DumpFixture.header(Compression.LZ4, 1024));
      List<String> events = new ArrayList<>();
      DumpEvent e;
      do {
        e = r.next();
        events.add(describe(e));
      } while (!(e instanceof DumpEvent.Trailer));
      assertThat(events).containsExactly(
          "begin 1 BWO.TEST.A", "begin 2 BWO.TEST.B", "begin 3 BWO.TEST.C",
          "chunk 1 0+2", "chunk 2 0+1", "chunk 2 1+1", "chunk 3 0+2", "end 3 BWO.TEST.C",
          "chunk 1 2+2", "chunk 2 2+1", "end 2 BWO.TEST.B",
          "chunk 1 4+1", "end 1 BWO.TEST.A",
          "trailer 3 10 6656");
      assertThat(r.position()).isEqualTo(dump.length);
    }
  }

  private static String describe(DumpEvent e) {
    if (e instanceof DumpEvent.DataSetBegun b) {
      return "begin " + b.ordinal() + " " + b.entry().dsn();
    } else if (e instanceof DumpEvent.Chunk c) {
      return "chunk " + c.ordinal() + " " + c.firstCi() + "+" + c.ciCount();
    } else if (e instanceof DumpEvent.DataSetEnded d) {
      return "end " + d.ordinal() + " " + d.entry().dsn();
    } else {
      DumpEvent.Trailer t = (DumpEvent.Trailer) e;
      return "trailer " + t.dataSets() + " " + t.cis() + " " + t.bytes();
    }
  }

  /** Writes {@code bytes} in pieces of 1 to 40 CIs, as a copy loop with varying reads would. */
  private static void copyInRandomPieces(DataSetSink sink, byte[] bytes) {
    Random r = new Random(sink.entry().dsn().hashCode());
    int ciSize = sink.entry().ciSize();
    long ci = 0;
    while (ci < sink.entry().cis()) {
      int n = (int) Math.min(1 + r.nextInt(40), sink.entry().cis() - ci);
      sink.writeCis(ci, bytes, (int) ci * ciSize, n * ciSize);
      ci += n;
      Thread.yield();
    }
    sink.end();
  }
}
