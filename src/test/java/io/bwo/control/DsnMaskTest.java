package io.bwo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.bwo.catalog.DsnFilter;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The control statement check of filters never lets through what the catalog's {@link DsnFilter}
 * refuses, so a deck that parsed cannot fail later on a filter.
 */
class DsnMaskTest {

  @Provide
  Arbitrary<String> filterLike() {
    return Arbitraries.strings().withChars("AB9-*%.$@#a_").ofMaxLength(46);
  }

  @Property(tries = 5000)
  void everyMaskAcceptedHereIsAFilterOfTheCatalog(@ForAll("filterLike") String mask) {
    if (DsnMask.problem(mask).isEmpty()) {
      assertThatCode(() -> new DsnFilter(mask)).as(mask).doesNotThrowAnyException();
    }
  }

  @Property(tries = 1000)
  void generatedMasksAreValid(@ForAll Random random) {
    String mask = new DeckWriter(random).mask();

    assertThat(DsnMask.problem(mask)).as(mask).isEmpty();
    assertThatCode(() -> new DsnFilter(mask)).as(mask).doesNotThrowAnyException();
  }
}
