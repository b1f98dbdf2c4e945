package io.bwo.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * A small world for segment system tests: a catalog whose data sets hold {@code cis} CIs of 512
 * bytes, their segments ONLINE, and a record of the messages the system issued.
 */
final class TestWorld {
  static final int CI_SIZE = 512;
  static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  final Catalog catalog;
  final List<Message> events = new CopyOnWriteArrayList<>();

  /** Data sets named by {@code specs} of the form {@code SEG:DSN}, each of {@code cis} CIs. */
  TestWorld(Path root, long cis, String... specs) {
    catalog = Catalog.open(root);
    for (String spec : specs) {
      String[] p = spec.split(":");
      SegmentName seg = SegmentName.parse(p[0]);
      catalog.define(CatalogEntry.linear(Dsn.parse(p[1]), seg, CI_SIZE, cis, true, T0));
      catalog.putSegment(new SegmentDefinition(seg, SegmentStatus.ONLINE));
    }
  }

  EmbeddedSegmentSystem open(java.time.Clock clock) {
    return EmbeddedSegmentSystem.open(catalog, clock, events::add, "TEST");
  }

  boolean issued(Msg id) {
    return events.stream().anyMatch(m -> m.id() == id);
  }

  static Dsn dsn(String s) {
    return Dsn.parse(s);
  }

  static long account(SegmentSystem system, Dsn dsn, long offset) {
    byte[] ci = system.readCi(dsn, offset / CI_SIZE);
    return ByteBuffer.wrap(ci).getLong((int) (offset % CI_SIZE));
  }

  /** Waits up to {@code max} for {@code condition}, and fails if it never holds. */
  static void eventually(BooleanSupplier condition, Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        assertThat(condition.getAsBoolean()).as("condition within " + max).isTrue();
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
