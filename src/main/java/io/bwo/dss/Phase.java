package io.bwo.dss;

/**
 * The phases of one BWO dump run, in order. The run journal records each one durably before it
 * takes effect, so that a re-run knows what the last attempt did and left.
 */
public enum Phase {
  STARTED,
  FROZEN,
  NOTIFIED,
  UNFROZEN,
  COPIED,
  PUBLISHED,
  VERIFIED,
  SUCCEEDED,
  FAILED
}
