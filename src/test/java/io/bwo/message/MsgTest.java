package io.bwo.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MsgTest {

  @Test
  void everyMessageIdEndsWithItsSeverityAndHasAFiveCharacterModule() {
    for (Msg m : Msg.values()) {
      assertThat(m.id()).matches("(ADR|BWO)[0-9]{3}[IWEST]");
      assertThat(m.module()).hasSize(5);
    }
  }

  @Test
  void theReturnCodeFollowsTheSeverityLetter() {
    assertThat(Msg.ADR734I.returnCode()).isZero();
    assertThat(Msg.ADR415W.returnCode()).isEqualTo(4);
    assertThat(Msg.BWO501E.returnCode()).isEqualTo(8);
    assertThat(Msg.ADR005T.returnCode()).isEqualTo(16);
  }

  @Test
  void aMessageTakesExactlyItsPlaceholders() {
    assertThat(Message.of(Msg.ADR101I, "001", "DUMP").text())
        .isEqualTo("TASKID 001 HAS BEEN ASSIGNED TO COMMAND 'DUMP '");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Message.of(Msg.ADR101I, "001"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReadmeMessageTableListsEveryMessageOfTheCatalog() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    List<String> missing = Arrays.stream(Msg.values()).map(Msg::id)
        .filter(id -> !readme.contains("| " + id + " |")).toList();
    assertThat(missing).as("regenerate with: java -cp target/classes:target/test-classes "
        + "io.bwo.message.MessageTable").isEmpty();
  }
}
