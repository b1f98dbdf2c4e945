package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.control.DumpDataSet.ByCriterion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BY as IBM documents it: EQ matches any of its arguments, NE none of them. */
class ByFilterTest {
  private static final CatalogEntry UNCHANGED = CatalogEntry.linear(Dsn.parse("OSB.A"),
      SegmentName.parse("SEG1"), 4096, 16, true, Instant.EPOCH);
  private static final CatalogEntry CHANGED = UNCHANGED.withChanged(true);

  private static boolean holds(String schar, String op, String... args) {
    return ByFilter.holds(new ByCriterion(schar, op, List.of(args)), CHANGED);
  }

  @Test
  void dschaIsTheChangedFlag() {
    ByCriterion changed = new ByCriterion("DSCHA", "EQ", List.of("YES"));
    assertThat(ByFilter.holds(changed, CHANGED)).isTrue();
    assertThat(ByFilter.holds(changed, UNCHANGED)).isFalse();
    assertThat(ByFilter.holds(new ByCriterion("DSCHA", "NE", List.of("YES")), UNCHANGED))
        .isTrue();
    assertThat(ByFilter.holds(new ByCriterion("DSCHA", "EQ", List.of("NO", "YES")), UNCHANGED))
        .as("EQ: any of the arguments").isTrue();
    assertThat(ByFilter.holds(new ByCriterion("DSCHA", "NE", List.of("NO", "YES")), CHANGED))
        .as("NE: none of them").isFalse();
  }

  @Test
  void everyBwoClusterIsACatalogedSingleVolumeVsamDataSet() {
    assertThat(holds("DSORG", "EQ", "VSAM")).isTrue();
    assertThat(holds("DSORG", "EQ", "SAM", "PDS")).isFalse();
    assertThat(holds("DSORG", "NE", "VSAM")).isFalse();
    assertThat(holds("CATLG", "EQ", "YES")).isTrue();
    assertThat(holds("CATLG", "EQ", "NO")).isFalse();
    assertThat(holds("MULTI", "EQ", "NO")).isTrue();
    assertThat(holds("MULTI", "NE", "NO")).isFalse();
  }

  @Test
  void onlyWhatTheCatalogKeepsIsSupported() {
    assertThat(ByFilter.supported(new ByCriterion("DSORG", "EQ", List.of("VSAM")))).isTrue();
    assertThat(ByFilter.supported(new ByCriterion("EXPDT", "LT", List.of("*")))).isFalse();
  }
}
