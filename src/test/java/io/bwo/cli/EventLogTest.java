package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The segment server's log: every message issued is written, in order, by the time it closes. */
class EventLogTest {

  @Test
  void everyMessageIssuedFromManyThreadsIsWrittenInItsThreadsOrderByClose() throws Exception {
    StringWriter text = new StringWriter();
    Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    EventLog log = new EventLog(new PrintWriter(text), clock);
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      String holder = "T" + t;
      threads[t] = new Thread(() -> {
        for (int i = 0; i < 500; i++) {
          log.accept(Message.of(Msg.BWO203I, holder, i));
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    log.close();

    String[] lines = text.toString().split("\\R");
    assertThat(lines).hasSize(2000)
        .allMatch(l -> l.startsWith("2026-11-23T12:00:00Z BWO203I UNFREEZE BY T"));
    for (int t = 0; t < threads.length; t++) {
      String by = "BY T" + t + " AFTER ";
      int expected = 0;
      for (String l : lines) {
        if (l.contains(by)) {
          assertThat(l).contains(by + expected + " MS");
          expected++;
        }
      }
      assertThat(expected).isEqualTo(500);
    }
  }
}
