package io.bwo.jcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a DD's DCB and SPACE say locally: a library or not, and the record format. */
class DcbTest {
  @Test
  void directoryBlocksDsntypeOrDsorgPoMakeALibrary() {
    assertThat(Dcb.partitioned(Map.of("SPACE", "(TRK,(1,1,5))"))).isTrue();
    assertThat(Dcb.partitioned(Map.of("SPACE", "(CYL,(10,5,20),RLSE)"))).isTrue();
    assertThat(Dcb.partitioned(Map.of("SPACE", "(80,(100,50,10))"))).isTrue();
    assertThat(Dcb.partitioned(Map.of("SPACE", "(TRK,(1,,5))"))).isTrue();
    assertThat(Dcb.partitioned(Map.of("DSNTYPE", "LIBRARY"))).isTrue();
    assertThat(Dcb.partitioned(Map.of("DSNTYPE", "(LIBRARY,2)"))).isTrue();
    assertThat(Dcb.partitioned(Map.of("DSNTYPE", "PDS"))).isTrue();
    assertThat(Dcb.partitioned(Map.of("DSORG", "PO"))).isTrue();
    assertThat(Dcb.partitioned(Map.of("DCB", "(RECFM=FB,DSORG=PO,LRECL=80)"))).isTrue();

    assertThat(Dcb.partitioned(Map.of())).isFalse();
    assertThat(Dcb.partitioned(Map.of("SPACE", "(TRK,(1,1))"))).isFalse();
    assertThat(Dcb.partitioned(Map.of("SPACE", "(TRK,(1,1,0))"))).isFalse();
    assertThat(Dcb.partitioned(Map.of("SPACE", "(TRK,1)"))).isFalse();
    assertThat(Dcb.partitioned(Map.of("DSNTYPE", "LARGE"))).isFalse();
    assertThat(Dcb.partitioned(Map.of("DCB", "(RECFM=FB,DSORG=PS)"))).isFalse();
  }

  @Test
  void recfmAndLreclAloneOrInDcbBecomeTheStubsDdSettings() {
    assertThat(Dcb.environment("OUT", Map.of("DCB", "(RECFM=FB,LRECL=080,BLKSIZE=27920)")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("DD_OUT_RECFM", "FB", "DD_OUT_LRECL", "80"));
    assertThat(Dcb.environment("OUT", Map.of("RECFM", "vb", "LRECL", "255")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("DD_OUT_RECFM", "VB", "DD_OUT_LRECL", "255"));
    // Coded both ways, the keyword alone is taken.
    assertThat(Dcb.environment("OUT", Map.of("RECFM", "FBA", "DCB", "(RECFM=FB)")))
        .containsEntry("DD_OUT_RECFM", "FBA");
    // A tape's or a spanned block's format the stubs cannot write, or no LRECL: left out.
    assertThat(Dcb.environment("T", Map.of("DCB", "(RECFM=D,LRECL=X,BLKLEN=4)"))).isEmpty();
    assertThat(Dcb.environment("T", Map.of("DCB", "(BLKSIZE=32760)"))).isEmpty();
    assertThat(Dcb.environment("T", Map.of("DCB", "*.STEP1.OUT"))).isEmpty();
  }
}
