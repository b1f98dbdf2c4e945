package io.bwo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DsnTest {

  @Test
  void acceptsNamesUnderTheZosRules() {
    assertThat(Dsn.parse("osb.page.seg01").name()).isEqualTo("OSB.PAGE.SEG01");
    assertThat(Dsn.parse("#SYS.$A-1.@X").qualifiers()).containsExactly("#SYS", "$A-1", "@X");
    assertThat(Dsn.parse("A2345678.B2345678.C2345678.D2345678.E2345678").name()).hasSize(44);
  }

  @Test
  void refusalSaysWhichRuleWasBroken() {
    assertRefused("A2345678.B2345678.C2345678.D2345678.E2345678.F", "MORE THAN 44");
    assertRefused("OSB.PAGEDATAS.X", "QUALIFIER 2 (PAGEDATAS) HAS MORE THAN 8 CHARACTERS");
    assertRefused("OSB.1PAGE", "QUALIFIER 2 (1PAGE) MUST START WITH A LETTER OR # @ $");
    assertRefused("OSB..X", "QUALIFIER 2 IS EMPTY");
    assertRefused("OSB.PA_GE", "HAS THE CHARACTER '_'");
    assertRefused("", "1 TO 44 CHARACTERS");
  }

  private static void assertRefused(String name, String rule) {
    assertThatThrownBy(() -> Dsn.parse(name))
        .isInstanceOf(BwoException.class)
        .satisfies(e -> assertThat(((BwoException) e).message().id()).isEqualTo(Msg.BWO101E))
        .hasMessageContaining(rule);
  }

  @Property
  void everyValidNameRoundTrips(@ForAll("validNames") String name) {
    assertThat(Dsn.parse(name).name()).isEqualTo(name);
  }

  @Property
  void namesAreEqualAndHashAlikeExactlyWhenTheyAreTheSameName(
      @ForAll("validNames") String a, @ForAll("validNames") String b) {
    Dsn x = Dsn.parse(a);
    Dsn y = Dsn.parse(b.equals(a) ? a.toLowerCase(java.util.Locale.ROOT) : b);
    assertThat(x.equals(y)).isEqualTo(a.equals(b));
    assertThat(x.equals(y)).isEqualTo(x.compareTo(y) == 0);
    if (a.equals(b)) {
      assertThat(x.hashCode()).isEqualTo(y.hashCode());
    }
    assertThat(x).isNotEqualTo(a).isNotEqualTo(null);
  }

  @Property
  void arbitraryTextEitherParsesOrIsRefusedWithBwo101e(@ForAll String text) {
    try {
      Dsn d = Dsn.parse(text);
      assertThat(d.name().length()).isBetween(1, 44);
    } catch (BwoException e) {
      assertThat(e.message().id()).isEqualTo(Msg.BWO101E);
    }
  }

  @Provide
  Arbitrary<String> validNames() {
    Arbitrary<String> qualifier =
        Arbitraries.strings().withChars("ABCXYZ#@$").ofLength(1).flatMap(first ->
            Arbitraries.strings().withChars("AZ09#@$-").ofMinLength(0).ofMaxLength(7)
                .map(rest -> first + rest));
    return qualifier.list().ofMinSize(1).ofMaxSize(5)
        .map(q -> String.join(".", q))
        .filter(n -> n.length() <= 44);
  }
}
