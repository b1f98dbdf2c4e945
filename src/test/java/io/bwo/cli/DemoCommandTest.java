package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's first command, end to end: {@code bwo demo}. */
class DemoCommandTest {

  @Test
  void demoDumpsWhileTheWorkloadWritesAndTheRestoredCopyHoldsTheInvariant(@TempDir Path dir)
      throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    int rc = cl.execute("demo", "--dir", dir.toString());
    String text = out.toString();
    assertThat(rc).as(text).isZero();
    assertThat(text).contains("ADR734I", "BWO503I", "ADR454I", "BWO952I");
    // The second step restores the dump into an empty catalog, segments left OFFLINE.
    assertThat(text).contains("BWO822I", "LEFT OFFLINE");
    assertThat(text).containsPattern(
        "BWO953I DEMO SUMMARY: 11 DATA SETS, 17629184 BYTES, FREEZE WINDOW [0-9.]+ MS, COPY "
            + "[0-9.]+ MB/S, INVARIANT HELD");
    // The listing proves the order: every ADR734I, then UNFREEZE, then the dump is published.
    int lastAdr734 = text.lastIndexOf("ADR734I");
    assertThat(text.indexOf("BWO503I")).isGreaterThan(lastAdr734);
    assertThat(text.indexOf("BWO506I")).isGreaterThan(text.indexOf("BWO503I"));
    assertThat(dir.resolve("dump.bwo")).exists();
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .noneMatch(n -> n.endsWith(".tmp"));
  }

  @Test
  void aDemoInAFolderOfItsOwnRemovesItOnceItSucceeds() throws Exception {
    Ran ran = demo();
    assertThat(ran.rc()).as(ran.text()).isZero();
    Path folder = ran.folder();
    assertThat(folder).doesNotExist();
    assertThat(ran.text()).contains("BWO955I DEMO FOLDER " + folder + " REMOVED (--keep KEEPS IT)");
  }

  @Test
  void keepLeavesTheDemosFolderWithItsDumpAndListings() throws Exception {
    Ran ran = demo("--keep");
    Path folder = ran.folder();
    try {
      assertThat(ran.rc()).as(ran.text()).isZero();
      assertThat(ran.text()).contains("BWO956I DEMO FOLDER " + folder + " KEPT");
      assertThat(folder.resolve("dump.bwo")).exists();
      assertThat(folder.resolve("sysprint.txt")).exists();
      assertThat(folder.resolve("sysprint-restore.txt")).exists();
    } finally {
      PathUtils.deleteDirectory(folder);
    }
  }

  private record Ran(int rc, String text) {
    Path folder() {
      Matcher m = Pattern.compile("BWO DEMO IN (\\S+)").matcher(text);
      assertThat(m.find()).as(text).isTrue();
      return Path.of(m.group(1));
    }
  }

  private static Ran demo(String... options) {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    String[] args = new String[options.length + 1];
    args[0] = "demo";
    System.arraycopy(options, 0, args, 1, options.length);
    return new Ran(cl.execute(args), out.toString());
  }
}
