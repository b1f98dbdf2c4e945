package io.bwo.jcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.message.BwoException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CondParameterTest {

  private static CondParameter cond(String value) {
    return CondParameter.parse(Operands.parse("COND=" + value, 1).get("COND").orElseThrow(), 1,
        false);
  }

  private static boolean bypassed(String value, StepRecord... earlier) {
    return cond(value).satisfied(List.of(earlier)).isPresent();
  }

  private static StepRecord rc(String name, int rc) {
    return new StepRecord(name, null, Completion.normal(rc));
  }

  /** The z/OS table: COND=(code,op) bypasses the step when "code op RC" holds. */
  @ParameterizedTest(name = "COND=({0},{1}) with RC {2}: bypassed {3}")
  @CsvSource({
      "4,GT,3,true", "4,GT,4,false", "4,GT,5,false",
      "4,GE,4,true", "4,GE,5,false", "4,GE,3,true",
      "4,EQ,4,true", "4,EQ,0,false",
      "4,LT,5,true", "4,LT,4,false", "4,LT,0,false",
      "4,LE,4,true", "4,LE,3,false",
      "4,NE,0,true", "4,NE,4,false"})
  void bypassesWhenCodeOperatorRcHolds(int code, String op, int rc, boolean bypass) {
    assertThat(bypassed("(" + code + "," + op + ")", rc("S1", rc))).isEqualTo(bypass);
  }

  @Test
  void testsEveryEarlierStepOrTheNamedOne() {
    assertThat(bypassed("(8,LE)", rc("S1", 0), rc("S2", 8))).isTrue();
    assertThat(bypassed("(8,LE,S1)", rc("S1", 0), rc("S2", 8))).isFalse();
    assertThat(bypassed("((0,NE,S1),(12,EQ))", rc("S1", 0), rc("S2", 12))).isTrue();
  }

  @Test
  void aStepThatDidNotRunOrAbendedSatisfiesNoTest() {
    assertThat(bypassed("(4,GT,S9)", rc("S1", 0))).isFalse();
    assertThat(bypassed("(0,EQ)", new StepRecord("S1", null, Completion.abend("S0C4"))))
        .isFalse();
  }

  @Test
  void readsEvenAndOnly() {
    assertThat(cond("EVEN").mode()).isEqualTo(CondParameter.Mode.EVEN);
    assertThat(cond("(ONLY)").mode()).isEqualTo(CondParameter.Mode.ONLY);
    CondParameter c = cond("((4,LT),EVEN)");
    assertThat(c.mode()).isEqualTo(CondParameter.Mode.EVEN);
    assertThat(c.tests()).hasSize(1);
  }

  @Test
  void refusesBadConds() {
    for (String bad : List.of("(4,XX)", "(5000,LT)", "(A,LT)", "(4)", "(EVEN,ONLY)",
        "((1,LT),(1,LT),(1,LT),(1,LT),(1,LT),(1,LT),(1,LT),(1,LT),(1,LT))")) {
      assertThatThrownBy(() -> cond(bad)).as(bad).isInstanceOf(BwoException.class);
    }
    assertThatThrownBy(() -> CondParameter.parse(Operands.parse("COND=EVEN", 1).get("COND")
        .orElseThrow(), 1, true)).isInstanceOf(BwoException.class);
  }
}
