package io.bwo.segment;

import io.bwo.catalog.Dsn;
import java.util.Arrays;
import java.util.Objects;

/** One change in a transaction, to one CI of one data set. */
public sealed interface Update permits Update.WriteCi, Update.AddLong {

  /** The data set changed. */
  Dsn dsn();

  /** Replaces CI {@code ci} of {@code dsn} with {@code data}, exactly one CI long. */
  record WriteCi(Dsn dsn, long ci, byte[] data) implements Update {
    public WriteCi {
      Objects.requireNonNull(dsn, "dsn");
      if (ci < 0) {
        throw new IllegalArgumentException("CI " + ci + " of " + dsn);
      }
      data = data.clone();
    }

    /** A copy of the new content. */
    @Override
    public byte[] data() {
      return data.clone();
    }

    /** The new content, not copied: for the segment system, which only reads it. */
    byte[] content() {
      return data;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof WriteCi w && w.dsn.equals(dsn) && w.ci == ci
          && Arrays.equals(w.data, data);
    }

    @Override
    public int hashCode() {
      return Objects.hash(dsn, ci, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
      return "WriteCi[" + dsn + ", ci=" + ci + ", " + data.length + " bytes]";
    }
  }

  /**
   * Adds {@code delta} to the 8-byte big-endian signed integer at byte {@code offset} of {@code
   * dsn} (an account, for the workload); the 8 bytes lie within one CI.
   */
  record AddLong(Dsn dsn, long offset, long delta) implements Update {
    public AddLong {
      Objects.requireNonNull(dsn, "dsn");
      if (offset < 0) {
        throw new IllegalArgumentException("offset " + offset + " of " + dsn);
      }
    }
  }
}
