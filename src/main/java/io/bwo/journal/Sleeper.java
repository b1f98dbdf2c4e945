package io.bwo.journal;

import java.time.Duration;

/** Waiting, as a seam: real sleeping in production, a fake clock's advance in tests. */
@FunctionalInterface
interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration d) throws InterruptedException;
}
