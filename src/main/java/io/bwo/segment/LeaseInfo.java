package io.bwo.segment;

import java.time.Instant;
import java.util.Objects;

/** What anyone may know of the current freeze: who holds it, since when, until when. */
public record LeaseInfo(String holder, Instant acquired, Instant expires) {
  public LeaseInfo {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(acquired, "acquired");
    Objects.requireNonNull(expires, "expires");
  }
}
