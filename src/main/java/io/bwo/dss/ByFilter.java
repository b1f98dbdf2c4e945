package io.bwo.dss;

import io.bwo.catalog.CatalogEntry;
import io.bwo.control.ByCharacteristic;
import io.bwo.control.DumpDataSet.ByCriterion;

/**
 * The BY criteria bwo selects by ({@link ByCharacteristic#implemented()}): DSCHA, the
 * data-set-changed flag; CATLG, always YES for a data set selected from the catalog; MULTI,
 * always NO (bwo has no volumes to span); DSORG, always VSAM. As IBM documents, EQ with several
 * arguments matches any of them, NE none of them.
 */
final class ByFilter {
  private ByFilter() {}

  /** Whether bwo selects by {@code by}; false: the task refuses it (BWO515E). */
  static boolean supported(ByCriterion by) {
    return ByCharacteristic.valueOf(by.characteristic()).implemented();
  }

  /** Whether {@code e} meets {@code by}, which must be {@link #supported}. */
  static boolean holds(ByCriterion by, CatalogEntry e) {
    String value = switch (ByCharacteristic.valueOf(by.characteristic())) {
      case DSCHA -> e.changed() ? "YES" : "NO";
      case CATLG -> "YES";
      case MULTI -> "NO";
      case DSORG -> "VSAM";
      default -> throw new IllegalArgumentException("BY " + by.characteristic());
    };
    boolean any = by.arguments().contains(value);
    return by.operator().equals("EQ") == any;
  }
}
