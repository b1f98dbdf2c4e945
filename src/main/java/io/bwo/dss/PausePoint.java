package io.bwo.dss;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.Locale;

/**
 * Where the crash suite holds a dump so that it can kill it there (docs/crash-suite.md). Off
 * unless the environment variable {@code BWO_TEST_PAUSE_AT} names one of these points: then the
 * dss, on reaching it, says so on standard error (BWO522I) and sleeps {@code
 * BWO_TEST_PAUSE_SECONDS} (default 30) before it goes on. Nothing else changes.
 */
enum PausePoint {
  /** Started, before FREEZE (and before the journal's FROZEN). */
  BEFORE_FREEZE,
  /** Frozen, before the first session and its ADR734I. */
  FROZEN,
  /** Frozen, after the first ADR734I. */
  NOTIFIED,
  /** Just after UNFREEZE, before the journal records the sessions. */
  UNFROZEN,
  /** In the copy: the first data set's first chunk written, its session still open. */
  COPYING,
  /** The dump written and its publication journaled, before the rename. */
  BEFORE_PUBLISH,
  /** After the rename, before the dump is read back and verified. */
  PUBLISHED;

  static final String AT_ENV = "BWO_TEST_PAUSE_AT";
  static final String SECONDS_ENV = "BWO_TEST_PAUSE_SECONDS";

  /** Sleeps here if {@code BWO_TEST_PAUSE_AT} names this point; returns at once otherwise. */
  void reached() {
    String at = System.getenv(AT_ENV);
    if (at == null || !at.trim().toUpperCase(Locale.ROOT).equals(name())) {
      return;
    }
    long seconds = Long.parseLong(System.getenv().getOrDefault(SECONDS_ENV, "30"));
    System.err.println(Message.of(Msg.BWO522I, name(), seconds));
    System.err.flush();
    try {
      Thread.sleep(seconds * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
