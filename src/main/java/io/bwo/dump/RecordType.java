package io.bwo.dump;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The kinds of record that follow a dump's header, with the one-byte code that starts each and
 * the length of its fixed part. Every fixed part starts with the code, a flags byte, two reserved
 * zero bytes and the data set ordinal, and ends with the CRC32C of the bytes before it; see
 * docs/dump-format.md.
 */
enum RecordType {
  DATASET_BEGIN('B', 20),
  CHUNK('C', 36),
  DATASET_END('E', 60),
  TRAILER('T', 64);

  /** The bytes every fixed part starts with: code, flags, reserved, ordinal. */
  static final int PREFIX_LENGTH = 8;

  final byte code;
  final int fixedLength;

  RecordType(char code, int fixedLength) {
    this.code = (byte) code;
    this.fixedLength = fixedLength;
  }

  /** The type whose code is {@code b}, or null for a byte that starts no record. */
  static RecordType ofCode(int b) {
    for (RecordType t : values()) {
      if (t.code == b) {
        return t;
      }
    }
    return null;
  }

  /** A fixed part of this type with its prefix filled in, positioned after the prefix. */
  ByteBuffer start(int flags, int ordinal) {
    return ByteBuffer.allocate(fixedLength).put(code).put((byte) flags).putShort((short) 0)
        .putInt(ordinal);
  }

  /** Puts the CRC32C of everything before the last four bytes into them; returns the bytes. */
  static byte[] seal(ByteBuffer fixed) {
    byte[] b = fixed.array();
    ByteBuffer.wrap(b).putInt(b.length - 4, crc32c(b, 0, b.length - 4));
    return b;
  }

  /** True when the last four bytes of {@code fixed} are the CRC32C of the bytes before them. */
  static boolean sealed(byte[] fixed) {
    return ByteBuffer.wrap(fixed).getInt(fixed.length - 4) == crc32c(fixed, 0, fixed.length - 4);
  }

  /** The CRC32C of the remaining bytes of {@code b}, which it consumes. */
  static int crc32c(ByteBuffer b) {
    CRC32C crc = new CRC32C();
    crc.update(b);
    return (int) crc.getValue();
  }

  /** The CRC32C (Castagnoli) of {@code b[off, off+len)}; the JIT turns it into CPU instructions. */
  static int crc32c(byte[] b, int off, int len) {
    CRC32C crc = new CRC32C();
    crc.update(b, off, len);
    return (int) crc.getValue();
  }
}
