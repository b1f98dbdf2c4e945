package io.bwo.journal;

import java.util.List;
import java.util.Objects;

/**
 * A dump made visible under its final name, with its size in bytes and the digest its trailer
 * carries; what a re-run after success reports instead of dumping again. {@code name} is how the
 * step names its output: the DD names of its OUTDDNAME, comma-separated ({@code TAPE1,TAPE2}),
 * whatever each DD is allocated to (a data set on z/OS, a local file elsewhere). {@code files}
 * are the local files those DDs were allocated to, in the same order; empty where they are not
 * local files (a z/OS data set) and in journals written before they were recorded.
 */
public record PublishedDump(String name, long size, String digest, List<String> files) {
  public PublishedDump {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(digest, "digest");
    if (size < 0) {
      throw new IllegalArgumentException("dump size " + size + " is negative");
    }
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** A dump whose DDs' files are not known. */
  public PublishedDump(String name, long size, String digest) {
    this(name, size, digest, List.of());
  }
}
