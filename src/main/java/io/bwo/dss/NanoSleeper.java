package io.bwo.dss;

import java.util.concurrent.TimeUnit;

/** Waiting, as a seam: real sleeping in a step, a test clock's advance in its tests. */
@FunctionalInterface
interface NanoSleeper {
  NanoSleeper REAL = TimeUnit.NANOSECONDS::sleep;

  void sleep(long nanos) throws InterruptedException;
}
