package io.bwo.dss;

import io.bwo.catalog.CatalogEntry;
import io.bwo.control.DumpDataSet.ByCriterion;

/** The BY criteria the parser accepts: {@code BY(DSCHA,EQ|NE,YES|NO)}, the data-set-changed flag. */
final class ByFilter {
  private ByFilter() {}

  /** Whether {@code e} meets {@code by}. */
  static boolean holds(ByCriterion by, CatalogEntry e) {
    boolean wanted = by.arguments().contains("YES");
    boolean equal = e.changed() == wanted;
    return by.operator().equals("EQ") ? equal : !equal;
  }
}
