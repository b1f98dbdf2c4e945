package io.bwo.journal;

import java.util.Objects;

/**
 * A dump made visible under its final name, with its size in bytes and the digest its trailer
 * carries; what a re-run after success reports instead of dumping again. {@code name} is how the
 * step names its output: the DD names of its OUTDDNAME, comma-separated ({@code TAPE1,TAPE2}),
 * whatever each DD is allocated to (a data set on z/OS, a local file elsewhere).
 */
public record PublishedDump(String name, long size, String digest) {
  public PublishedDump {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(digest, "digest");
    if (size < 0) {
      throw new IllegalArgumentException("dump size " + size + " is negative");
    }
  }
}
