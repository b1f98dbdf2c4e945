package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Dsn;
import io.bwo.control.RestoreDataSet.Rename;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NewNamesTest {

  @Test
  void starsAndDoubleStarsCarryWhatTheOldNameMatched() {
    assertThat(renamed("OSB.**", "NEW.**", "OSB.SEG1.PAGE01")).isEqualTo("NEW.SEG1.PAGE01");
    assertThat(renamed("*.SEG1.*", "*.SEG7.*", "OSB.SEG1.PAGE01")).isEqualTo("OSB.SEG7.PAGE01");
    assertThat(renamed("**.PAGE01", "**.PAGE99", "A.B.C.PAGE01")).isEqualTo("A.B.C.PAGE99");
    assertThat(renamed("OSB.**.PAGE01", "X.**.Y", "OSB.PAGE01")).isEqualTo("X.Y");
    assertThat(renamed("OSB.SEG%.PAGE*", "NEW.*.*", "OSB.SEG1.PAGE01"))
        .isEqualTo("NEW.SEG1.PAGE01");
    assertThat(renamed("OSB.SEG1.PAGE01", "OTHER.ONE", "OSB.SEG1.PAGE01")).isEqualTo("OTHER.ONE");
  }

  @Test
  void theFirstMatchingPairWinsThenThePrefix() {
    NewNames n = NewNames.of(Optional.of("PFX"), List.of(new Rename("A.**", "B.**"),
        new Rename("A.X", "C.X")));
    assertThat(n.apply(Dsn.parse("A.X"))).isEqualTo(new NewNames.Renamed(Dsn.parse("B.X"),
        "(A.**,B.**)"));
    assertThat(n.apply(Dsn.parse("Q.R.S"))).isEqualTo(new NewNames.Renamed(Dsn.parse("PFX.R.S"),
        "(PFX)"));
    assertThat(NewNames.of(Optional.empty(), List.of()).apply(Dsn.parse("Q.R")))
        .isEqualTo(new NewNames.Unchanged());
  }

  @Test
  void aNewNameThatCannotBeDerivedFailsInsteadOfFallingBackToThePrefix() {
    NewNames n = NewNames.of(Optional.of("PFX"), List.of(new Rename("A.*", "B.**")));
    assertThat(n.apply(Dsn.parse("A.X"))).isInstanceOf(NewNames.Failed.class);
    assertThat(failure("A.*", "B.*.*", "A.X")).contains("MORE MASKS");
    assertThat(failure("A.*", "B.X*", "A.X")).contains("PART OF A QUALIFIER");
    assertThat(failure("**.X", "**", "X")).contains("EMPTY");
    assertThat(failure("A.*", "B.*", "A.ABCDEFGH")).isEmpty();
    assertThat(failure("A.**", "TOOLONG1.TOOLONG2.TOOLONG3.TOOLONG4.TOOLONG5.**",
        "A.B.C")).contains("44");
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> qualifier = Combinators.combine(
        Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
        Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars("#@$-").ofMaxLength(7))
        .as((a, b) -> a + b);
    return qualifier.list().ofMinSize(1).ofMaxSize(5).map(q -> String.join(".", q))
        .filter(s -> s.length() <= 44);
  }

  /** Masking some qualifiers of a name, and renaming with the same masks, gives the name back. */
  @Property(tries = 1000)
  void aPairWithTheSameMasksOnBothSidesKeepsTheName(@ForAll("names") String name,
      @ForAll Random random) {
    List<String> qualifiers = List.of(name.split("\\."));
    List<String> mask = new ArrayList<>();
    for (int i = 0; i < qualifiers.size(); i++) {
      int choice = random.nextInt(3);
      if (choice == 0) {
        mask.add("*");
      } else if (choice == 1 && i + 1 < qualifiers.size()) {
        int skip = random.nextInt(qualifiers.size() - i);
        mask.add("**");
        i += skip;
      } else {
        mask.add(qualifiers.get(i));
      }
    }
    String filter = String.join(".", mask);
    assertThat(renamed(filter, filter, name)).as(filter).isEqualTo(name);
  }

  private static String renamed(String oldName, String newName, String dsn) {
    NewNames.Outcome o = NewNames.of(Optional.empty(), List.of(new Rename(oldName, newName)))
        .apply(Dsn.parse(dsn));
    assertThat(o).as(o.toString()).isInstanceOf(NewNames.Renamed.class);
    return ((NewNames.Renamed) o).name().name();
  }

  private static String failure(String oldName, String newName, String dsn) {
    NewNames.Outcome o = NewNames.of(Optional.empty(), List.of(new Rename(oldName, newName)))
        .apply(Dsn.parse(dsn));
    return o instanceof NewNames.Failed f ? f.why() : "";
  }
}
