package io.bwo.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.catalog.CatalogEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DumpWriterTest {
  private static final CatalogEntry A = DumpFixture.entry("BWO.TEST.A", 512, 4);
  private static final CatalogEntry B = DumpFixture.entry("BWO.TEST.B", 512, 1);
  private static final byte[] FOUR_CIS = new byte[4 * 512];

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @Test
  void aWriterClosedWithoutFinishLeavesAnIncompleteDumpNamingTheOpenDataSet() {
    try (DumpWriter w = DumpWriter.start(out, DumpFixture.header(Compression.NONE, 1024))) {
      dumpWholeB(w);
      w.begin(A).writeCis(0, FOUR_CIS, 0, 1024);
    }
    VerifyReport r = DumpFixture.verify(out.toByteArray());
    DumpFault f = r.fault().orElseThrow();
    assertThat(f.kind()).isEqualTo(DumpFault.Kind.INCOMPLETE);
    assertThat(f.dsn()).contains(A.dsn());
    assertThat(f.from()).isEqualTo(out.size());
    assertThat(r.dataSets()).containsExactly(B);
  }

  @Test
  void aWriterClosedWithEveryDataSetEndedButNoTrailerIsStillIncomplete() {
    try (DumpWriter w = DumpWriter.start(out, DumpFixture.header(Compression.LZ4, 1024))) {
      dumpWholeB(w);
    }
    DumpFault f = DumpFixture.verify(out.toByteArray()).fault().orElseThrow();
    assertThat(f.kind()).isEqualTo(DumpFault.Kind.INCOMPLETE);
    assertThat(f.dsn()).isEmpty();
    assertThat(f.message().toString()).isEqualTo("BWO404E DUMP FAULT AT DUMP BYTES " + out.size()
        + " TO " + out.size() + ": THE DUMP ENDS WITHOUT A TRAILER AFTER " + out.size()
        + " BYTES: IT IS INCOMPLETE");
  }

  @Test
  void entriesPreparedBeforeTheCopyMakeTheSameDumpAsThoseThatAreNot() {
    DumpHeader header = DumpFixture.header(Compression.NONE, 1024);
    try (DumpWriter w = DumpWriter.start(out, header)) {
      dumpWholeB(w);
      w.finish();
    }
    ByteArrayOutputStream preparedOut = new ByteArrayOutputStream();
    try (DumpWriter w = DumpWriter.start(preparedOut, header)) {
      w.prepare(List.of(A, B));
      dumpWholeB(w);
      w.finish();
    }
    assertThat(preparedOut.toByteArray()).isEqualTo(out.toByteArray());
    assertThat(DumpFixture.verify(preparedOut.toByteArray()).dataSets()).containsExactly(B);
  }

  @Test
  void aDumpOfNoDataSetsIsSound() {
    try (DumpWriter w = DumpWriter.start(out, DumpFixture.header(Compression.NONE, 1024))) {
      w.finish();
      assertThat(w.bytesWritten()).isEqualTo(out.size());
    }
    VerifyReport r = DumpFixture.verify(out.toByteArray());
    assertThat(r.ok()).isTrue();
    assertThat(r.dataSets()).isEmpty();
  }

  @Test
  void cisMustComeWholeInOrderAndWithinTheDataSet() {
    try (DumpWriter w = DumpWriter.start(out, DumpFixture.header(Compression.NONE, 1024))) {
      DataSetSink a = w.begin(A);
      assertThatThrownBy(() -> a.writeCis(0, FOUR_CIS, 0, 100))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> a.writeCis(1, FOUR_CIS, 0, 512))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("expected CI 0");
      a.writeCis(0, FOUR_CIS, 0, 1024);
      assertThatThrownBy(() -> a.writeCis(2, FOUR_CIS, 0, 3 * 512))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only 4 CIs");
      assertThatThrownBy(a::end).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("only 2 of 4 CIs");
      assertThatThrownBy(w::finish).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("1 data sets are not ended");
    }
  }

  @Test
  void nothingCanBeWrittenAfterTheTrailer() {
    try (DumpWriter w = DumpWriter.start(out, DumpFixture.header(Compression.NONE, 1024))) {
      w.finish();
      assertThatThrownBy(() -> w.begin(A)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(w::finish).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aFailingOutputStopsTheDumpWithBwo406e() {
    OutputStream full = new OutputStream() {
      private int room = 4096;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (len > room) {
          throw new IOException("No space left on device");
        }
        room -= len;
      }
    };
    CatalogEntry big = DumpFixture.entry("BWO.TEST.BIG", 4096, 64);
    try (DumpWriter w = DumpWriter.start(full, DumpFixture.header(Compression.NONE, 65536))) {
      DataSetSink s = w.begin(big);
      assertThatThrownBy(() -> s.writeCis(0, new byte[65536], 0, 65536))
          .hasMessage("BWO406E DUMP OUTPUT FAILED: No space left on device");
      assertThatThrownBy(() -> w.begin(A))
          .hasMessage("BWO406E DUMP OUTPUT FAILED: AN EARLIER WRITE TO THE DUMP FAILED: No space left on device");
    }
  }

  @Test
  void aHeaderOutOfRangeIsRefusedWithBwo405e() {
    Instant t = DumpFixture.T0;
    assertThatThrownBy(() -> new DumpHeader(t, "", "SYS", Compression.NONE, 1024))
        .hasMessageContaining("BWO405E DUMP HEADER IS NOT VALID: RUN ID");
    assertThatThrownBy(() -> new DumpHeader(t, "R", "SYS", Compression.NONE, 100))
        .hasMessageContaining("CHUNK SIZE 100");
    assertThat(DumpHeader.of(t, "R", "SYS", Compression.NONE).chunkBytes()).isEqualTo(1 << 20);
  }

  @Test
  void aChunkHoldsAsManyCisAsTheChunkSizeAllowsAndAtLeastOne() {
    DumpHeader h = DumpFixture.header(Compression.NONE, 1024);
    assertThat(h.cisPerChunk(512)).isEqualTo(2);
    assertThat(h.cisPerChunk(1536)).isEqualTo(1);
    assertThat(h.cisPerChunk(32768)).isEqualTo(1);
  }

  private static void dumpWholeB(DumpWriter w) {
    DataSetSink b = w.begin(B);
    b.writeCis(0, FOUR_CIS, 0, 512);
    b.end();
  }
}
