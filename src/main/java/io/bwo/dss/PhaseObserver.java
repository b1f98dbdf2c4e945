package io.bwo.dss;

import io.bwo.journal.Leftover;
import io.bwo.journal.PublishedDump;
import io.bwo.journal.RunPhase;
import java.util.List;

/**
 * Told of each phase of a run before it takes effect, and of what the run creates and removes
 * on the way (a freeze, copy sessions, a temporary dump): the run journal records it durably, so
 * that a re-run knows what the last attempt did and what it left behind.
 */
public interface PhaseObserver {
  /** Nothing is recorded. */
  PhaseObserver NONE = (phase, detail, acquiring) -> {};

  /** Phase {@code phase} is about to take effect and will create {@code acquiring}. */
  void phase(RunPhase phase, String detail, List<Leftover> acquiring);

  /** Phase {@code phase} is about to take effect; {@code detail} says for what (a DSN, a DD). */
  default void phase(RunPhase phase, String detail) {
    phase(phase, detail, List.of());
  }

  /** {@code leftovers} are about to be created between phases. */
  default void acquiring(List<Leftover> leftovers) {}

  /** {@code gone} no longer exist. */
  default void released(List<Leftover> gone) {}

  /** The dump is about to be made visible under its final name. */
  default void published(PublishedDump dump) {}

  /** This observer, then {@code next}, told of everything in that order. */
  default PhaseObserver andThen(PhaseObserver next) {
    PhaseObserver first = this;
    return new PhaseObserver() {
      @Override
      public void phase(RunPhase phase, String detail, List<Leftover> acquiring) {
        first.phase(phase, detail, acquiring);
        next.phase(phase, detail, acquiring);
      }

      @Override
      public void acquiring(List<Leftover> leftovers) {
        first.acquiring(leftovers);
        next.acquiring(leftovers);
      }

      @Override
      public void released(List<Leftover> gone) {
        first.released(gone);
        next.released(gone);
      }

      @Override
      public void published(PublishedDump dump) {
        first.published(dump);
        next.published(dump);
      }
    };
  }
}
