package io.bwo.jcl;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The COND parameter of an EXEC (or JOB) statement: up to eight return code tests, each
 * {@code (code,operator[,step])}, and on EXEC {@code EVEN} or {@code ONLY}.
 *
 * <p>A test is satisfied when {@code code operator RC} holds for the named step, or for any
 * earlier step that ended normally when no step is named; a step that did not run, or abended,
 * satisfies no test. If any test is satisfied the step is bypassed. Without EVEN or ONLY a step
 * after an abend is bypassed; EVEN runs it after an abend too, ONLY only after one (z/OS MVS JCL
 * Reference, "Summary of COND parameters").
 */
record CondParameter(List<Test> tests, Mode mode) {

  /** What an abend earlier in the job does to the step. */
  enum Mode { NORMAL, EVEN, ONLY }

  /** One return code test. */
  record Test(int code, Comparison operator, StepRef step) {
    @Override
    public String toString() {
      return "(" + code + "," + operator + (step == null ? "" : "," + step) + ")";
    }
  }

  static final CondParameter NONE = new CondParameter(List.of(), Mode.NORMAL);

  CondParameter {
    tests = List.copyOf(tests);
  }

  /** The COND value {@code v} at {@code line}; {@code onJob} forbids EVEN, ONLY and step names. */
  static CondParameter parse(Value v, int line, boolean onJob) {
    List<Test> tests = new ArrayList<>();
    Mode mode = Mode.NORMAL;
    List<Value> groups;
    if (v instanceof Value.Sublist l && !l.items().isEmpty()
        && l.items().get(0) instanceof Value.Item first && first.text().matches("\\d+")) {
      groups = List.of(v);
    } else if (v instanceof Value.Sublist l) {
      groups = l.items();
    } else {
      groups = List.of(v);
    }
    for (Value g : groups) {
      if (g instanceof Value.Item i && (i.text().equals("EVEN") || i.text().equals("ONLY"))) {
        if (onJob || mode != Mode.NORMAL) {
          throw error(line, onJob ? "EVEN AND ONLY ARE NOT VALID ON THE JOB STATEMENT"
              : "COND HAS BOTH EVEN AND ONLY");
        }
        mode = Mode.valueOf(i.text());
        continue;
      }
      if (!(g instanceof Value.Sublist test) || test.items().size() < 2
          || test.items().size() > 3) {
        throw error(line, "COND TEST " + g.text() + " IS NOT (CODE,OPERATOR[,STEP])");
      }
      tests.add(test(test.items(), line, onJob));
    }
    if (tests.size() > 8) {
      throw error(line, "COND HAS " + tests.size() + " TESTS: AT MOST 8");
    }
    return new CondParameter(tests, mode);
  }

  private static Test test(List<Value> items, int line, boolean onJob) {
    String code = items.get(0).text();
    if (!code.matches("\\d{1,4}") || Integer.parseInt(code) > Completion.MAX_CODE) {
      throw error(line, "COND CODE " + code + " IS NOT A NUMBER FROM 0 TO 4095");
    }
    Comparison op;
    try {
      op = Comparison.valueOf(items.get(1).text());
    } catch (IllegalArgumentException e) {
      throw error(line, "COND OPERATOR " + items.get(1).text()
          + " IS NOT GT, GE, EQ, LT, LE OR NE");
    }
    StepRef step = null;
    if (items.size() == 3) {
      if (onJob) {
        throw error(line, "A JOB COND TEST CANNOT NAME A STEP");
      }
      step = StepRef.parse(items.get(2).text());
    }
    return new Test(Integer.parseInt(code), op, step);
  }

  /** The first test satisfied by the earlier steps, with the step whose RC satisfied it. */
  Optional<String> satisfied(List<StepRecord> earlier) {
    for (Test t : tests) {
      for (StepRecord r : earlier) {
        boolean candidate = t.step() == null || t.step().matches(r);
        if (candidate && !r.completion().abended()
            && t.operator().test(t.code(), r.completion().conditionCode())) {
          return Optional.of("COND=" + t + " IS SATISFIED BY " + display(r) + " RC "
              + r.completion());
        }
      }
    }
    return Optional.empty();
  }

  /** The steps the tests name. */
  List<StepRef> references() {
    return tests.stream().map(Test::step).filter(s -> s != null).toList();
  }

  static String display(StepRecord r) {
    return r.procStep() == null ? r.name() : r.name() + "." + r.procStep();
  }

  private static BwoException error(int line, String reason) {
    return BwoException.of(Msg.BWO701E, line, reason);
  }
}
