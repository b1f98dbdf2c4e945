package io.bwo.copy;

/**
 * The point in time shared by copy sessions prepared together: none of them preserves anything
 * until the batch is established, and then all of them do, by one write of {@link #established}.
 * That is what keeps the freeze window the same for a thousand data sets as for one.
 */
final class Batch {
  /** A batch of one session, established as it is made. */
  static Batch establishedNow() {
    return new Batch(true);
  }

  /** Written once, under the sessions' lock, while no write is under way; read by writers. */
  volatile boolean established;
  /** How many sessions were prepared in it; under the sessions' lock. */
  int sessions;

  Batch() {
    this(false);
  }

  private Batch(boolean established) {
    this.established = established;
  }
}
