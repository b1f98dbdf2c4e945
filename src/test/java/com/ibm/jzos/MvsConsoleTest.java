package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.platform.LocalSystemTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The local console of MvsConsole, as docs/jzos-stubs.md describes it. */
class MvsConsoleTest extends LocalSystemTest {
  @Test
  void deletingMessagesLeavesTheHardcopyLogAsItIs() throws IOException {
    MvsConsole.wto("BWO201I FREEZE TAKEN", MvsConsole.ROUTCDE_PROGRAMMER_INFORMATION, 0);

    MvsConsole.deleteMessage(1);
    MvsConsole.deleteMessages(new int[] {1, 2});
    MvsConsole.deleteMessagesWithToken(7);

    assertThat(system.console()).singleElement().asString().endsWith(" BWO201I FREEZE TAKEN");
  }

  @Test
  void aWtoMessageGoesToTheConsoleOneLineAtEachLineSeparator() throws IOException {
    WtoMessage message = new WtoMessage("FIRST LINE\nSECOND LINE");
    message.setRoutcdes(WtoConstants.ROUTCDE_MASTER_CONSOLE_ACTION);
    message.setDescrs(WtoConstants.DESC_IMMEDIATE_ACTION_REQUIRED);

    MvsConsole.wto(message);
    MvsConsole.wto(new WtoMessage("THIRD LINE", MvsConsole.ROUTCDE_PROGRAMMER_INFORMATION,
        MvsConsole.DESC_JOB_STATUS));

    assertThat(system.console()).hasSize(3);
    assertThat(system.console().get(0)).endsWith(" FIRST LINE");
    assertThat(system.console().get(1)).endsWith(" SECOND LINE");
    assertThat(system.console().get(2)).endsWith(" THIRD LINE");
  }

  @Test
  void aConsoleLogThatCannotBeWrittenLosesOnlyItsCopyAndSaysSoOnce() throws IOException {
    // A file where the log's folder should be: the log cannot be written (as on a full disk).
    java.nio.file.Path blocker = java.nio.file.Files.writeString(dir.resolve("blocker"), "x");
    system.set("bwo.console.log", blocker.resolve("console.log").toString());
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      MvsConsole.wto("BWO201I FREEZE TAKEN", MvsConsole.ROUTCDE_PROGRAMMER_INFORMATION, 0);
      MvsConsole.wto("BWO202I FREEZE ENDED", MvsConsole.ROUTCDE_PROGRAMMER_INFORMATION, 0);
    } finally {
      System.setErr(stderr);
    }
    String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(said).contains("BWO201I FREEZE TAKEN", "BWO202I FREEZE ENDED");
    assertThat(said.lines().filter(l -> l.startsWith("BWO014W CONSOLE LOG "))).hasSize(1);
    // The stub cannot use the message catalog: its text must stay the catalog's BWO014W.
    String template = io.bwo.message.Message.of(io.bwo.message.Msg.BWO014W, "\u0000", "\u0000")
        .toString();
    String pattern = java.util.regex.Pattern.quote(template).replace("\u0000", "\\E.*\\Q");
    assertThat(said.lines().filter(l -> l.startsWith("BWO014W")))
        .allMatch(l -> l.matches(pattern));
  }
}
