package io.bwo.catalog;

import java.util.Objects;

/** A segment as the catalog root records it: its name and its status. */
public record SegmentDefinition(SegmentName name, SegmentStatus status) {
  public SegmentDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
  }

  /** The same segment with status {@code s}. */
  public SegmentDefinition withStatus(SegmentStatus s) {
    return new SegmentDefinition(name, s);
  }
}
