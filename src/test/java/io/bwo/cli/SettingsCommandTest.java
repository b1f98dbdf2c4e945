package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentStatus;
import io.bwo.platform.LocalSystem;
import io.bwo.platform.Platform;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bwo settings export|import} with files and with DDs, as the BWOSETX job runs it. */
class SettingsCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void settingsExportedToADdImportFromItIntoAnEmptyCatalog() {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(run("settings", "import", "--catalog", a.toString(), "testdata/world.json"))
        .isZero();
    Path file = dir.resolve("settings.g0001v00");
    Platform.defineDd("SETTINGS", file.toString());

    assertThat(run("settings", "export", "--catalog", a.toString(), "--outdd", "settings"))
        .isZero();
    assertThat(out.toString()).contains("BWO804I SETTINGS EXPORTED TO DD SETTINGS: 4 SEGMENTS, 15"
        + " CLUSTERS");
    assertThat(file).exists();
    assertThat(dir.resolve("settings.g0001v00.tmp")).doesNotExist();

    assertThat(run("settings", "import", "--catalog", b.toString(), "--indd", "SETTINGS"))
        .isZero();
    assertThat(out.toString()).contains("BWO805I SETTINGS IMPORTED FROM DD SETTINGS: 4 SEGMENTS"
        + " AND 15 CLUSTERS DEFINED, 0 REPLACED");
    assertThat(Catalog.open(b).list()).isEqualTo(Catalog.open(a).list());
  }

  @Test
  void anImportThatWouldChangeAnOnlineSegmentNeedsReplace() throws Exception {
    Path a = dir.resolve("a");
    assertThat(run("settings", "import", "--catalog", a.toString(), "testdata/world.json"))
        .isZero();
    String offline = Files.readString(Path.of("testdata/world.json"))
        .replace("\"ONLINE\"", "\"OFFLINE\"");
    Path file = Files.writeString(dir.resolve("offline.json"), offline);

    assertThat(run("settings", "import", "--catalog", a.toString(), file.toString()))
        .isEqualTo(8);
    assertThat(err.toString()).startsWith("BWO823E IMPORT WOULD CHANGE 3 DEFINITIONS OF ONLINE"
        + " SEGMENTS");
    assertThat(Catalog.open(a).segments()).extracting(SegmentDefinition::status)
        .contains(SegmentStatus.ONLINE);

    assertThat(run("settings", "import", "--catalog", a.toString(), "--replace",
        file.toString())).isZero();
    assertThat(Catalog.open(a).segments()).extracting(SegmentDefinition::status)
        .containsOnly(SegmentStatus.OFFLINE);
  }

  @Test
  void anExportToAPipeIsRefusedAndOneToALinkReplacesTheFileItNames() throws Exception {
    Path a = dir.resolve("a");
    assertThat(run("settings", "import", "--catalog", a.toString(), "testdata/world.json"))
        .isZero();
    Path pipe = LocalSystem.fifo(dir.resolve("settings.pipe"));
    Path old = Files.writeString(dir.resolve("old.json"), "{}");
    Path link = Files.createSymbolicLink(dir.resolve("settings.json"), old);

    assertThat(run("settings", "export", "--catalog", a.toString(), pipe.toString()))
        .isEqualTo(8);
    assertThat(err.toString().trim()).isEqualTo("BWO004E I/O FAILED ON " + pipe + ": NOT A FILE"
        + " BUT A PIPE, A DEVICE OR A DIRECTORY: IT IS WRITTEN TO A FILE OF ITS OWN AND RENAMED"
        + " OVER IT");
    assertThat(Files.isRegularFile(pipe)).isFalse();

    assertThat(run("settings", "export", "--catalog", a.toString(), link.toString())).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(old)).contains("\"SEG1\"");
  }

  @Test
  void anExportThatCannotBeWrittenSaysWhereAndWhy() {
    Path nowhere = dir.resolve("missing").resolve("settings.json");

    assertThat(run("settings", "export", "--catalog", dir.toString(), nowhere.toString()))
        .isEqualTo(8);

    assertThat(err.toString().trim()).isEqualTo("BWO004E I/O FAILED ON " + nowhere
        + ": NO SUCH FILE");
    assertThat(MessageExceptionHandler.message(new java.io.UncheckedIOException(
        new java.nio.file.FileSystemException("/cat/x.json", null, "Read-only file system")))
        .toString()).isEqualTo("BWO004E I/O FAILED ON /cat/x.json: Read-only file system");
  }

  @Test
  void aFileAndADdTogetherAreRefused() {
    assertThat(run("settings", "export", "--catalog", dir.toString(), "x.json", "--outdd", "S"))
        .isEqualTo(2);
    assertThat(run("settings", "import", "--catalog", dir.toString(), "x.json", "--indd", "S"))
        .isEqualTo(2);
  }

  @Test
  void aDdThatIsNotAllocatedIsBwo011e() {
    assertThat(run("settings", "import", "--catalog", dir.toString(), "--indd", "NOSETX"))
        .isEqualTo(8);
    assertThat(err.toString().trim()).isEqualTo("BWO011E DD NOSETX IS NOT ALLOCATED");
  }

  private int run(String... args) {
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }
}
