package io.bwo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  private static final Path WORLD = Path.of("testdata/world.json");

  @Test
  void theSampleWorldImportsIntoAnEmptyCatalog(@TempDir Path root) {
    Catalog c = Catalog.open(root);
    Settings.ImportReport r = Settings.read(WORLD).importInto(c, false);
    assertThat(r.clustersDefined()).isEqualTo(15);
    assertThat(c.segments()).extracting(SegmentDefinition::status)
        .containsExactly(SegmentStatus.ONLINE, SegmentStatus.ONLINE, SegmentStatus.ONLINE,
            SegmentStatus.OFFLINE);
    assertThat(c.dataFile(Dsn.parse("OSB.SEG2.PAGE03"))).hasSize(2048L * 4096);
  }

  @Test
  void exportThenImportGivesTheSameDefinitions(@TempDir Path dir) {
    Catalog a = Catalog.open(dir.resolve("a"));
    Settings.read(WORLD).importInto(a, false);
    Path file = dir.resolve("settings.json");
    Settings.export(a, Instant.parse("2026-11-23T10:00:00Z")).write(file);
    Catalog b = Catalog.open(dir.resolve("b"));
    Settings.read(file).importInto(b, false);
    assertThat(b.list()).isEqualTo(a.list());
    assertThat(b.segments()).isEqualTo(a.segments());
  }

  @Test
  void importRefusesToChangeExistingDefinitionsWithoutReplace(@TempDir Path root) {
    Catalog c = Catalog.open(root);
    Settings.read(WORLD).importInto(c, false);
    c.putSegment(new SegmentDefinition(SegmentName.parse("SEG9"), SegmentStatus.ONLINE));
    assertThatThrownBy(() -> Settings.read(WORLD).importInto(c, false))
        .hasMessageContaining("BWO823E").hasMessageContaining("SEGMENT SEG9 IS ONLINE");
    assertThat(c.segment(SegmentName.parse("SEG9")).orElseThrow().status())
        .isEqualTo(SegmentStatus.ONLINE);
    Settings.read(WORLD).importInto(c, true);
    assertThat(c.segment(SegmentName.parse("SEG9")).orElseThrow().status())
        .isEqualTo(SegmentStatus.OFFLINE);
  }

  @Test
  void aRunningSystemsDefinitionsChangeOnlyWithReplace(@TempDir Path root) {
    Catalog c = Catalog.open(root);
    Settings.read(WORLD).importInto(c, false);
    CatalogEntry added = newCluster("OSB.SEG1.PAGE09", "SEG1");
    CatalogEntry changed = c.get(Dsn.parse("OSB.SEG2.PAGE01")).withBwoEligible(false);
    Settings more = clusters(added, changed);

    assertThatThrownBy(() -> more.importInto(c, false)).hasMessageContaining("BWO823E")
        .hasMessageContaining("CLUSTER OSB.SEG1.PAGE09 WOULD BE DEFINED IN SEGMENT SEG1")
        .hasMessageContaining("CLUSTER OSB.SEG2.PAGE01 IS DEFINED DIFFERENTLY");
    assertThat(c.find(added.dsn())).isEmpty();
    assertThat(c.get(changed.dsn()).bwoEligible()).isTrue();

    assertThat(more.importInto(c, true)).isEqualTo(new Settings.ImportReport(0, 1, 1, false));
    assertThat(c.get(changed.dsn()).bwoEligible()).isFalse();
  }

  @Test
  void anImportStoppedPartWayIsCompletedByTheImportOfTheSameSettings(@TempDir Path root)
      throws IOException {
    Catalog c = Catalog.open(root);
    Dsn late = Dsn.parse("OSB.SEG2.PAGE03");
    // Its data file cannot be made, as on a full disk: the import stops there.
    Path blocked = AtomicWrite.temporarySibling(c.dataFile(late));
    Files.createDirectories(blocked.resolve("full"));
    assertThatThrownBy(() -> Settings.read(WORLD).importInto(c, false))
        .hasMessageContaining("BWO107E");
    assertThat(c.segments()).extracting(SegmentDefinition::status).contains(SegmentStatus.ONLINE);
    assertThat(c.find(late)).isEmpty();
    Files.delete(blocked.resolve("full"));
    Files.delete(blocked);

    Settings.ImportReport r = Settings.read(WORLD).importInto(c, false);

    assertThat(r.resumed()).isTrue();
    Catalog fresh = Catalog.open(root.resolve("fresh"));
    Settings.read(WORLD).importInto(fresh, false);
    assertThat(c.list()).isEqualTo(fresh.list());
    assertThat(c.segments()).isEqualTo(fresh.segments());
    // Once it has ended, an import is checked as ever.
    c.putSegment(new SegmentDefinition(SegmentName.parse("SEG9"), SegmentStatus.ONLINE));
    assertThatThrownBy(() -> Settings.read(WORLD).importInto(c, false))
        .hasMessageContaining("BWO823E");
  }

  @Test
  void aClusterOfAnOfflineSegmentIsAddedWithoutReplace(@TempDir Path root) {
    Catalog c = Catalog.open(root);
    Settings.read(WORLD).importInto(c, false);
    CatalogEntry added = newCluster("OSB.SEG9.PAGE09", "SEG9");

    clusters(added).importInto(c, false);

    assertThat(c.find(added.dsn())).contains(added);
  }

  /** Settings holding only {@code entries}. */
  private static Settings clusters(CatalogEntry... entries) {
    return new Settings(Settings.FORMAT, Settings.VERSION, Instant.parse("2026-11-23T10:00:00Z"),
        "test", List.of(), List.of(entries));
  }

  private static CatalogEntry newCluster(String dsn, String segment) {
    return CatalogEntry.linear(Dsn.parse(dsn), SegmentName.parse(segment), 4096, 16, true,
        Instant.parse("2026-11-23T10:00:00Z"));
  }

  @Test
  void settingsGoThroughStreamsAsThroughFiles(@TempDir Path root) throws IOException {
    Catalog c = Catalog.open(root);
    Settings.read(WORLD).importInto(c, false);
    Settings s = Settings.export(c, Instant.parse("2026-11-23T10:00:00Z"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    s.write(out);

    assertThat(Settings.read(new ByteArrayInputStream(out.toByteArray()), "DD SETTINGS"))
        .isEqualTo(s);
    assertThatThrownBy(() -> Settings.read(new ByteArrayInputStream(new byte[0]), "DD EMPTY"))
        .hasMessageContaining("BWO801E SETTINGS FILE DD EMPTY CANNOT BE USED");
  }

  @Test
  void aBrokenFileIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n \"format\": \"bwo-settings\",\n \"version\": 1,\n \"clusters\": [ {\"dsn\": \"1BAD\"} ]\n}");
    assertThatThrownBy(() -> Settings.read(bad)).hasMessageContaining("BWO801E")
        .hasMessageContaining("BWO101E");
    Files.writeString(bad, "{ \"format\": ");
    assertThatThrownBy(() -> Settings.read(bad)).hasMessageContaining("BWO801E")
        .hasMessageContaining("LINE 1");
  }
}
