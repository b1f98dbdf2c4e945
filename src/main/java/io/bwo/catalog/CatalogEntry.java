package io.bwo.catalog;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.time.Instant;
import java.util.Objects;

/**
 * A cluster's catalog entry: what a restore needs to define the data set again.
 *
 * @param ciSize control interval size in bytes, a multiple of 512 from 512 to 32768
 * @param cis the size of the data set in control intervals
 * @param highUsedRba the relative byte address just past the last byte in use
 * @param bwoEligible the backup-while-open indicator
 * @param changed the data-set-changed flag (DSCHA), set by updates and reset by DUMP RESET
 */
public record CatalogEntry(
    Dsn dsn,
    ClusterType type,
    int ciSize,
    long cis,
    long highUsedRba,
    boolean bwoEligible,
    boolean changed,
    Instant created,
    Instant updated,
    SegmentName segment) {

  public static final int DEFAULT_CI_SIZE = 4096;

  public CatalogEntry {
    Objects.requireNonNull(dsn, "dsn");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(segment, "segment");
    if (ciSize < 512 || ciSize > 32768 || ciSize % 512 != 0) {
      throw BwoException.of(Msg.BWO106E, dsn, "CI SIZE " + ciSize
          + " IS NOT A MULTIPLE OF 512 FROM 512 TO 32768");
    }
    if (cis < 1 || cis > Long.MAX_VALUE / ciSize) {
      throw BwoException.of(Msg.BWO106E, dsn, "THE SIZE IN CIS MUST BE AT LEAST 1, NOT " + cis);
    }
    if (highUsedRba < 0 || highUsedRba > cis * ciSize) {
      throw BwoException.of(Msg.BWO106E, dsn, "HIGH-USED RBA " + highUsedRba
          + " IS OUTSIDE THE DATA SET (0 TO " + cis * ciSize + ")");
    }
  }

  /** A new LINEAR cluster of {@code cis} control intervals, all in use, created at {@code now}. */
  public static CatalogEntry linear(
      Dsn dsn, SegmentName segment, int ciSize, long cis, boolean bwoEligible, Instant now) {
    return new CatalogEntry(
        dsn, ClusterType.LINEAR, ciSize, cis, cis * ciSize, bwoEligible, false, now, now, segment);
  }

  /** The data set's size in bytes: CIs times CI size. */
  public long sizeBytes() {
    return cis * ciSize;
  }

  public CatalogEntry withChanged(boolean c) {
    return new CatalogEntry(dsn, type, ciSize, cis, highUsedRba, bwoEligible, c, created, updated,
        segment);
  }

  public CatalogEntry withUpdated(Instant t) {
    return new CatalogEntry(dsn, type, ciSize, cis, highUsedRba, bwoEligible, changed, created, t,
        segment);
  }

  public CatalogEntry withBwoEligible(boolean b) {
    return new CatalogEntry(dsn, type, ciSize, cis, highUsedRba, b, changed, created, updated,
        segment);
  }

  public CatalogEntry withSegment(SegmentName s) {
    return new CatalogEntry(dsn, type, ciSize, cis, highUsedRba, bwoEligible, changed, created,
        updated, s);
  }

  public CatalogEntry withDsn(Dsn d) {
    return new CatalogEntry(d, type, ciSize, cis, highUsedRba, bwoEligible, changed, created,
        updated, segment);
  }
}
