package io.bwo.journal;

import java.time.Instant;
import java.util.Objects;

/** One phase an attempt recorded: when, and the detail the dss gave (a DSN, a holder, ...). */
public record PhaseRecord(RunPhase phase, Instant at, String detail) {
  public PhaseRecord {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(detail, "detail");
  }
}
