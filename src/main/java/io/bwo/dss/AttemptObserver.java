package io.bwo.dss;

import io.bwo.journal.Attempt;
import io.bwo.journal.Leftover;
import io.bwo.journal.PublishedDump;
import io.bwo.journal.RunPhase;
import java.util.List;

/**
 * Writes the run's phases and leftovers into its journal attempt, each forced to disk (what was
 * released rides on the next force: {@link Attempt#released}).
 */
final class AttemptObserver implements PhaseObserver {
  private final Attempt attempt;

  AttemptObserver(Attempt attempt) {
    this.attempt = attempt;
  }

  @Override
  public void phase(RunPhase phase, String detail, List<Leftover> acquiring) {
    attempt.record(phase, detail, acquiring);
  }

  @Override
  public void acquiring(List<Leftover> leftovers) {
    attempt.acquiring(leftovers);
  }

  @Override
  public void released(List<Leftover> gone) {
    attempt.released(gone);
  }

  @Override
  public void published(PublishedDump dump) {
    attempt.published(dump);
  }
}
