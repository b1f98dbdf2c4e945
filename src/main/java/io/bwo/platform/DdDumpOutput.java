package io.bwo.platform;

import java.io.IOException;

/** A dump on one DD: the DD's name, for messages, and whether the dump is still being written. */
abstract class DdDumpOutput extends DumpOutput {
  final String dd;
  /** False once published or abandoned. */
  boolean open = true;
  boolean published;

  DdDumpOutput(String dd) {
    this.dd = dd;
  }

  /** An IOException once the dump is published or abandoned. */
  void ensureOpen() throws IOException {
    if (!open) {
      throw new IOException(
          "dump on DD " + dd + " is already " + (published ? "published" : "abandoned"));
    }
  }
}
