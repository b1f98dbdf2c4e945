package io.bwo.journal;

/**
 * The phases of one attempt of a BWO dump run, in the order the procedure reaches them. The
 * journal records each one durably before it takes effect; SUCCEEDED and FAILED end an attempt.
 */
public enum RunPhase {
  /** The attempt has the run's lock; recorded by {@link RunJournal#begin}. */
  STARTED,
  /** FREEZE is about to be issued; the freeze holder is a leftover until UNFREEZE. */
  FROZEN,
  /**
   * The data sets' concurrent copy sessions were established and notified (ADR734I): recorded
   * right after the thaw, in one line with every session and side file, not inside the window.
   */
  NOTIFIED,
  /** UNFREEZE is about to be issued. */
  UNFROZEN,
  /** Every data set's image is in the temporary dump. */
  COPIED,
  /** The temporary dump is about to be renamed to its published name. */
  PUBLISHED,
  /** The published dump is about to be read back and checked. */
  VERIFIED,
  /** The attempt ended well: a re-run of the same run does nothing. */
  SUCCEEDED,
  /** The attempt ended in an error: a re-run cleans up and does the run again. */
  FAILED;

  /** True for the phases that end an attempt. */
  public boolean terminal() {
    return this == SUCCEEDED || this == FAILED;
  }
}
