package io.bwo.segment;

import java.time.Instant;
import java.util.Objects;

/**
 * A freeze, as its holder has it: the holder's name, the token that proves the lease to
 * {@link SegmentSystem#establishCopy} and {@link SegmentSystem#unfreeze(FreezeLease)}, and when
 * the freeze ends by itself.
 */
public record FreezeLease(String holder, String token, Instant expires) {
  public FreezeLease {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(expires, "expires");
    if (holder.isBlank()) {
      throw new IllegalArgumentException("a freeze holder needs a name");
    }
  }

  @Override
  public String toString() {
    return "FreezeLease[holder=" + holder + ", expires=" + expires + "]";
  }
}
