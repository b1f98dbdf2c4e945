package io.bwo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.message.BwoException;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DsnFilterTest {

  @Test
  void singleAsteriskIsExactlyOneQualifier() {
    DsnFilter f = DsnFilter.parse("A.*.C");
    assertThat(f.matches(Dsn.parse("A.B.C"))).isTrue();
    assertThat(f.matches(Dsn.parse("A.C"))).isFalse();
    assertThat(f.matches(Dsn.parse("A.B.B.C"))).isFalse();
  }

  @Test
  void doubleAsteriskIsAnyNumberOfQualifiers() {
    DsnFilter f = DsnFilter.parse("A.**.C");
    assertThat(f.matches(Dsn.parse("A.C"))).isTrue();
    assertThat(f.matches(Dsn.parse("A.B.C"))).isTrue();
    assertThat(f.matches(Dsn.parse("A.B.D.C"))).isTrue();
    assertThat(f.matches(Dsn.parse("A.B.D"))).isFalse();
    assertThat(DsnFilter.parse("**").matches(Dsn.parse("ANY.NAME.AT.ALL"))).isTrue();
    assertThat(DsnFilter.parse("OSB.**").matches(Dsn.parse("OSB"))).isTrue();
  }

  @Test
  void asteriskAndPercentInsideAQualifier() {
    assertThat(DsnFilter.parse("OSB.PAGE*").matches(Dsn.parse("OSB.PAGE"))).isTrue();
    assertThat(DsnFilter.parse("OSB.PAGE*").matches(Dsn.parse("OSB.PAGE01"))).isTrue();
    assertThat(DsnFilter.parse("OSB.P%GE").matches(Dsn.parse("OSB.PAGE"))).isTrue();
    assertThat(DsnFilter.parse("OSB.P%GE").matches(Dsn.parse("OSB.PGE"))).isFalse();
    assertThat(DsnFilter.parse("OSB.*.DATA").matches(Dsn.parse("OSB.SEG1.DATA"))).isTrue();
  }

  @Test
  void doubleAsteriskMustStandAlone() {
    assertThatThrownBy(() -> DsnFilter.parse("A.B**"))
        .isInstanceOf(BwoException.class)
        .hasMessageContaining("BWO105E")
        .hasMessageContaining("MUST STAND ALONE");
  }

  /** The reference model: a regular expression over "." + name, built per qualifier. */
  private static boolean modelMatches(String pattern, String name) {
    StringBuilder re = new StringBuilder();
    for (String q : pattern.split("\\.")) {
      if (q.equals("**")) {
        re.append("(?:\\.[^.]+)*");
      } else {
        re.append("\\.");
        for (char c : q.toCharArray()) {
          re.append(c == '*' ? "[^.]*" : c == '%' ? "[^.]" : Pattern.quote(String.valueOf(c)));
        }
      }
    }
    return Pattern.matches(re.toString(), "." + name);
  }

  @Property(tries = 2000)
  void filterAgreesWithTheReferenceModel(
      @ForAll("patterns") String pattern, @ForAll("names") String name) {
    assertThat(DsnFilter.parse(pattern).matches(Dsn.parse(name)))
        .isEqualTo(modelMatches(pattern, name));
  }

  @Property
  void aFilterWithoutMaskingMatchesOnlyItself(@ForAll("names") String a, @ForAll("names") String b) {
    assertThat(DsnFilter.parse(a).matches(Dsn.parse(b))).isEqualTo(a.equals(b));
  }

  @Property
  void arbitraryTextIsEitherAFilterOrRefusedWithAMessage(@ForAll String text) {
    try {
      DsnFilter.parse(text).matches(Dsn.parse("A.B"));
    } catch (BwoException e) {
      assertThat(e.message().id().id()).startsWith("BWO105");
    }
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> qualifier = Arbitraries.of("A", "B", "AB", "BA", "AAB", "C");
    return qualifier.list().ofMinSize(1).ofMaxSize(5).map(q -> String.join(".", q));
  }

  @Provide
  Arbitrary<String> patterns() {
    Arbitrary<String> qualifier =
        Arbitraries.of("A", "B", "AB", "*", "**", "A*", "*B", "%", "%B", "A%", "*A*", "C");
    return qualifier.list().ofMinSize(1).ofMaxSize(5).map(q -> String.join(".", q))
        .filter(p -> !List.of(p.split("\\.")).isEmpty());
  }
}
