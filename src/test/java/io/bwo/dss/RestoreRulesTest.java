package io.bwo.dss;

import static io.bwo.dss.RestoreWorld.PAGE1;
import static io.bwo.dss.RestoreWorld.PAGE2;
import static io.bwo.dss.RestoreWorld.SEG2PAGE;
import static io.bwo.dss.RestoreWorld.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DFSMSdss rules of RESTORE: an existing data set needs REPLACE or REPLACEUNCONDITIONAL;
 * RENAMEUNCONDITIONAL restores under the new name, which needs REPLACEUNCONDITIONAL if it
 * exists, and takes precedence over REPLACE; RENAME renames only a data set whose old name
 * exists, and never onto an existing new name; and bwo's cold start rule: nothing of an ONLINE
 * segment is restored. The target catalog, unless a test says otherwise:
 *
 * <pre>
 *   dst/            segments OFFLINE, data all zeros
 *     SEG1  OSB.SEG1.PAGE01   8 CIs   (the dump has it with 32)
 * </pre>
 */
class RestoreRulesTest {
  private static final Dsn NEW1 = Dsn.parse("NEW.SEG1.PAGE01");
  private static final Dsn NEW2 = Dsn.parse("NEW.SEG1.PAGE02");

  @TempDir static Path shared;
  private static Path dump;
  private static Map<Dsn, RestoreWorld.Snapshot> source;

  @TempDir Path dir;
  private RestoreWorld w;
  private Catalog dst;

  @BeforeAll
  static void dumpTheSource() {
    RestoreWorld s = new RestoreWorld(shared);
    source = snapshot(s.dumpedSource());
    dump = s.dump;
  }

  @BeforeEach
  void makeTheTarget() {
    w = new RestoreWorld(dir);
    w.platform.dumpDd("TAPE", dump);
    dst = w.catalog("dst", SegmentStatus.OFFLINE, 0, 0, "SEG1:OSB.SEG1.PAGE01:8");
  }

  @Test
  void anExistingDataSetIsNotRestoredWithoutReplace() {
    var before = snapshot(dst).get(PAGE1);

    assertThat(restore("")).isEqualTo(8);

    assertThat(w.ids()).containsSubsequence("BWO810E", "ADR454I", "ADR455W");
    assertThat(snapshot(dst).get(PAGE1)).isEqualTo(before);
    assertThat(snapshot(dst).get(PAGE2)).isEqualTo(source.get(PAGE2));
    assertThat(snapshot(dst).get(SEG2PAGE)).isEqualTo(source.get(SEG2PAGE));
    assertThat(listed("ADR455W")).isEqualTo(PAGE1.name());
  }

  @Test
  void aRelativeGenerationIsListedAndRestoresNothing() {
    var before = snapshot(dst);

    assertThat(restore("INCLUDE(OSB.SEG1.PAGE01(0))", "REPLACE")).isEqualTo(4);
    assertThat(w.ids()).contains("BWO531I", "ADR415W");
    assertThat(snapshot(dst)).isEqualTo(before);

    assertThat(restore("INC(**) EXC(OSB.SEG1.PAGE01(-1))", "REPLACE")).isZero();
    assertThat(w.ids()).contains("BWO531I");
    assertThat(snapshot(dst)).isEqualTo(source);
  }

  @Test
  void replaceRestoresOverAnExistingDataSetWithTheDumpedEntry() {
    assertThat(restore("REPLACE")).isZero();

    assertThat(snapshot(dst)).isEqualTo(source);
    assertThat(dst.get(PAGE1).cis()).isEqualTo(32);
    assertThat(RestoreWorld.invariantHolds(dst)).isTrue();
  }

  @Test
  void replaceUnconditionalRestoresOverAnExistingDataSetToo() {
    assertThat(restore("REPLACEUNCONDITIONAL")).isZero();

    assertThat(snapshot(dst)).isEqualTo(source);
  }

  @Test
  void renameUnconditionalRestoresUnderTheNewNameAndLeavesTheOldOne() {
    var before = snapshot(dst).get(PAGE1);

    assertThat(restore("RENAMEUNCONDITIONAL((OSB.SEG1.**,NEW.SEG1.**))")).isZero();

    assertThat(snapshot(dst).get(PAGE1)).isEqualTo(before);
    assertThat(dst.get(NEW1)).isEqualTo(source.get(PAGE1).entry().withDsn(NEW1));
    assertThat(data(NEW1)).isEqualTo(source.get(PAGE1).data());
    assertThat(data(NEW2)).isEqualTo(source.get(PAGE2).data());
    assertThat(snapshot(dst).get(SEG2PAGE)).isEqualTo(source.get(SEG2PAGE));
  }

  @Test
  void renameTakesPrecedenceOverReplace() {
    var before = snapshot(dst).get(PAGE1);

    assertThat(restore("REPLACE RENUNC((OSB.SEG1.PAGE01,NEW.SEG1.PAGE01))")).isZero();

    assertThat(snapshot(dst).get(PAGE1)).isEqualTo(before);
    assertThat(data(NEW1)).isEqualTo(source.get(PAGE1).data());
  }

  @Test
  void anExistingNewNameNeedsReplaceUnconditional() {
    dst.define(CatalogEntry.linear(NEW1, SegmentName.parse("SEG1"), 512, 4, true,
        RestoreWorld.T0));
    var before = snapshot(dst).get(NEW1);

    assertThat(restore("REPLACE RENUNC((OSB.SEG1.**,NEW.SEG1.**))")).isEqualTo(8);
    assertThat(w.ids()).contains("BWO811E");
    assertThat(snapshot(dst).get(NEW1)).isEqualTo(before);
    assertThat(data(NEW2)).isEqualTo(source.get(PAGE2).data());

    assertThat(restore("REPUNC RENUNC((OSB.SEG1.**,NEW.SEG1.**))")).isZero();
    assertThat(data(NEW1)).isEqualTo(source.get(PAGE1).data());
  }

  @Test
  void aPrefixRenamesWhatNoPairMatches() {
    assertThat(restore("RENUNC((NEWHLQ),(OSB.SEG2.*,OTHER.SEG2.*))")).isZero();

    assertThat(dst.find(Dsn.parse("OTHER.SEG2.PAGE01"))).isPresent();
    assertThat(dst.find(Dsn.parse("NEWHLQ.SEG1.PAGE01"))).isPresent();
    assertThat(dst.find(Dsn.parse("NEWHLQ.SEG1.PAGE02"))).isPresent();
  }

  @Test
  void aNewNameRenamingCannotDeriveIsNotRestored() {
    assertThat(restore("RENUNC((OSB.SEG1.*,NEW.*.*))")).isEqualTo(8);

    assertThat(w.ids()).contains("BWO814E");
    assertThat(w.platform.sysprint()).anyMatch(l -> l.contains("BWO814E")
        && l.contains("RENAMEUNCONDITIONAL (OSB.SEG1.*,NEW.*.*)"));
    assertThat(dst.find(Dsn.parse("NEW.PAGE01.PAGE01"))).isEmpty();
    assertThat(dst.find(SEG2PAGE)).isPresent();
  }

  @Test
  void renameRenamesOnlyADataSetWhoseOldNameExists() {
    var before = snapshot(dst).get(PAGE1);

    assertThat(restore("RENAME((OSB.SEG1.**,NEW.SEG1.**))")).isZero();

    assertThat(snapshot(dst).get(PAGE1)).isEqualTo(before);
    assertThat(dst.get(NEW1)).isEqualTo(source.get(PAGE1).entry().withDsn(NEW1));
    assertThat(data(NEW1)).isEqualTo(source.get(PAGE1).data());
    assertThat(snapshot(dst).get(PAGE2)).isEqualTo(source.get(PAGE2));
    assertThat(dst.find(NEW2)).isEmpty();
    assertThat(snapshot(dst).get(SEG2PAGE)).isEqualTo(source.get(SEG2PAGE));
  }

  @Test
  void renameNeverRestoresOntoAnExistingNewNameNorReplacesTheOldOne() {
    dst.define(CatalogEntry.linear(NEW1, SegmentName.parse("SEG1"), 512, 4, true,
        RestoreWorld.T0));
    var before = snapshot(dst);

    assertThat(restore("REPUNC RENAME((OSB.SEG1.**,NEW.SEG1.**))")).isEqualTo(8);

    assertThat(w.ids()).contains("BWO824E");
    assertThat(listed("ADR455W")).isEqualTo(PAGE1.name());
    assertThat(snapshot(dst).get(NEW1)).isEqualTo(before.get(NEW1));
    assertThat(snapshot(dst).get(PAGE1)).isEqualTo(before.get(PAGE1));
    assertThat(snapshot(dst).get(PAGE2)).isEqualTo(source.get(PAGE2));
  }

  @Test
  void replaceActsWhereRenameMatchesNothing() {
    assertThat(restore("REPLACE RENAME((OSB.SEG2.**,X.SEG2.**))")).isZero();

    assertThat(snapshot(dst)).isEqualTo(source);
    assertThat(dst.find(Dsn.parse("X.SEG2.PAGE01"))).isEmpty();
  }

  @Test
  void renameWithAPrefixRenamesWhatExistsUnderItsOldName() {
    assertThat(restore("RENAME(NEWHLQ)")).isZero();

    assertThat(data(Dsn.parse("NEWHLQ.SEG1.PAGE01"))).isEqualTo(source.get(PAGE1).data());
    assertThat(snapshot(dst).get(PAGE2)).isEqualTo(source.get(PAGE2));
    assertThat(snapshot(dst).get(SEG2PAGE)).isEqualTo(source.get(SEG2PAGE));
    assertThat(dst.find(Dsn.parse("NEWHLQ.SEG1.PAGE02"))).isEmpty();
  }

  @Test
  void aRenameRuleThatCannotDeriveANameFailsOnlyWhereItApplies() {
    assertThat(restore("RENAME((OSB.SEG1.*,NEW.*.*))")).isEqualTo(8);

    assertThat(w.platform.sysprint()).anyMatch(l -> l.contains("BWO814E")
        && l.contains("RENAME (OSB.SEG1.*,NEW.*.*)"));
    assertThat(w.ids()).filteredOn("BWO814E"::equals).hasSize(1);
    assertThat(snapshot(dst).get(PAGE2)).isEqualTo(source.get(PAGE2));
  }

  @Test
  void nothingOfAnOnlineSegmentIsRestored() {
    dst.putSegment(new SegmentDefinition(SegmentName.parse("SEG1"), SegmentStatus.ONLINE));
    var before = snapshot(dst).get(PAGE1);

    assertThat(restore("REPLACE")).isEqualTo(8);

    assertThat(w.ids()).filteredOn("BWO812E"::equals).hasSize(2);
    assertThat(snapshot(dst).get(PAGE1)).isEqualTo(before);
    assertThat(dst.find(PAGE2)).isEmpty();
    assertThat(snapshot(dst).get(SEG2PAGE)).isEqualTo(source.get(SEG2PAGE));
    assertThat(dst.segment(SegmentName.parse("SEG2")).orElseThrow().status())
        .isEqualTo(SegmentStatus.OFFLINE);
  }

  @Test
  void aDataSetRenamedOntoOneOfAnOnlineSegmentIsNotRestored() {
    dst.putSegment(new SegmentDefinition(SegmentName.parse("SEG1"), SegmentStatus.ONLINE));
    var before = snapshot(dst).get(PAGE1);

    assertThat(restore("INCLUDE(OSB.SEG2.**)", "REPUNC RENUNC((OSB.SEG2.PAGE01,OSB.SEG1.PAGE01))"))
        .isEqualTo(8);

    assertThat(w.ids()).contains("BWO812E");
    assertThat(snapshot(dst).get(PAGE1)).isEqualTo(before);
  }

  @Test
  void theDumpIsReadAsOneThatMayNotBeInThePageCache() {
    assertThat(restore("REPLACE")).isZero();
    assertThat(w.platform.lastReadFromDisk()).contains(true);

    assertThat(w.dss(dst, DssOptions.defaults().withParm("TYPRUN=NORUN"),
        " RESTORE DS(INC(**)) IDD(TAPE) REPLACE")).isZero();
    assertThat(w.platform.lastReadFromDisk()).contains(true);
  }

  @Test
  void nothingSelectedIsAWarning() {
    assertThat(restore("INCLUDE(NO.SUCH.**)", "")).isEqualTo(4);

    assertThat(w.ids()).contains("ADR415W");
  }

  @Test
  void excludeAppliesToTheNamesInTheDump() {
    assertThat(restore("INCLUDE(**) EXCLUDE(OSB.SEG1.**)", "REPLACE")).isZero();

    assertThat(dst.get(PAGE1).cis()).isEqualTo(8);
    assertThat(dst.find(PAGE2)).isEmpty();
    assertThat(dst.find(SEG2PAGE)).isPresent();
  }

  @Test
  void typrunNorunListsWhatWouldBeRestoredAndWritesNothing() {
    var before = snapshot(dst);

    assertThat(w.dss(dst, DssOptions.defaults().withParm("TYPRUN=NORUN"),
        " RESTORE DS(INC(**)) IDD(TAPE) REPLACE RENUNC((OSB.SEG2.*,X.SEG2.*))")).isZero();

    assertThat(w.ids()).filteredOn("BWO821I"::equals).hasSize(3);
    assertThat(w.platform.sysprint()).anyMatch(l -> l.contains("X.SEG2.PAGE01"));
    assertThat(snapshot(dst)).isEqualTo(before);
  }

  @Test
  void typrunNorunOfADdConcatenatingDumpsListsWhatTheFirstWouldRestore() throws IOException {
    byte[] one = Files.readAllBytes(dump);
    byte[] two = java.util.Arrays.copyOf(one, 2 * one.length);
    System.arraycopy(one, 0, two, one.length, one.length);
    w.platform.inputDd("TWO", two);
    var before = snapshot(dst);

    assertThat(w.dss(dst, DssOptions.defaults().withParm("TYPRUN=NORUN"),
        " RESTORE DS(INC(**)) IDD(TWO) REPLACE")).isEqualTo(4);

    assertThat(w.ids()).contains("BWO826W").doesNotContain("BWO813E")
        .filteredOn("BWO821I"::equals).hasSize(3);
    assertThat(snapshot(dst)).isEqualTo(before);
  }

  private int restore(String options) {
    return restore("INCLUDE(**)", options);
  }

  private int restore(String selection, String options) {
    return w.dss(dst, " RESTORE DATASET(" + selection + ") INDDNAME(TAPE) -",
        "   " + options);
  }

  /** The SHA-256 of the data of {@code dsn} in the target catalog. */
  private String data(Dsn dsn) {
    return RestoreWorld.bytes(dst.dataFile(dsn));
  }

  /** The first DSN listed under message {@code id}. */
  private String listed(String id) {
    var lines = w.platform.sysprint();
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).strip().startsWith(id)) {
        return lines.get(i + 1).strip();
      }
    }
    return "";
  }
}
