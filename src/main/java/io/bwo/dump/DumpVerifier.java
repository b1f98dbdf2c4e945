package io.bwo.dump;

import io.bwo.catalog.CatalogEntry;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks a dump end to end without restoring it: every CRC32C, every count, both digests, and
 * that the dump is complete. Runs at the speed of reading and CRC32C (and of expanding, for a
 * compressed dump), in constant memory.
 */
public final class DumpVerifier {
  private DumpVerifier() {}

  /**
   * Reads the dump on {@code in} to its end, or to its first fault, and reports what it found. A
   * fault of the dump is a value in the report, never an exception; only a compression that
   * does not work on this platform throws (BWO408E). Does not close {@code in}.
   */
  public static VerifyReport verify(InputStream in) {
    return verify(in, false);
  }

  /**
   * As {@link #verify(InputStream)}, taking other dumps after the trailer as a concatenation of
   * dumps, whose first alone is verified (DumpReader#takingConcatenation), as RESTORE reads it.
   */
  public static VerifyReport verifyFirst(InputStream in) {
    return verify(in, true);
  }

  private static VerifyReport verify(InputStream in, boolean first) {
    Optional<DumpHeader> header = Optional.empty();
    // Keyed by ordinal, so that data sets are listed in the order the dump began them.
    Map<Integer, CatalogEntry> sound = new TreeMap<>();
    DumpReader reader = null;
    try {
      reader = DumpReader.open(in);
      if (first) {
        reader.takingConcatenation();
      }
      header = Optional.of(reader.header());
      for (DumpEvent e = reader.next(); !(e instanceof DumpEvent.Trailer); e = reader.next()) {
        if (e instanceof DumpEvent.DataSetEnded ended) {
          sound.put(ended.ordinal(), ended.entry());
        }
      }
      return new VerifyReport(header, List.copyOf(sound.values()), reader.position(),
          Optional.empty(), reader.bytesOfOtherDumps());
    } catch (DumpFaultException f) {
      long read = reader == null ? f.fault().to() : reader.position();
      return new VerifyReport(header, List.copyOf(sound.values()), read, Optional.of(f.fault()),
          0);
    }
  }
}
