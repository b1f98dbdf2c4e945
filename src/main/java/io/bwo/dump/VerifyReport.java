package io.bwo.dump;

import io.bwo.catalog.CatalogEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of verifying a dump: its header when it could be read, the data sets found whole
 * and sound (in the order the dump began them), how many bytes were read, the first fault when
 * the dump is not sound, and the bytes of other dumps after its trailer where a concatenation was
 * taken ({@link DumpVerifier#verifyFirst}).
 */
public record VerifyReport(
    Optional<DumpHeader> header,
    List<CatalogEntry> dataSets,
    long dumpBytes,
    Optional<DumpFault> fault,
    long bytesOfOtherDumps) {

  public VerifyReport {
    Objects.requireNonNull(header, "header");
    dataSets = List.copyOf(dataSets);
    Objects.requireNonNull(fault, "fault");
  }

  /** True when the dump is complete and every check held. */
  public boolean ok() {
    return fault.isEmpty();
  }

  /** How many CIs the sound data sets hold. */
  public long cis() {
    return dataSets.stream().mapToLong(CatalogEntry::cis).sum();
  }

  /** How many bytes of data the sound data sets hold. */
  public long dataBytes() {
    return dataSets.stream().mapToLong(CatalogEntry::sizeBytes).sum();
  }
}
