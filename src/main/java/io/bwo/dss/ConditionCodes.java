package io.bwo.dss;

import io.bwo.control.Flow;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.List;

/**
 * DFSMSdss's condition codes while a deck runs: LASTCC, the return code of the last function
 * command run; MAXCC, the highest so far unless a SET changed it, and the step's return code at
 * the end (IBM r2091: "the final maximum condition code is passed to the MVS system"). Also the
 * highest return code the tasks really ended with, which no SET changes: what decides whether
 * DUMP RESET may reset flags. Used by the one thread that runs the tasks.
 */
final class ConditionCodes {
  private int lastcc;
  private int maxcc;
  private int highestTask;

  /**
   * Codes at the start of a deck: LASTCC 0, MAXCC {@code maxcc}, the highest return code the
   * reading of the deck gave (its warnings).
   */
  ConditionCodes(int maxcc) {
    this.maxcc = maxcc;
  }

  /** A task ended with {@code rc}: LASTCC is it, MAXCC at least it. */
  void taskEnded(int rc) {
    lastcc = rc;
    maxcc = Math.max(maxcc, rc);
    highestTask = Math.max(highestTask, rc);
  }

  /**
   * {@code SET code=value}; returns ADR015I for each code it changes. Setting LASTCC above MAXCC
   * raises MAXCC to it (IBM); setting MAXCC leaves LASTCC.
   */
  List<Message> set(Flow.Code code, int value) {
    List<Message> said = new ArrayList<>();
    if (code == Flow.Code.LASTCC) {
      said.add(reset("RETURN CODE OF TASK", lastcc, value));
      lastcc = value;
    }
    if (code == Flow.Code.MAXCC || value > maxcc) {
      said.add(reset("MAXIMUM CONDITION CODE", maxcc, value));
      maxcc = value;
    }
    return said;
  }

  private static Message reset(String what, int from, int to) {
    return Message.of(Msg.ADR015I, what, Listing.returnCode(from), Listing.returnCode(to));
  }

  /** True if {@code condition} holds now. */
  boolean holds(Flow.Condition condition) {
    return condition.holds(condition.code() == Flow.Code.LASTCC ? lastcc : maxcc);
  }

  int lastcc() {
    return lastcc;
  }

  int maxcc() {
    return maxcc;
  }

  /** The highest return code a task ended with, whatever SET did since. */
  int highestTask() {
    return highestTask;
  }
}
