package io.bwo.dump;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Dsn;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DumpVerifierTest {
  private static final byte[] PLAIN = DumpFixture.smallDump(Compression.NONE);
  private static final byte[] PACKED = DumpFixture.smallDump(Compression.LZ4);

  @Example
  void aSoundDumpIsReportedWithEachDataSetItsCisAndBytes() {
    VerifyReport r = DumpFixture.verify(PACKED);
    assertThat(r.ok()).isTrue();
    assertThat(r.header()).contains(DumpFixture.header(Compression.LZ4, 1024));
    assertThat(r.dataSets()).extracting(e -> e.dsn().name() + " " + e.cis() + " " + e.sizeBytes())
        .containsExactly("BWO.TEST.A 5 2560", "BWO.TEST.B 3 3072", "BWO.TEST.C 2 1024");
    assertThat(r.cis()).isEqualTo(10);
    assertThat(r.dataBytes()).isEqualTo(6656);
    assertThat(r.dumpBytes()).isEqualTo(PACKED.length);
  }

  @Example
  void everyTruncationPointIsReportedAsTruncatedOrIncomplete() {
    for (byte[] dump : List.of(PLAIN, PACKED)) {
      List<DumpFixture.Span> spans = DumpFixture.spans(dump);
      for (int length = 0; length < dump.length; length++) {
        assertTruncationReported(dump, spans, length);
      }
    }
  }

  private static void assertTruncationReported(byte[] dump, List<DumpFixture.Span> spans,
      int length) {
    VerifyReport r = DumpFixture.verify(Arrays.copyOf(dump, length));
    DumpFault f = r.fault().orElseThrow(() -> new AssertionError("sound at " + length));
    assertThat(f.kind()).isIn(DumpFault.Kind.TRUNCATED, DumpFault.Kind.INCOMPLETE);
    assertThat(f.to()).isEqualTo(length);
    boolean atBoundary = spans.stream().anyMatch(s -> s.end() == length);
    assertThat(f.kind() == DumpFault.Kind.INCOMPLETE).as("at %d", length).isEqualTo(atBoundary);
    // Inside a chunk's data (not its fixed part, whose ordinal is unchecked) the data set is known.
    spans.stream().filter(s -> s.kind().equals("Chunk")
            && s.start() + RecordType.CHUNK.fixedLength < length && length < s.end())
        .forEach(s -> assertThat(f.dsn()).as("at %d", length).isEqualTo(s.dsn()));
  }

  @Property(tries = 3000)
  void aFlippedBitIsFoundInTheRecordThatHoldsIt(
      @ForAll boolean packed, @ForAll("offsets") int where, @ForAll @IntRange(max = 7) int bit) {
    byte[] dump = (packed ? PACKED : PLAIN).clone();
    int offset = where % dump.length;
    dump[offset] ^= (byte) (1 << bit);

    DumpFault f = DumpFixture.verify(dump).fault().orElseThrow(() -> new AssertionError("sound"));

    assertThat(f.from()).isLessThanOrEqualTo(offset);
    assertThat(f.to()).isGreaterThan(offset);
    DumpFixture.Span hit = DumpFixture.spans(packed ? PACKED : PLAIN).stream()
        .filter(s -> s.contains(offset)).findFirst().orElseThrow();
    if (hit.kind().equals("Chunk") && offset >= hit.start() + RecordType.CHUNK.fixedLength) {
      assertThat(f.kind()).isEqualTo(DumpFault.Kind.DATA_CRC);
      assertThat(f.dsn()).isEqualTo(hit.dsn());
    } else if (f.dsn().isPresent()) {
      assertThat(f.dsn()).isEqualTo(hit.dsn());
    }
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, Math.max(PLAIN.length, PACKED.length) - 1);
  }

  @Property
  void garbageIsNeverSound(@ForAll byte[] garbage) {
    assertThat(DumpFixture.verify(garbage).ok()).isFalse();
  }

  @Property
  void garbageAfterASoundHeaderIsNeverSound(@ForAll @Size(max = 300) byte[] garbage,
      @ForAll @IntRange(min = 8, max = 100) int headerBytes) {
    int keep = Math.min(headerBytes, headerLength());
    byte[] dump = Arrays.copyOf(PLAIN, keep + garbage.length);
    System.arraycopy(garbage, 0, dump, keep, garbage.length);
    VerifyReport r = DumpFixture.verify(dump);
    assertThat(r.ok()).isFalse();
    assertThat(r.fault().orElseThrow().to()).isGreaterThanOrEqualTo(keep);
  }

  @Example
  void aFileThatIsNotADumpHasABadMagicNumber() {
    DumpFault f = DumpFixture.verify("//DUMP JOB (ACCT)\n".getBytes()).fault().orElseThrow();
    assertThat(f.kind()).isEqualTo(DumpFault.Kind.BAD_MAGIC);
    assertThat(f.message().toString()).startsWith("BWO404E DUMP FAULT AT DUMP BYTES 0 TO 8:");
  }

  @Example
  void anotherFormatVersionIsReportedAsUnsupported() {
    byte[] dump = PLAIN.clone();
    ByteBuffer.wrap(dump).putShort(8, (short) 2);
    DumpFault f = DumpFixture.verify(dump).fault().orElseThrow();
    assertThat(f.kind()).isEqualTo(DumpFault.Kind.UNSUPPORTED_VERSION);
    assertThat(f.detail()).isEqualTo("FORMAT VERSION 2 IS NOT SUPPORTED (ONLY 1)");
  }

  @Example
  void aCorruptChunkNamesItsDataSetAndTheRecordsByteRange() {
    DumpFixture.Span chunk = span(PLAIN, "Chunk", "BWO.TEST.B", 1);
    byte[] dump = PLAIN.clone();
    dump[(int) chunk.end() - 1] ^= 0x40;
    DumpFault f = DumpFixture.verify(dump).fault().orElseThrow();
    assertThat(f.message().toString()).isEqualTo("BWO403E DUMP FAULT IN DATA SET BWO.TEST.B AT DUMP"
        + " BYTES " + chunk.start() + " TO " + chunk.end()
        + ": THE CRC32C OF THE CHUNK AT CI 1 DOES NOT MATCH");
  }

  @Example
  void aMissingChunkRecordIsOutOfSequence() {
    DumpFixture.Span chunk = span(PLAIN, "Chunk", "BWO.TEST.B", 0);
    DumpFault f = DumpFixture.verify(cut(PLAIN, chunk)).fault().orElseThrow();
    assertThat(f.kind()).isEqualTo(DumpFault.Kind.OUT_OF_SEQUENCE);
    assertThat(f.dsn()).contains(Dsn.parse("BWO.TEST.B"));
    assertThat(f.detail()).isEqualTo("CHUNK STARTS AT CI 1 WHERE CI 0 WAS EXPECTED");
  }

  @Example
  void aMissingDataSetEndIsReportedAtTheTrailer() {
    DumpFixture.Span end = span(PLAIN, "DataSetEnded", "BWO.TEST.A", 0);
    DumpFault f = DumpFixture.verify(cut(PLAIN, end)).fault().orElseThrow();
    assertThat(f.kind()).isEqualTo(DumpFault.Kind.MISSING_END);
    assertThat(f.dsn()).contains(Dsn.parse("BWO.TEST.A"));
    assertThat(f.from()).isEqualTo(span(PLAIN, "DataSetBegun", "BWO.TEST.A", 0).start());
    assertThat(f.to()).isEqualTo(end.start());
  }

  @Example
  void recordsSwappedBetweenDataSetsBreakTheDumpDigest() {
    // The first chunk of A and the one after it (of B) swap places: each data set still sees its
    // own chunks in order, so only the digest of the whole dump can tell.
    DumpFixture.Span a = span(PLAIN, "Chunk", "BWO.TEST.A", 0);
    DumpFixture.Span b = span(PLAIN, "Chunk", "BWO.TEST.B", 0);
    assertThat(b.start()).isEqualTo(a.end());
    ByteArrayOutputStream swapped = new ByteArrayOutputStream();
    swapped.write(PLAIN, 0, (int) a.start());
    swapped.write(PLAIN, (int) b.start(), (int) (b.end() - b.start()));
    swapped.write(PLAIN, (int) a.start(), (int) (a.end() - a.start()));
    swapped.write(PLAIN, (int) b.end(), PLAIN.length - (int) b.end());

    DumpFault f = DumpFixture.verify(swapped.toByteArray()).fault().orElseThrow();

    assertThat(f.kind()).isEqualTo(DumpFault.Kind.DIGEST_MISMATCH);
    assertThat(f.detail()).isEqualTo("THE DIGEST OF THE DUMP DOES NOT MATCH ITS RECORDS");
    assertThat(f.from()).isEqualTo(span(PLAIN, "Trailer", null, 0).start());
  }

  @Example
  void bytesAfterTheTrailerAreAFault() {
    byte[] dump = Arrays.copyOf(PLAIN, PLAIN.length + 10);
    DumpFault f = DumpFixture.verify(dump).fault().orElseThrow();
    assertThat(f.kind()).isEqualTo(DumpFault.Kind.DATA_AFTER_TRAILER);
    assertThat(f.from()).isEqualTo(PLAIN.length);
    assertThat(f.to()).isEqualTo(PLAIN.length + 10);
  }

  @Example
  void aSecondDumpAfterTheTrailerIsAFaultNamedAsAConcatenation() {
    byte[] two = Arrays.copyOf(PLAIN, PLAIN.length * 2);
    System.arraycopy(PLAIN, 0, two, PLAIN.length, PLAIN.length);
    DumpFault f = DumpFixture.verify(two).fault().orElseThrow();
    assertThat(f.kind()).isEqualTo(DumpFault.Kind.DATA_AFTER_TRAILER);
    assertThat(f.detail()).isEqualTo(
        PLAIN.length + " BYTES FOLLOW THE TRAILER: ANOTHER DUMP (A CONCATENATION OF DUMPS)");
  }

  private static int headerLength() {
    return (int) DumpFixture.spans(PLAIN).get(0).end();
  }

  /** The {@code n}th record of {@code kind} of data set {@code dsn} (null: any) in {@code dump}. */
  private static DumpFixture.Span span(byte[] dump, String kind, String dsn, int n) {
    Optional<Dsn> want = dsn == null ? Optional.empty() : Optional.of(Dsn.parse(dsn));
    return DumpFixture.spans(dump).stream()
        .filter(s -> s.kind().equals(kind) && s.dsn().equals(want))
        .skip(n).findFirst().orElseThrow();
  }

  private static byte[] cut(byte[] dump, DumpFixture.Span s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(dump, 0, (int) s.start());
    out.write(dump, (int) s.end(), dump.length - (int) s.end());
    return out.toByteArray();
  }
}
