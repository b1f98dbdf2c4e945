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
}
