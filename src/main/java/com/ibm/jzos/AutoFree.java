package com.ibm.jzos;

/**
 * The auto-free setting of a {@link RecordReader} or {@link RecordWriter}: whether closing it frees
 * its DD, which off z/OS is done as {@code ZFile.bpxwdyn("free fi(DD)")} does it (so a DD the
 * environment allocated cannot be freed). Off by default: the factories allocate no DD of their
 * own off z/OS, so there is none of theirs to free.
 */
final class AutoFree {
  private boolean on;

  boolean isOn() {
    return on;
  }

  void set(boolean on) {
    this.on = on;
  }

  /** Frees DD {@code ddName}, if there is one, when auto-free is on. */
  void free(String ddName) {
    if (on && ddName != null) {
      LocalDynalloc.bpxwdyn("free fi(" + ddName + ")");
    }
  }
}
