package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
  private static final String[] VERBS = {"help", "catalog", "settings", "segment", "workload",
      "dss", "demo", "console", "verify", "submit", "status"};

  @Test
  void aStepBuildsOnlyTheVerbItRuns() {
    assertThat(Main.newCommandLine("dss").getSubcommands()).containsOnlyKeys("dss");
    assertThat(Main.newCommandLine("segment").getSubcommands().get("segment").getSubcommands())
        .containsKeys("serve", "status", "freeze", "unfreeze");
  }

  @Test
  void withoutAVerbOfItsOwnEveryVerbIsThere() {
    for (String first : new String[] {"", "help", "--help", "-V", "dsss", "DSS"}) {
      assertThat(Main.newCommandLine(first).getSubcommands()).containsOnlyKeys(VERBS);
    }
    assertThat(Main.newCommandLine().getSubcommands()).containsOnlyKeys(VERBS);
  }

  @Test
  void helpForAVerbAndAMistypedVerbStillWork() {
    assertThat(run("help", "dss")).contains("Usage: bwo dss");
    assertThat(run("dsss")).contains("Unmatched argument at index 0: 'dsss'")
        .contains("Did you mean: bwo dss");
  }

  @Test
  void theVerbsSettingsReachTheVerbBuiltAlone() {
    CommandLine dss = Main.newCommandLine("dss").getSubcommands().get("dss");
    assertThat(dss.getExecutionExceptionHandler()).isInstanceOf(MessageExceptionHandler.class);
    assertThat(dss.isCaseInsensitiveEnumValuesAllowed()).isTrue();
  }

  private static String run(String... args) {
    CommandLine cl = Main.newCommandLine(args[0]);
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    cl.execute(args);
    return out.toString();
  }
}
