package io.bwo.dump;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * The two JSON documents of a dump: the header's fields and each data set's catalog entry, as
 * compact UTF-8. Unknown fields are ignored so that a later version 1 writer may add some.
 * Readers and writers of Jackson are immutable, so the shared ones here are safe from any thread.
 */
final class DumpJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private static final ObjectWriter WRITER = MAPPER.writer();
  private static final ObjectReader HEADER = MAPPER.readerFor(DumpHeader.class);
  private static final ObjectReader ENTRY = MAPPER.readerFor(CatalogEntry.class);

  private DumpJson() {}

  static byte[] write(Object value) {
    try {
      return WRITER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record of bwo cannot be written as JSON", e);
    }
  }

  /** The header in {@code json}, or empty when it is not one (a value out of range included). */
  static Optional<DumpHeader> header(byte[] json) {
    return read(HEADER, json);
  }

  /** The catalog entry in {@code json}, or empty when it is not a valid one. */
  static Optional<CatalogEntry> entry(byte[] json) {
    return read(ENTRY, json);
  }

  /**
   * Reads a header and a catalog entry of this version once, for the work their first reading
   * costs (Jackson's parsers and the records' constructors, run cold): true when both read back.
   */
  static boolean prepare() {
    Instant now = Instant.now();
    return header(write(DumpHeader.of(now, "PREPARE", "PREPARE", Compression.NONE))).isPresent()
        && entry(write(CatalogEntry.linear(Dsn.parse("BWO.PREPARE"), SegmentName.parse("BWO"),
            4096, 1, true, now))).isPresent();
  }

  private static <T> Optional<T> read(ObjectReader reader, byte[] json) {
    try {
      return Optional.ofNullable(reader.readValue(json));
    } catch (IOException e) {
      // Jackson wraps what the records' constructors throw (BwoException) as a mapping error.
      return Optional.empty();
    }
  }
}
