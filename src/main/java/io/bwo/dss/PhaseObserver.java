package io.bwo.dss;

/**
 * Told of each phase of a run before it takes effect: the run journal records it durably, so a
 * re-run knows what the last attempt did and what it left behind.
 */
@FunctionalInterface
public interface PhaseObserver {
  /** Nothing is recorded. */
  PhaseObserver NONE = (phase, detail) -> {};

  /** Phase {@code phase} is about to take effect; {@code detail} says for what (a DSN, a path). */
  void phase(Phase phase, String detail);
}
