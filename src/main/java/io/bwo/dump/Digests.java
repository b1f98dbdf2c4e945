package io.bwo.dump;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The two SHA-256 digests of a dump. Neither hashes the data itself, which would cap verify at
 * SHA-256 speed (about 1.5 GB/s here); the data is covered by each chunk's CRC32C, and the digests
 * bind those CRCs into sequences:
 *
 * <ul>
 *   <li>a data set's digest runs over each of its chunks' first CI, CI count and raw CRC32C, in
 *       order: it proves that no chunk is missing, repeated, moved or replaced;
 *   <li>the dump's digest runs over every fixed part from the header's to the last before the
 *       trailer, in stream order: it proves the same of whole records, across data sets.
 * </ul>
 */
final class Digests {
  static final int LENGTH = 32;

  private Digests() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Adds one chunk to a data set's digest. */
  static void addChunk(MessageDigest dataSet, long firstCi, int ciCount, int rawCrc) {
    dataSet.update(ByteBuffer.allocate(16).putLong(firstCi).putInt(ciCount).putInt(rawCrc).array());
  }
}
