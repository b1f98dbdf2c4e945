package io.bwo.dump;

import io.bwo.catalog.CatalogEntry;
import java.nio.ByteBuffer;

/**
 * What {@link DumpReader#next()} reads from a dump, in stream order. Chunks of different data sets
 * may be interleaved; those of one data set come in ascending CI order, from CI 0 to the last.
 */
public sealed interface DumpEvent {

  /** A data set's DATASET-BEGIN record: its ordinal in this dump and its catalog entry. */
  record DataSetBegun(int ordinal, CatalogEntry entry) implements DumpEvent {}

  /**
   * A chunk whose CRC32Cs have been checked: {@code ciCount} CIs from {@code firstCi} of the data
   * set with {@code ordinal}, raw (expanded) in {@code data}, whose CRC32C is {@code crc} (the
   * record's raw CRC32C, which the reader checked against these bytes: a consumer that needs it
   * need not compute it again). The buffer is read-only and valid only until the next call of
   * {@link DumpReader#next()}; its bytes belong at byte offset {@code firstCi * ciSize} of the
   * data set.
   */
  record Chunk(int ordinal, long firstCi, int ciCount, int crc, ByteBuffer data)
      implements DumpEvent {}

  /**
   * A data set's DATASET-END record, whose CI and byte counts and digest have been checked
   * against its chunks: every CI of the data set has been delivered.
   */
  record DataSetEnded(int ordinal, CatalogEntry entry) implements DumpEvent {}

  /**
   * The trailer, whose totals and digest have been checked, with nothing after it: the dump is
   * complete and sound. Always the last event.
   */
  record Trailer(int dataSets, long cis, long bytes) implements DumpEvent {}
}
