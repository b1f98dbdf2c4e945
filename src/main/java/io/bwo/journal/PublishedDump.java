package io.bwo.journal;

import java.util.Objects;

/**
 * A dump made visible under its final {@code name} (a path or a DSN), with its size in bytes and
 * the digest its trailer carries; what a re-run after success reports instead of dumping again.
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
