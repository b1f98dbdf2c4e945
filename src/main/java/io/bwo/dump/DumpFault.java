package io.bwo.dump;

import io.bwo.catalog.Dsn;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.Objects;
import java.util.Optional;

/**
 * The first thing wrong with a dump: what it is, the data set it belongs to when that is known,
 * and the byte range {@code [from, to)} of the dump where it was found (the record at fault, or,
 * for a dump that ends too early, the empty range at its end).
 */
public record DumpFault(Kind kind, Optional<Dsn> dsn, long from, long to, String detail) {

  /** The kinds of fault, for programs; {@link #detail()} says the same for people. */
  public enum Kind {
    /** The file does not start with the dump magic number. */
    BAD_MAGIC,
    /** A format version this reader does not know. */
    UNSUPPORTED_VERSION,
    /** The header's CRC, length or JSON is wrong. */
    BAD_HEADER,
    /** The dump ends inside a record. */
    TRUNCATED,
    /** The dump ends between records without a trailer: it was never finished. */
    INCOMPLETE,
    /** A byte where a record should start that starts none. */
    UNKNOWN_RECORD,
    /** The CRC32C of a record's fixed part does not match. */
    RECORD_CRC,
    /** A record's fields are out of range (lengths, counts, reserved bits). */
    BAD_RECORD,
    /** A record that does not belong where it is (ordinal or CI order). */
    OUT_OF_SEQUENCE,
    /** The CRC32C of a payload as stored (chunk data or catalog entry) does not match. */
    DATA_CRC,
    /** A compressed chunk does not expand to its raw length and CRC32C. */
    RAW_CRC,
    /** A catalog entry that is not a valid one. */
    BAD_ENTRY,
    /** A DATASET-END whose counts disagree with the data set's chunks. */
    COUNT_MISMATCH,
    /** A data set's or the whole dump's digest does not match. */
    DIGEST_MISMATCH,
    /** The trailer comes while a data set has no DATASET-END. */
    MISSING_END,
    /** The trailer's totals disagree with the records before it. */
    TRAILER_MISMATCH,
    /** Bytes follow the trailer. */
    DATA_AFTER_TRAILER,
    /** The input could not be read (an I/O error, not a fault of the dump's bytes). */
    READ_ERROR
  }

  public DumpFault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dsn, "dsn");
    Objects.requireNonNull(detail, "detail");
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("bad range [" + from + ", " + to + ")");
    }
  }

  /** BWO403E naming the data set, or BWO404E where no data set is known. */
  public Message message() {
    return dsn.map(d -> Message.of(Msg.BWO403E, d, from, to, detail))
        .orElseGet(() -> Message.of(Msg.BWO404E, from, to, detail));
  }
}
