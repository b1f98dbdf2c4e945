package io.bwo.segment;

import io.bwo.catalog.SegmentDefinition;
import io.bwo.copy.CopySession;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of a segment system: its state, each segment and its status, the freeze lease if
 * there is one, and the active concurrent copy sessions.
 */
public record SystemStatus(
    SystemState state,
    List<SegmentDefinition> segments,
    Optional<LeaseInfo> lease,
    List<CopySession> sessions) {
  public SystemStatus {
    Objects.requireNonNull(state, "state");
    segments = List.copyOf(segments);
    Objects.requireNonNull(lease, "lease");
    sessions = List.copyOf(sessions);
  }
}
