package io.bwo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private static CatalogEntry linear(String dsn, String seg, long cis) {
    return CatalogEntry.linear(Dsn.parse(dsn), SegmentName.parse(seg), 4096, cis, true, T0);
  }

  @Test
  void defineCreatesAZeroFilledDataFileOfExactlyCisTimesCiSize(@TempDir Path root)
      throws IOException {
    Catalog c = Catalog.open(root);
    c.define(linear("OSB.PAGE.SEG1", "SEG1", 3));
    Path data = c.dataFile(Dsn.parse("OSB.PAGE.SEG1"));
    assertThat(Files.size(data)).isEqualTo(3 * 4096);
    assertThat(Files.readAllBytes(data)).containsOnly(0);
    assertThat(c.get(Dsn.parse("OSB.PAGE.SEG1"))).isEqualTo(linear("OSB.PAGE.SEG1", "SEG1", 3));
  }

  @Test
  void aNewSegmentIsDefinedOffline() {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Catalog c = Catalog.open(fs.getPath("/cat"));
      c.define(linear("OSB.PAGE.SEG1", "SEG1", 1));
      assertThat(c.segments())
          .containsExactly(new SegmentDefinition(SegmentName.parse("SEG1"), SegmentStatus.OFFLINE));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void definingATakenNameIsRefused(@TempDir Path root) {
    Catalog c = Catalog.open(root);
    c.define(linear("OSB.PAGE.SEG1", "SEG1", 1));
    assertThatThrownBy(() -> c.define(linear("OSB.PAGE.SEG1", "SEG2", 1)))
        .hasMessageContaining("BWO103E");
  }

  @Test
  void selectAppliesIncludeThenExclude(@TempDir Path root) {
    Catalog c = Catalog.open(root);
    for (String d : List.of("OSB.PAGE.S1", "OSB.PAGE.S2", "OSB.PAGE.TEMP.X", "OTHER.DATA")) {
      c.define(linear(d, "SEG1", 1));
    }
    List<CatalogEntry> picked =
        c.select(List.of(DsnFilter.parse("OSB.**")), List.of(DsnFilter.parse("OSB.PAGE.TEMP.*")));
    assertThat(picked).extracting(e -> e.dsn().name()).containsExactly("OSB.PAGE.S1", "OSB.PAGE.S2");
    assertThat(c.select(List.of(), List.of())).hasSize(4);
  }

  @Test
  void deleteRemovesEntryAndData(@TempDir Path root) {
    Catalog c = Catalog.open(root);
    c.define(linear("OSB.PAGE.SEG1", "SEG1", 1));
    c.delete(Dsn.parse("OSB.PAGE.SEG1"));
    assertThat(c.find(Dsn.parse("OSB.PAGE.SEG1"))).isEmpty();
    assertThat(c.dataFile(Dsn.parse("OSB.PAGE.SEG1"))).doesNotExist();
  }

  @Test
  void aCrashBeforeTheRenameLeavesTheOldEntry(@TempDir Path root) throws IOException {
    Catalog c = Catalog.open(root);
    CatalogEntry old = c.define(linear("OSB.PAGE.SEG1", "SEG1", 1));
    // What a crash mid-update leaves: a half-written temporary beside the intact entry.
    Path entry = root.resolve("catalog/OSB.PAGE.SEG1.json");
    Files.writeString(AtomicWrite.temporarySibling(entry), "{\"dsn\":\"OSB.PA");
    assertThat(Catalog.open(root).get(old.dsn())).isEqualTo(old);
    assertThat(Catalog.open(root).list()).containsExactly(old);
  }

  @Test
  void theSweepRemovesWhatAKilledWriterLeftAndSparesALiveWritersTemporary(@TempDir Path root)
      throws IOException {
    Catalog c = Catalog.open(root);
    CatalogEntry kept = c.define(linear("OSB.PAGE.SEG1", "SEG1", 1));
    Path killed = AtomicWrite.temporarySibling(root.resolve("catalog/OSB.PAGE.SEG1.json"));
    Files.writeString(killed, "{\"dsn\":\"OSB.PA");
    Files.setLastModifiedTime(killed,
        java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(120)));
    Path live = AtomicWrite.temporarySibling(root.resolve("segments/SEG1.json"));
    Files.writeString(live, "{");
    // A define killed as it made the data file.
    Path data = AtomicWrite.temporarySibling(c.dataFile(Dsn.parse("OSB.PAGE.SEG2")));
    Files.write(data, new byte[4096]);
    Files.setLastModifiedTime(data,
        java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(120)));

    assertThat(c.sweepTemporaries(java.time.Duration.ofMinutes(1))).isEqualTo(2);

    assertThat(data).doesNotExist();
    assertThat(killed).doesNotExist();
    assertThat(live).exists();
    assertThat(c.get(kept.dsn())).isEqualTo(kept);
  }

  @Test
  void alterReplacesTheWholeEntry(@TempDir Path root) {
    Catalog c = Catalog.open(root);
    CatalogEntry e = c.define(linear("OSB.PAGE.SEG1", "SEG1", 1));
    c.put(e.withChanged(true).withBwoEligible(false));
    assertThat(c.get(e.dsn()).changed()).isTrue();
    assertThat(c.get(e.dsn()).bwoEligible()).isFalse();
  }

  @Test
  void putAllReplacesEveryEntryAndLeavesNoTemporaryFileBehind(@TempDir Path root)
      throws IOException {
    Catalog c = Catalog.open(root);
    List<CatalogEntry> altered = new java.util.ArrayList<>();
    // More entries than AtomicWrite forces at once.
    for (int i = 0; i < 150; i++) {
      altered.add(c.define(linear("OSB.PAGE.P" + i, "SEG1", 1)).withChanged(true));
    }

    c.putAll(altered);

    assertThat(Catalog.open(root).list()).containsExactlyInAnyOrderElementsOf(altered);
    try (var files = Files.list(root.resolve("catalog"))) {
      assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".json"));
    }
  }

  @Test
  void aPutAllThatFailsLeavesEveryEntryOldOrNewAndNoTemporaryFile(@TempDir Path root)
      throws IOException {
    Catalog c = Catalog.open(root);
    CatalogEntry a = c.define(linear("OSB.PAGE.A", "SEG1", 1));
    CatalogEntry b = c.define(linear("OSB.PAGE.B", "SEG1", 1));
    // A directory where B's temporary file must go: its write fails.
    Files.createDirectory(AtomicWrite.temporarySibling(root.resolve("catalog/OSB.PAGE.B.json")));

    assertThatThrownBy(() -> c.putAll(List.of(a.withChanged(true), b.withChanged(true))))
        .isInstanceOf(java.io.UncheckedIOException.class);

    assertThat(c.get(a.dsn())).isIn(a, a.withChanged(true));
    assertThat(c.get(b.dsn())).isEqualTo(b);
    assertThat(Files.exists(AtomicWrite.temporarySibling(root.resolve("catalog/OSB.PAGE.A.json"))))
        .isFalse();
  }
}
