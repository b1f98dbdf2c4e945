package io.bwo.control;

import java.util.List;
import java.util.Objects;

/**
 * One step of a deck's command sequence, in the order DFSMSdss processes them: a function
 * command's task, a SET of a condition code, an IF-THEN-ELSE whose clauses are steps again, a
 * switch between SERIAL and PARALLEL task scheduling, or EOJ. A clause not taken runs nothing,
 * its SET commands included.
 */
public sealed interface Flow {

  /** The condition codes a SET sets and an IF tests. */
  enum Code {
    /** The return code of the last function command run. */
    LASTCC,
    /** The highest return code so far; the step's return code when the deck ends. */
    MAXCC
  }

  /** IBM's comparison operators, each with its symbol. */
  enum Operator {
    EQ, NE, GT, LT, GE, LE;

    boolean test(int a, int b) {
      return switch (this) {
        case EQ -> a == b;
        case NE -> a != b;
        case GT -> a > b;
        case LT -> a < b;
        case GE -> a >= b;
        case LE -> a <= b;
      };
    }
  }

  /** The highest value a condition code takes; a greater number is reduced to it. */
  int HIGHEST_CODE = 16;

  /**
   * {@code IF code operator number}. The number is kept as coded (0 to 99999); IBM compares a
   * number above {@value #HIGHEST_CODE} as {@value #HIGHEST_CODE}.
   */
  record Condition(Code code, Operator operator, int number) {
    /** A condition; {@code number} from 0 to 99999. */
    public Condition {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(operator, "operator");
      if (number < 0 || number > 99_999) {
        throw new IllegalArgumentException("number " + number);
      }
    }

    /** True if the condition holds when {@link #code} has the value {@code value}. */
    public boolean holds(int value) {
      return operator.test(value, Math.min(number, HIGHEST_CODE));
    }
  }

  /** Run the function command at {@code command} (from 0) of {@link Deck#commands()}. */
  record RunTask(int command) implements Flow {
    /** The step that runs command {@code command}. */
    public RunTask {
      if (command < 0) {
        throw new IllegalArgumentException("command " + command);
      }
    }
  }

  /** {@code SET code=value}, {@code value} from 0 to {@value #HIGHEST_CODE}. */
  record SetCode(Code code, int value) implements Flow {
    /** The step that sets {@code code}. */
    public SetCode {
      Objects.requireNonNull(code, "code");
      if (value < 0 || value > HIGHEST_CODE) {
        throw new IllegalArgumentException("value " + value);
      }
    }
  }

  /** {@code IF condition THEN clause ELSE clause}; an empty clause is a null clause. */
  record IfThenElse(Condition condition, List<Flow> then, List<Flow> otherwise) implements Flow {
    /** The step; both clauses are copied. */
    public IfThenElse {
      Objects.requireNonNull(condition, "condition");
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  /** {@code SERIAL} or {@code PARALLEL}: the task scheduling mode from here on. */
  record TaskMode(boolean parallel) implements Flow {}

  /**
   * {@code EOJ}: the command stream ends here; no command after it runs, and the step ends with
   * MAXCC as it is (IBM names EOJ beside SET and IF-THEN-ELSE, tskpro, and codes it in a clause,
   * dgt3u2207; its own page was not found).
   */
  record EndOfJob() implements Flow {}
}
