package io.bwo.jcl;

import java.util.List;
import java.util.Map;

/**
 * What one DD statement (or one part of a concatenation) defines, as the local executor maps it:
 * a data set, a SYSOUT data set, a dummy, a z/OS UNIX path, or in-stream records.
 */
sealed interface DataDefinition {

  /**
   * {@code DSN=...,DISP=...}, with the DCB, SPACE, UNIT and similar parameters recorded as
   * written (they describe z/OS storage; locally a data set is one file).
   */
  record DataSet(DsnRef dsn, Disposition disposition, Map<String, String> attributes)
      implements DataDefinition {
    public DataSet {
      attributes = Map.copyOf(attributes);
    }
  }

  /** {@code SYSOUT=class}: a file in the job's output folder. */
  record Sysout(String sysoutClass) implements DataDefinition {}

  /** {@code DUMMY} or {@code DSN=NULLFILE}: reads end at once, writes are discarded. */
  record Dummy() implements DataDefinition {}

  /**
   * {@code PATH='/u/...'}: the file at that path; {@code create} for PATHOPTS OCREAT, and the
   * PATHDISP actions ({@code KEEP} or {@code DELETE}) for normal and abnormal ends.
   */
  record UnixFile(String path, boolean create, String normal, String abnormal)
      implements DataDefinition {}

  /** {@code DD *} or {@code DD DATA}: the records, symbols substituted when SYMBOLS=JCLONLY. */
  record InStream(List<String> records) implements DataDefinition {
    public InStream {
      records = List.copyOf(records);
    }
  }
}
