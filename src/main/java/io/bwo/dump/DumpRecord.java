package io.bwo.dump;

import java.nio.ByteBuffer;

/**
 * The fixed parts of a dump's records, byte for byte as docs/dump-format.md draws them: the one
 * place that encodes and decodes them, for the writer and the reader alike. All integers are
 * big-endian. A payload (JSON or chunk data) follows a fixed part and is protected by a CRC32C
 * inside it, so a reader checks a record's fixed part before it trusts a length.
 */
sealed interface DumpRecord {

  /** The data set ordinal the record belongs to (1 for the first data set), 0 for the trailer. */
  int ordinal();

  /** The fixed part, CRC32C included. */
  byte[] encode();

  /** The record in {@code fixed}, a fixed part whose CRC32C has been checked. */
  static DumpRecord decode(byte[] fixed) {
    ByteBuffer b = ByteBuffer.wrap(fixed);
    RecordType type = RecordType.ofCode(b.get());
    int flags = b.get();
    b.getShort();
    int ordinal = b.getInt();
    switch (type) {
      case DATASET_BEGIN:
        return new Begin(ordinal, b.getInt(), b.getInt());
      case CHUNK:
        return new Chunk(ordinal, (flags & Chunk.COMPRESSED) != 0, b.getLong(), b.getInt(),
            b.getInt(), b.getInt(), b.getInt());
      case DATASET_END:
        return new End(ordinal, b.getLong(), b.getLong(), digest(b));
      case TRAILER:
        return new Trailer(b.getInt(), b.getLong(), b.getLong(), digest(b));
      default:
        throw new IllegalArgumentException("not a record: " + type);
    }
  }

  /** True when the flags and reserved bytes of {@code fixed} hold only what its type allows. */
  static boolean reservedBitsClear(byte[] fixed) {
    int allowedFlags = fixed[0] == RecordType.CHUNK.code ? Chunk.COMPRESSED : 0;
    boolean trailerOrdinalZero =
        fixed[0] != RecordType.TRAILER.code || ByteBuffer.wrap(fixed).getInt(4) == 0;
    return (fixed[1] & ~allowedFlags) == 0 && fixed[2] == 0 && fixed[3] == 0 && trailerOrdinalZero;
  }

  private static byte[] digest(ByteBuffer b) {
    byte[] d = new byte[Digests.LENGTH];
    b.get(d);
    return d;
  }

  /**
   * The fixed part of the dump header, at offset 0: magic, format version, and the length and
   * CRC32C of the header's JSON that follows it.
   */
  record FileHeader(int version, int jsonLength, int jsonCrc) {
    /** "\x89BWODUMP": the high byte catches a transfer that is not binary (ASCII or EBCDIC). */
    static final byte[] MAGIC = {(byte) 0x89, 'B', 'W', 'O', 'D', 'U', 'M', 'P'};
    static final int LENGTH = 24;
    static final int VERSION = DumpHeader.FORMAT_VERSION;
    static final int MAX_JSON = 64 * 1024;

    byte[] encode() {
      ByteBuffer b = ByteBuffer.allocate(LENGTH).put(MAGIC).putShort((short) version)
          .putShort((short) 0).putInt(jsonLength).putInt(jsonCrc);
      return RecordType.seal(b);
    }

    /** The fields of a fixed part whose magic and CRC32C have been checked. */
    static FileHeader decode(byte[] fixed) {
      ByteBuffer b = ByteBuffer.wrap(fixed, MAGIC.length, LENGTH - MAGIC.length);
      int version = Short.toUnsignedInt(b.getShort());
      b.getShort();
      return new FileHeader(version, b.getInt(), b.getInt());
    }
  }

  /** DATASET-BEGIN: the data set's catalog entry as JSON follows. */
  record Begin(int ordinal, int entryLength, int entryCrc) implements DumpRecord {
    static final int MAX_JSON = 64 * 1024;

    @Override
    public byte[] encode() {
      return RecordType.seal(RecordType.DATASET_BEGIN.start(0, ordinal).putInt(entryLength)
          .putInt(entryCrc));
    }
  }

  /**
   * CHUNK: {@code ciCount} CIs of the data set from {@code firstCi}; {@code storedLength} bytes
   * follow, compressed or raw. For a raw chunk the two CRCs are the same.
   */
  record Chunk(int ordinal, boolean compressed, long firstCi, int ciCount, int storedLength,
      int storedCrc, int rawCrc) implements DumpRecord {
    static final int COMPRESSED = 1;

    @Override
    public byte[] encode() {
      return RecordType.seal(RecordType.CHUNK.start(compressed ? COMPRESSED : 0, ordinal)
          .putLong(firstCi).putInt(ciCount).putInt(storedLength).putInt(storedCrc)
          .putInt(rawCrc));
    }
  }

  /** DATASET-END: how many CIs and bytes the data set's chunks held, and their digest. */
  record End(int ordinal, long cis, long bytes, byte[] digest) implements DumpRecord {
    @Override
    public byte[] encode() {
      return RecordType.seal(RecordType.DATASET_END.start(0, ordinal).putLong(cis).putLong(bytes)
          .put(digest));
    }
  }

  /** TRAILER: the totals of the dump and the digest of every record before it. */
  record Trailer(int dataSets, long cis, long bytes, byte[] digest) implements DumpRecord {
    @Override
    public int ordinal() {
      return 0;
    }

    @Override
    public byte[] encode() {
      return RecordType.seal(RecordType.TRAILER.start(0, 0).putInt(dataSets).putLong(cis)
          .putLong(bytes).put(digest));
    }
  }
}
