package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal commits the data sets of a restore together under one intent, and the next
 * restore carries out whatever intent a killed one left: its own, or the one-entry intent of an
 * earlier version.
 */
class RestoreJournalTest {
  private static final int CI = 4096;
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @TempDir Path dir;

  private static CatalogEntry entry(String dsn, String seg, long cis) {
    return CatalogEntry.linear(Dsn.parse(dsn), SegmentName.parse(seg), CI, cis, true,
        Instant.EPOCH);
  }

  /** A complete, forced temporary file of {@code e} whose every byte is {@code fill}. */
  private static StagedDataSet staged(Catalog c, CatalogEntry e, int fill,
      StagedDataSet.Writes writes) throws IOException {
    StagedDataSet s = StagedDataSet.create(e, c.dataFile(e.dsn()), writes);
    byte[] data = new byte[Math.toIntExact(e.sizeBytes())];
    Arrays.fill(data, (byte) fill);
    s.write(StagedDataSetTest.chunk(1, 0, Math.toIntExact(e.cis()), data));
    s.complete();
    s.finish(StagedDataSet.readBackBuffer());
    return s;
  }

  /**
   * What a restore of {@code a} (all bytes 0x11) and {@code b} (0x22) killed right after its
   * intent leaves: the intent and the temporary files, returned.
   */
  private static List<StagedDataSet> killedAfterTheIntent(Catalog c, CatalogEntry a,
      CatalogEntry b) throws IOException {
    try (RestoreJournal journal = RestoreJournal.open(c);
        StagedDataSet.Writes writes = new StagedDataSet.Writes()) {
      List<StagedDataSet> batch = List.of(staged(c, a, 0x11, writes), staged(c, b, 0x22, writes));
      journal.intend(batch, RestoreProbe.NONE);
      return batch;
    }
  }

  @Test
  void aBatchIsPutInPlaceWithItsEntriesAndItsNewSegmentsOffline() throws IOException {
    Catalog c = Catalog.open(dir.resolve("cat"));
    c.putSegment(new SegmentDefinition(SegmentName.parse("SEG1"), SegmentStatus.OFFLINE));
    c.define(entry("OSB.A", "SEG1", 1));
    List<StagedDataSet> batch = new ArrayList<>();
    try (RestoreJournal journal = RestoreJournal.open(c);
        StagedDataSet.Writes writes = new StagedDataSet.Writes()) {
      batch.add(staged(c, entry("OSB.A", "SEG1", 2), 0x11, writes));
      batch.add(staged(c, entry("OSB.B", "SEG2", 1), 0x22, writes));
      batch.add(staged(c, entry("OSB.C", "SEG2", 1), 0x33, writes));
      List<RestoreProbe.Step> steps = new ArrayList<>();

      var defined = journal.intend(batch, (step, dsn) -> steps.add(step)).carryOut();

      assertThat(defined).containsExactly(SegmentName.parse("SEG2"));
      assertThat(steps).hasSize(3 * 5).startsWith(RestoreProbe.Step.INTENT_WRITTEN)
          .endsWith(RestoreProbe.Step.DONE);
    }
    assertThat(c.get(Dsn.parse("OSB.A")).cis()).isEqualTo(2);
    assertThat(Files.readAllBytes(c.dataFile(Dsn.parse("OSB.C")))).containsOnly(0x33);
    assertThat(c.segment(SegmentName.parse("SEG2")).orElseThrow().status())
        .isEqualTo(SegmentStatus.OFFLINE);
    assertThat(RestoreJournal.intended(c)).isEmpty();
    assertThat(RestoreWorld.leftovers(c)).isEmpty();
  }

  @Test
  void anIntentLeftByAKilledRestoreIsCarriedOutByTheNext() throws IOException {
    Catalog c = Catalog.open(dir.resolve("cat"));
    List<StagedDataSet> batch =
        killedAfterTheIntent(c, entry("OSB.A", "SEG1", 1), entry("OSB.B", "SEG1", 1));
    // And one temporary file already renamed, the other not.
    Files.move(batch.get(0).file(), c.dataFile(Dsn.parse("OSB.A")));
    assertThat(RestoreJournal.intended(c)).containsExactly(Dsn.parse("OSB.A"), Dsn.parse("OSB.B"));

    RestoreJournal.Recovery r;
    try (RestoreJournal journal = RestoreJournal.open(c)) {
      r = journal.recover(seg -> false);
    }

    assertThat(r).isEqualTo(new RestoreJournal.Recovery(2, 0));
    assertThat(Files.readAllBytes(c.dataFile(Dsn.parse("OSB.A")))).containsOnly(0x11);
    assertThat(Files.readAllBytes(c.dataFile(Dsn.parse("OSB.B")))).containsOnly(0x22);
    assertThat(c.list()).extracting(CatalogEntry::dsn)
        .containsExactly(Dsn.parse("OSB.A"), Dsn.parse("OSB.B"));
    assertThat(RestoreWorld.leftovers(c)).isEmpty();
  }

  @Test
  void anIntentKilledBeforeItsRenameIsRemovedWithTheTemporaryFilesItWouldHaveCommitted()
      throws IOException {
    Catalog c = Catalog.open(dir.resolve("cat"));
    CatalogEntry e = entry("OSB.A", "SEG1", 1);
    // Killed while the intent was written: it exists only under its temporary name.
    stagedWithIntent(c, e, "commit.json.tmp", List.of(e));
    assertThat(RestoreJournal.intended(c)).isEmpty();

    try (RestoreJournal journal = RestoreJournal.open(c)) {
      assertThat(journal.recover(seg -> false)).isEqualTo(new RestoreJournal.Recovery(0, 1));
    }

    assertThat(RestoreWorld.leftovers(c)).isEmpty();
    assertThat(c.list()).isEmpty();
  }

  /** A complete temporary file of {@code e}, and {@code intent} in the journal's folder. */
  private static void stagedWithIntent(Catalog c, CatalogEntry e, String name, Object intent)
      throws IOException {
    Files.write(StagedDataSet.temporaryFile(c.dataFile(e.dsn())), new byte[CI]);
    Path intents = Files.createDirectories(c.runtimeDir().resolve("restore"));
    Files.write(intents.resolve(name), JSON.writeValueAsBytes(intent));
  }

  @Test
  void theOneEntryIntentOfAnEarlierVersionIsCarriedOutToo() throws IOException {
    Catalog c = Catalog.open(dir.resolve("cat"));
    CatalogEntry e = entry("OSB.A", "SEG1", 1);
    stagedWithIntent(c, e, "OSB.A.json", e);

    try (RestoreJournal journal = RestoreJournal.open(c)) {
      assertThat(journal.recover(seg -> false)).isEqualTo(new RestoreJournal.Recovery(1, 0));
    }

    assertThat(c.get(e.dsn())).isEqualTo(e);
    assertThat(Files.size(c.dataFile(e.dsn()))).isEqualTo(CI);
    assertThat(RestoreWorld.leftovers(c)).isEmpty();
  }

  @Test
  void anIntentWhoseSegmentIsNowOnlineIsLeftAloneWithBwo820e() throws IOException {
    Catalog c = Catalog.open(dir.resolve("cat"));
    killedAfterTheIntent(c, entry("OSB.A", "SEG1", 1), entry("OSB.B", "SEG2", 1));

    try (RestoreJournal journal = RestoreJournal.open(c)) {
      assertThatThrownBy(() -> journal.recover(SegmentName.parse("SEG2")::equals))
          .isInstanceOfSatisfying(BwoException.class,
              x -> assertThat(x.message().id()).isEqualTo(Msg.BWO820E));
    }
    // Nothing of the intent was carried out, not even for the data set of the OFFLINE segment.
    assertThat(c.list()).isEmpty();
    assertThat(RestoreJournal.intended(c)).hasSize(2);
  }
}
