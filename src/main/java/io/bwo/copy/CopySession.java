package io.bwo.copy;

import io.bwo.catalog.Dsn;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A concurrent copy session: the point in time of one data set, kept by its segment system until
 * the session ends. A point-in-time reader needs nothing else to read the image.
 *
 * @param id the session's id, unique within its segment system
 * @param ciSize the data set's CI size in bytes
 * @param cis the data set's size in CIs when the session was established
 * @param sideFile where the old images of CIs overwritten before they were copied are kept
 */
public record CopySession(String id, Dsn dsn, int ciSize, long cis, Path sideFile) {
  public CopySession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dsn, "dsn");
    Objects.requireNonNull(sideFile, "sideFile");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a session id is required");
    }
    if (ciSize <= 0 || cis < 0) {
      throw new IllegalArgumentException("bad shape " + cis + " x " + ciSize + " for " + dsn);
    }
  }

  /** The data set's size in bytes. */
  public long sizeBytes() {
    return cis * ciSize;
  }
}
