package io.bwo.dump;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import java.io.OutputStream;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The dump's hot paths on one 1 MiB chunk of page-like data (a random quarter per 4 KiB CI, the
 * rest non-zero balances): CRC32C alone, and the copy loop's work per chunk (CRC32C, digest,
 * compression, record framing) into a stream that discards. Throughput is chunks per second;
 * times 1 MiB for bytes per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class HotPathsBench {
  private static final int CHUNK = 1 << 20;
  private static final int CI = 4096;

  @Param({"NONE", "LZ4"})
  public String compression;

  private final byte[] chunk = new byte[CHUNK];
  private DumpWriter writer;
  private DataSetSink sink;
  private long ci;

  @Setup(Level.Trial)
  public void data() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < CHUNK; i += 8) {
      long v = i % CI < CI / 4 ? random.nextLong(1L << 40) : 1000L;
      for (int b = 0; b < 8; b++) {
        chunk[i + b] = (byte) (v >>> (56 - 8 * b));
      }
    }
  }

  @Setup(Level.Iteration)
  public void dump() {
    writer = DumpWriter.start(OutputStream.nullOutputStream(),
        DumpHeader.of(Instant.now(), "JMH", "JMH", Compression.valueOf(compression)));
    // Big enough that no iteration reaches its end.
    sink = writer.begin(CatalogEntry.linear(Dsn.parse("JMH.DATA"), SegmentName.parse("JMH"), CI,
        1L << 40, true, Instant.now()));
    ci = 0;
  }

  /** CRC32C of a chunk as the dump computes it. */
  @Benchmark
  public int crc32c() {
    return RecordType.crc32c(chunk, 0, CHUNK);
  }

  /** The JDK's CRC32C directly, for comparison. */
  @Benchmark
  public long jdkCrc32c() {
    CRC32C crc = new CRC32C();
    crc.update(chunk, 0, CHUNK);
    return crc.getValue();
  }

  /** One chunk through the copy loop's sink: checksums, digest, compression, framing. */
  @Benchmark
  public long copyLoopChunk() {
    sink.writeCis(ci, chunk, 0, CHUNK);
    ci += CHUNK / CI;
    return ci;
  }
}
