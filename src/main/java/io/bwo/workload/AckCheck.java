package io.bwo.workload;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.nio.file.Path;
import java.util.List;

/**
 * What checking an acknowledgement log against the data found. The rule: every logged
 * transaction is in the data (each thread's counter in the data is at least its last logged
 * sequence), the sum holds, and when the data holds exactly what was logged (no tail committed
 * but not yet logged, no gap left by a commit whose answer was lost), replaying the log from the
 * initial balances gives every account exactly. The data may hold transactions the log lacks,
 * never the reverse.
 *
 * @param logged transactions in the log
 * @param threads threads that logged or counted any
 * @param unlogged transactions in the data beyond the log (committed, not yet logged)
 * @param replayed whether the replay comparison ran (the log and the data agreed exactly)
 * @param faults what is wrong, empty when the check holds
 */
public record AckCheck(Path log, long logged, int threads, long unlogged, boolean replayed,
    List<Message> faults) {

  public AckCheck {
    faults = List.copyOf(faults);
  }

  /** Whether no acknowledged update is lost. */
  public boolean ok() {
    return faults.isEmpty();
  }

  /** BWO907I when the check holds, else the first fault. */
  public Message summary() {
    return ok()
        ? Message.of(Msg.BWO907I, log, logged, threads, unlogged, replayed ? "EXACTLY" : "NOT")
        : faults.get(0);
  }
}
