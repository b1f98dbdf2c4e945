package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.control.Flow;
import io.bwo.control.Flow.Code;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandSequenceTest {
  private final List<Integer> ran = new ArrayList<>();
  private final List<String> said = new ArrayList<>();
  private final ConditionCodes codes = new ConditionCodes(0);

  /** Tasks that end with {@code rc} each; the operator stops the step after {@code stopAfter}. */
  private CommandSequence sequence(int rc, int stopAfter) {
    return new CommandSequence(codes, command -> {
      ran.add(command);
      return rc;
    }, () -> ran.size() >= stopAfter, () -> "2026.339 06:00:00", m -> said.add(m.toString()));
  }

  private static Flow.IfThenElse ifMaxcc(Flow.Operator op, int n, List<Flow> then) {
    return new Flow.IfThenElse(new Flow.Condition(Code.MAXCC, op, n), then, List.of());
  }

  @Test
  void anOperatorStopInsideAClauseEndsTheWholeWalk() {
    List<Flow> flow = List.of(
        ifMaxcc(Flow.Operator.EQ, 0, List.of(new Flow.RunTask(0), new Flow.RunTask(1))),
        new Flow.SetCode(Code.MAXCC, 0),
        new Flow.RunTask(2));

    assertThat(sequence(8, 1).walk(flow)).isFalse();

    assertThat(ran).containsExactly(0);
    assertThat(codes.maxcc()).isEqualTo(8);
    assertThat(said).isEmpty();
  }

  @Test
  void eojInAClauseTakenEndsTheWalkAndKeepsMaxcc() {
    List<Flow> flow = List.of(
        new Flow.RunTask(0),
        ifMaxcc(Flow.Operator.GE, 8, List.of(new Flow.EndOfJob())),
        new Flow.SetCode(Code.MAXCC, 0),
        new Flow.RunTask(1));

    assertThat(sequence(8, 99).walk(flow)).isFalse();

    assertThat(ran).containsExactly(0);
    assertThat(codes.maxcc()).isEqualTo(8);
  }

  @Test
  void eojInAClauseNotTakenEndsNothing() {
    assertThat(sequence(0, 99).walk(List.of(new Flow.RunTask(0),
        ifMaxcc(Flow.Operator.GE, 8, List.of(new Flow.EndOfJob())), new Flow.RunTask(1))))
        .isTrue();

    assertThat(ran).containsExactly(0, 1);
  }

  @Test
  void setLastccAboveMaxccRaisesMaxccAndSaysBoth() {
    sequence(4, 99).walk(List.of(new Flow.RunTask(0), new Flow.SetCode(Code.LASTCC, 12),
        new Flow.SetCode(Code.LASTCC, 0)));

    assertThat(said).extracting(s -> s.replaceAll("^ADR015I ", "")).containsExactly(
        "RETURN CODE OF TASK HAS BEEN RESET FROM 0004 TO 0012",
        "MAXIMUM CONDITION CODE HAS BEEN RESET FROM 0004 TO 0012",
        "RETURN CODE OF TASK HAS BEEN RESET FROM 0012 TO 0000");
    assertThat(codes.lastcc()).isZero();
    assertThat(codes.maxcc()).isEqualTo(12);
    assertThat(codes.highestTask()).isEqualTo(4);
  }

  @Test
  void aSetInAClauseNotTakenDoesNothing() {
    sequence(0, 99).walk(List.of(ifMaxcc(Flow.Operator.GT, 0,
        List.of(new Flow.SetCode(Code.MAXCC, 16)))));

    assertThat(codes.maxcc()).isZero();
    assertThat(said).isEmpty();
  }

  @Test
  void serialAndParallelAreListedAndParallelSaysTasksRunOneAtATime() {
    sequence(0, 99).walk(List.of(new Flow.TaskMode(true), new Flow.TaskMode(false)));

    assertThat(said).hasSize(3);
    assertThat(said.get(0)).contains("2026.339 06:00:00 ALL PREVIOUSLY SCHEDULED TASKS COMPLETED."
        + " PARALLEL MODE NOW IN EFFECT");
    assertThat(said.get(1)).startsWith("BWO531I").contains("PARALLEL: NO EFFECT IN BWO");
    assertThat(said.get(2)).endsWith("SERIAL MODE NOW IN EFFECT");
  }
}
