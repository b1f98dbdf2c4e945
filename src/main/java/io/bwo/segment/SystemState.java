package io.bwo.segment;

/** Whether updates flow (RUNNING) or are held by a freeze (FROZEN). */
public enum SystemState {
  RUNNING,
  FROZEN
}
