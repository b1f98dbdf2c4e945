package io.bwo.jcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.message.BwoException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IfExpressionTest {

  private static final StepRecord S1_RC4 = new StepRecord("S1", null, Completion.normal(4));
  private static final StepRecord S2_RC8 = new StepRecord("S2", null, Completion.normal(8));
  private static final StepRecord S3_ABEND = new StepRecord("S3", null, Completion.abend("S0C4"));
  private static final StepRecord P_STEP = new StepRecord("RUN", "JAVAJVM", Completion.normal(12));

  private static boolean test(String expression, StepRecord... ran) {
    return IfExpression.parse(expression, 1).test(List.of(ran));
  }

  @ParameterizedTest(name = "{0} after S1=4, S2=8 is {1}")
  @CsvSource(delimiter = ';', value = {
      "RC > 4; true", "RC GT 8; false", "RC >= 8; true", "RC = 8; true", "RC EQ 4; false",
      "RC < 9; true", "RC LE 7; false", "RC ¬= 8; false", "RC NE 0; true", "RC ¬> 8; true",
      "RC NG 7; false", "RC ¬< 8; true", "RC NL 9; false", "RC ^= 8; false",
      "S1.RC = 4; true", "S2.RC > 4; true", "S1.RC > 4; false",
      "(S1.RC = 4 & S2.RC = 8); true", "S1.RC = 4 AND S2.RC = 4; false",
      "S1.RC = 0 | S2.RC = 8; true", "S1.RC = 0 OR S2.RC = 0; false",
      "NOT S1.RC = 4; false", "¬(S1.RC = 0); true", "¬ (RC < 4 | RC > 8); true",
      "RC LT 4 & (RC LT 12 | RC = 16); false", "(RC LT 4 & RC LT 12) | RC = 8; true",
      "S1.RC = 4 | S2.RC = 0 & S1.RC = 0; false",
      "ABEND; false", "¬ABEND; true", "ABEND = FALSE; true", "ABEND=TRUE; false",
      "S1.ABEND; false", "S1.¬ABEND; true", "S1.RUN; true", "S9.RUN; false",
      "S9.¬RUN; true", "S9.RC = 0; false", "S9.RC ¬= 0; false", "S9.¬ABEND; false"})
  void evaluatesReturnCodeAbendAndRunTests(String expression, boolean expected) {
    assertThat(test(expression, S1_RC4, S2_RC8, new StepRecord("S9X", null,
        Completion.normal(0)))).isEqualTo(expected);
  }

  @Test
  void andAndOrShareOnePriorityAndApplyLeftToRight() {
    // (true | false) & false = false; with AND first it would be true.
    assertThat(test("S1.RC = 4 | S2.RC = 0 & S1.RC = 0", S1_RC4, S2_RC8)).isFalse();
  }

  @Test
  void rcIsTheHighestOfStepsThatEndedNormallyAndZeroBeforeAny() {
    assertThat(test("RC = 0")).isTrue();
    assertThat(test("RC = 4", S1_RC4, S3_ABEND)).isTrue();
  }

  @Test
  void abendTestsSeeAbendsAndTheirCodes() {
    assertThat(test("ABEND", S1_RC4, S3_ABEND)).isTrue();
    assertThat(test("S3.ABEND", S1_RC4, S3_ABEND)).isTrue();
    assertThat(test("S1.ABEND", S1_RC4, S3_ABEND)).isFalse();
    assertThat(test("ABENDCC = S0C4", S1_RC4, S3_ABEND)).isTrue();
    assertThat(test("ABENDCC = U0100", S1_RC4, S3_ABEND)).isFalse();
    assertThat(test("S3.ABENDCC ¬= S0C4", S1_RC4, S3_ABEND)).isFalse();
    assertThat(test("S3.RC = 0", S3_ABEND)).isFalse();
    assertThat(IfExpression.parse("ABENDCC = S222", 1).testsAbend()).isTrue();
    assertThat(IfExpression.parse("¬ABEND", 1).testsAbend()).isTrue();
    assertThat(IfExpression.parse("RC > 0", 1).testsAbend()).isFalse();
  }

  @Test
  void namesProcedureStepsAsStepDotProcstep() {
    assertThat(test("RUN.JAVAJVM.RC = 12", P_STEP)).isTrue();
    assertThat(test("RUN.RC = 12", P_STEP)).isFalse();
  }

  @Test
  void refusesMalformedExpressions() {
    for (String bad : List.of("RC >", "RC > X", "(RC > 4", "RC > 4)", "RUN", "FOO = 1",
        "ABENDCC = 0C4", "RC > 5000", "RC > 4 AND", "% RC", "ABEND = MAYBE")) {
      assertThatThrownBy(() -> IfExpression.parse(bad, 7)).as(bad)
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().args().get(0)).isEqualTo("7"));
    }
  }
}
