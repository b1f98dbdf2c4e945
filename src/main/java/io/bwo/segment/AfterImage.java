package io.bwo.segment;

import io.bwo.catalog.Dsn;
import java.util.Objects;

/**
 * The new content of a byte range of a data set, as a transaction leaves it: what the redo log
 * records and what is then written to the data file. An after-image, never a delta, so applying
 * it twice is the same as once.
 *
 * @param offset the byte offset in the data set (its RBA); the range lies within one CI
 * @param bytes the content, not copied: nobody changes it once it is made
 */
record AfterImage(Dsn dsn, long offset, byte[] bytes) {
  AfterImage {
    Objects.requireNonNull(dsn, "dsn");
    Objects.requireNonNull(bytes, "bytes");
  }
}
