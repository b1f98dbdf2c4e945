package io.bwo.segment;

import io.bwo.catalog.Dsn;
import io.bwo.copy.CopySession;
import java.util.List;
import java.util.Optional;

/**
 * Copy sessions made ready before a freeze, one per data set in order (or why not), to be
 * established together inside it by {@link SegmentSystem#establishCopies(FreezeLease,
 * PreparedCopies)}.
 *
 * @param batch the name of the batch the segment system keeps them in; empty when the system
 *     prepares nothing and establishes each session inside the window
 * @param dsns the data sets, in order
 * @param copies the prepared session or the refusal of each data set, in order; empty when there
 *     is no batch
 */
public record PreparedCopies(Optional<String> batch, List<Dsn> dsns, List<EstablishedCopy> copies) {
  public PreparedCopies {
    dsns = List.copyOf(dsns);
    copies = List.copyOf(copies);
    if (batch.isPresent() && copies.size() != dsns.size()) {
      throw new IllegalArgumentException(
          "a batch prepares one copy per data set: " + copies.size() + " for " + dsns.size());
    }
  }

  /** Nothing prepared: the sessions of {@code dsns} are established one by one in the window. */
  public static PreparedCopies unprepared(List<Dsn> dsns) {
    return new PreparedCopies(Optional.empty(), dsns, List.of());
  }

  /** The sessions prepared, which someone must end if the batch is never established. */
  public List<CopySession> sessions() {
    return copies.stream().flatMap(c -> c.session().stream()).toList();
  }
}
