package io.bwo.segment;

import java.util.List;

/**
 * A freeze and the copy sessions established at the moment it took effect.
 *
 * @param lease the freeze
 * @param copies one session or refusal per prepared data set, in order
 */
public record FrozenCopies(FreezeLease lease, List<EstablishedCopy> copies) {
  public FrozenCopies {
    copies = List.copyOf(copies);
  }
}
