package io.bwo.dump;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.time.Instant;

/**
 * What a dump says about itself before its first record: when and by which run it was made, on
 * which system, and the options a reader needs (the compression codec and the chunk size).
 *
 * @param created when the dump was started
 * @param runId the run that made it (the job's run id), 1 to 64 printable ASCII characters
 * @param sourceSystem the system whose data sets it holds, 1 to 64 printable ASCII characters
 * @param compression how chunks are compressed
 * @param chunkBytes the most raw bytes one chunk holds ({@value #MIN_CHUNK_BYTES} to
 *     {@value #MAX_CHUNK_BYTES}); a chunk always holds at least one CI
 */
@JsonPropertyOrder({"created", "runId", "sourceSystem", "compression", "chunkBytes"})
public record DumpHeader(
    Instant created, String runId, String sourceSystem, Compression compression, int chunkBytes) {

  /** The version of the dump format this code writes and reads (docs/dump-format.md). */
  public static final int FORMAT_VERSION = 1;

  /** The chunk size when none is given: large enough for sequential I/O, small in memory. */
  public static final int DEFAULT_CHUNK_BYTES = 1 << 20;

  public static final int MIN_CHUNK_BYTES = 512;
  public static final int MAX_CHUNK_BYTES = 64 << 20;

  public DumpHeader {
    if (created == null) {
      throw BwoException.of(Msg.BWO405E, "NO CREATION TIME");
    }
    checkName("RUN ID", runId);
    checkName("SOURCE SYSTEM", sourceSystem);
    if (compression == null) {
      throw BwoException.of(Msg.BWO405E, "NO COMPRESSION OPTION");
    }
    if (chunkBytes < MIN_CHUNK_BYTES || chunkBytes > MAX_CHUNK_BYTES) {
      throw BwoException.of(Msg.BWO405E, "CHUNK SIZE " + chunkBytes + " IS NOT FROM "
          + MIN_CHUNK_BYTES + " TO " + MAX_CHUNK_BYTES);
    }
  }

  /** A header with the default chunk size. */
  public static DumpHeader of(
      Instant created, String runId, String sourceSystem, Compression compression) {
    return new DumpHeader(created, runId, sourceSystem, compression, DEFAULT_CHUNK_BYTES);
  }

  /** How many CIs of {@code ciSize} bytes one chunk holds: as many as fit, at least one. */
  int cisPerChunk(int ciSize) {
    return Math.max(1, chunkBytes / ciSize);
  }

  private static void checkName(String what, String value) {
    if (value == null || value.isEmpty() || value.length() > 64
        || !value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw BwoException.of(Msg.BWO405E,
          what + " MUST BE 1 TO 64 PRINTABLE ASCII CHARACTERS, NOT '" + value + "'");
    }
  }
}
