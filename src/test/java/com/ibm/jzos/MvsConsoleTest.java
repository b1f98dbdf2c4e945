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
}
