package io.bwo.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * A reader that lends chunks' buffers ({@link DumpReader#lendFrom}), as RESTORE's does: every
 * buffer comes back, from the reader or from whoever claimed it, whatever the dump holds.
 */
class DumpReaderLendingTest {

  /** A pool of direct buffers of one capacity that knows which of its buffers are out. */
  private static final class Pool implements DumpReader.ChunkBuffers {
    final int capacity;
    final Deque<ByteBuffer> free = new ArrayDeque<>();
    final Set<ByteBuffer> out = Collections.newSetFromMap(new IdentityHashMap<>());
    int lent;

    Pool(int capacity, int buffers) {
      this.capacity = capacity;
      for (int i = 0; i < buffers; i++) {
        free.add(ByteBuffer.allocateDirect(capacity));
      }
    }

    @Override
    public int capacity() {
      return capacity;
    }

    @Override
    public ByteBuffer lend() {
      ByteBuffer b = free.pop();
      out.add(b);
      lent++;
      return b.clear();
    }

    @Override
    public void giveBack(ByteBuffer buffer) {
      assertThat(out.remove(buffer)).as("a buffer of this pool, lent and not back yet").isTrue();
      free.push(buffer);
    }

    /** A claimed buffer, back from its claimer. */
    void returned(ByteBuffer buffer) {
      giveBack(buffer);
    }
  }

  /** Reads {@code in} to its trailer with {@code pool} lent, handing each chunk to {@code each}. */
  private static Map<Dsn, byte[]> restore(InputStream in, Pool pool,
      BiConsumer<DumpReader, DumpEvent.Chunk> each) {
    try (DumpReader r = DumpReader.open(in)) {
      r.lendFrom(pool);
      return DumpFixture.restore(r, each);
    }
  }

  private static Map<Dsn, byte[]> byDsn(Map<CatalogEntry, byte[]> contents) {
    Map<Dsn, byte[]> m = new LinkedHashMap<>();
    contents.forEach((e, b) -> m.put(e.dsn(), b));
    return m;
  }

  private static void assertSameContents(Map<Dsn, byte[]> actual, Map<Dsn, byte[]> expected) {
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((dsn, b) -> assertThat(actual.get(dsn)).as(dsn.toString()).isEqualTo(b));
  }

  @Test
  void eachStoredChunkIsReadIntoALentBufferAndTheUnclaimedOnesComeBackAtTheNextRecord() {
    byte[] dump = DumpFixture.smallDump(Compression.NONE);
    Pool pool = new Pool(1024, 1);
    int[] chunks = {0};
    Map<Dsn, byte[]> restored = restore(new MemoryDumpInput(dump), pool, (r, c) -> {
      chunks[0]++;
      assertThat(c.data().isDirect()).as("read into the lent buffer").isTrue();
      assertThat(c.data().isReadOnly()).isTrue();
      assertThat(pool.out).hasSize(1);
    });
    // One buffer was enough: each came back before the next record was read.
    assertThat(pool.lent).isEqualTo(chunks[0]).isEqualTo(7);
    assertThat(pool.out).isEmpty();
    assertSameContents(restored, byDsn(DumpFixture.smallContents()));
  }

  @Test
  void aClaimedBufferIsTheClaimersToGiveBackAndIsClaimedOnce() {
    byte[] dump = DumpFixture.smallDump(Compression.NONE);
    Pool pool = new Pool(1024, 2);
    Map<Dsn, byte[]> restored = restore(new MemoryDumpInput(dump), pool, (r, c) -> {
      ByteBuffer own = r.claim(c).orElseThrow();
      assertThat(own.position()).isZero();
      assertThat(own.limit()).isEqualTo(c.data().remaining());
      assertThat(own).isEqualTo(c.data());
      assertThat(r.claim(c)).as("claimed already").isEmpty();
      assertThat(pool.out).containsExactly(own);
      pool.returned(own);
    });
    assertThat(pool.out).isEmpty();
    assertSameContents(restored, byDsn(DumpFixture.smallContents()));
  }

  @Test
  void onlyTheLastChunkReadMayBeClaimed() {
    byte[] dump = DumpFixture.smallDump(Compression.NONE);
    Pool pool = new Pool(1024, 1);
    DumpEvent.Chunk[] previous = {null};
    restore(new MemoryDumpInput(dump), pool, (r, c) -> {
      if (previous[0] != null) {
        assertThat(r.claim(previous[0])).isEmpty();
      }
      previous[0] = c;
    });
    assertThat(pool.out).isEmpty();
  }

  @Test
  void compressedChunksLargerChunksAndStreamsThatAreNoChannelsAreReadAsBefore() {
    Map<Dsn, byte[]> expected = byDsn(DumpFixture.smallContents());
    Pool tooSmall = new Pool(512, 1);
    assertSameContents(restore(new MemoryDumpInput(DumpFixture.smallDump(Compression.NONE)),
        tooSmall, (r, c) -> assertThat(c.data().isDirect()).isEqualTo(
            c.data().remaining() <= 512)), expected);
    Pool compressed = new Pool(1024, 1);
    int[] chunks = {0};
    assertSameContents(restore(new MemoryDumpInput(DumpFixture.smallDump(Compression.LZ4)),
        compressed, (r, c) -> {
          chunks[0]++;
          assertThat(c.data().isDirect()).isEqualTo(compressed.out.size() == 1);
        }), expected);
    // The chunks LZ4 shrank were expanded as before; those it could not were stored as read.
    assertThat(compressed.lent).isPositive().isLessThan(chunks[0]);
    Pool stream = new Pool(1024, 1);
    assertSameContents(restore(new ByteArrayInputStream(
        DumpFixture.smallDump(Compression.NONE)), stream,
        (r, c) -> assertThat(r.claim(c)).isEmpty()), expected);
    assertThat(stream.lent).isZero();
    assertThat(tooSmall.out).isEmpty();
    assertThat(compressed.out).isEmpty();
  }

  @Test
  void aChunkWhoseBytesDoNotMatchItsCrcGivesItsBufferBackAndIsAFault() {
    byte[] dump = DumpFixture.smallDump(Compression.NONE);
    DumpFixture.Span chunk = DumpFixture.spans(dump).stream()
        .filter(s -> s.kind().equals("Chunk")).findFirst().orElseThrow();
    dump[(int) chunk.end() - 1] ^= 1;
    Pool pool = new Pool(1024, 1);
    DumpFaultException e = catchThrowableOfType(DumpFaultException.class,
        () -> restore(new MemoryDumpInput(dump), pool, (r, c) -> { }));
    assertThat(e.fault().kind()).isEqualTo(DumpFault.Kind.DATA_CRC);
    assertThat(e.fault().from()).isEqualTo(chunk.start());
    assertThat(pool.out).isEmpty();
  }

  @Test
  void aDumpThatEndsInsideAChunkGivesItsBufferBackAndIsTruncated() {
    byte[] whole = DumpFixture.smallDump(Compression.NONE);
    DumpFixture.Span chunk = DumpFixture.spans(whole).stream()
        .filter(s -> s.kind().equals("Chunk")).skip(2).findFirst().orElseThrow();
    byte[] dump = Arrays.copyOf(whole, (int) chunk.end() - 10);
    Pool pool = new Pool(1024, 1);
    DumpFaultException e = catchThrowableOfType(DumpFaultException.class,
        () -> restore(new MemoryDumpInput(dump), pool, (r, c) -> { }));
    assertThat(e.fault().kind()).isEqualTo(DumpFault.Kind.TRUNCATED);
    assertThat(pool.out).isEmpty();
  }

  @Test
  void aBufferLentWhenTheReaderIsClosedComesBack() {
    Pool pool = new Pool(1024, 1);
    try (DumpReader r = DumpReader.open(
        new MemoryDumpInput(DumpFixture.smallDump(Compression.NONE)))) {
      r.lendFrom(pool);
      DumpEvent ev;
      do {
        ev = r.next();
      } while (!(ev instanceof DumpEvent.Chunk));
      assertThat(pool.out).hasSize(1);
    }
    assertThat(pool.out).isEmpty();
  }
}
