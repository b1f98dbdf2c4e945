package io.bwo.jcl;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.List;

/**
 * The relational expression of an IF statement, parsed, and its truth given the steps that ran.
 *
 * <p>Operators, by priority: NOT ({@code NOT ¬ ^}) first, then comparisons ({@code GT > LT < NG
 * ¬> NL ¬< EQ = NE ¬= GE >= LE <=}), then AND ({@code &}) and OR ({@code |}), which share one
 * priority and apply left to right; parentheses group. Keywords: {@code RC}, {@code ABEND},
 * {@code ¬ABEND}, {@code ABENDCC}, {@code RUN}, {@code ¬RUN}, each optionally after
 * {@code step.} or {@code step.procstep.}. {@code RC} alone is the highest return code of the steps
 * that ran and ended normally (0 before any); a comparison naming a step that did not run is
 * false (z/OS MVS JCL Reference, "IF/THEN/ELSE/ENDIF statement construct").
 */
sealed interface IfExpression permits IfExpression.Logical, IfExpression.Not,
    IfExpression.Keyword {

  /** The truth of the expression after the steps in {@code ran}. */
  boolean test(List<StepRecord> ran);

  /** True when the expression tests ABEND, ¬ABEND or ABENDCC (so it may run steps after one). */
  boolean testsAbend();

  /** The steps the expression names. */
  List<StepRef> references();

  /** AND or OR of two expressions. */
  sealed interface Logical extends IfExpression permits And, Or {
    IfExpression left();

    IfExpression right();

    @Override
    default boolean testsAbend() {
      return left().testsAbend() || right().testsAbend();
    }

    @Override
    default List<StepRef> references() {
      List<StepRef> all = new ArrayList<>(left().references());
      all.addAll(right().references());
      return all;
    }
  }

  /** A keyword test, of the named step or (step null) of the job's steps. */
  sealed interface Keyword extends IfExpression permits Rc, Abend, AbendCc, Run {
    StepRef step();

    @Override
    default List<StepRef> references() {
      return step() == null ? List.of() : List.of(step());
    }
  }

  record And(IfExpression left, IfExpression right) implements Logical {
    @Override
    public boolean test(List<StepRecord> ran) {
      return left.test(ran) && right.test(ran);
    }
  }

  record Or(IfExpression left, IfExpression right) implements Logical {
    @Override
    public boolean test(List<StepRecord> ran) {
      return left.test(ran) || right.test(ran);
    }
  }

  record Not(IfExpression operand) implements IfExpression {
    @Override
    public boolean test(List<StepRecord> ran) {
      return !operand.test(ran);
    }

    @Override
    public boolean testsAbend() {
      return operand.testsAbend();
    }

    @Override
    public List<StepRef> references() {
      return operand.references();
    }
  }

  /** {@code [step.]RC op value}. */
  record Rc(StepRef step, Comparison operator, int value) implements Keyword {
    @Override
    public boolean test(List<StepRecord> ran) {
      if (step == null) {
        int highest = 0;
        for (StepRecord r : ran) {
          if (!r.completion().abended()) {
            highest = Math.max(highest, r.completion().conditionCode());
          }
        }
        return operator.test(highest, value);
      }
      StepRecord r = last(ran, step);
      return r != null && !r.completion().abended()
          && operator.test(r.completion().conditionCode(), value);
    }

    @Override
    public boolean testsAbend() {
      return false;
    }
  }

  /** {@code [step.]ABEND} is {@code expected}: any step (or the named one) abended. */
  record Abend(StepRef step, boolean expected) implements Keyword {
    @Override
    public boolean test(List<StepRecord> ran) {
      if (step == null) {
        return ran.stream().anyMatch(r -> r.completion().abended()) == expected;
      }
      StepRecord r = last(ran, step);
      return r != null && r.completion().abended() == expected;
    }

    @Override
    public boolean testsAbend() {
      return true;
    }
  }

  /** {@code [step.]ABENDCC = code} (or {@code ¬=}). */
  record AbendCc(StepRef step, boolean equal, String code) implements Keyword {
    @Override
    public boolean test(List<StepRecord> ran) {
      if (step != null && last(ran, step) == null) {
        return false;
      }
      boolean any = ran.stream()
          .filter(r -> step == null || step.matches(r))
          .anyMatch(r -> code.equals(r.completion().abendCode()));
      return any == equal;
    }

    @Override
    public boolean testsAbend() {
      return true;
    }
  }

  /** {@code step.RUN} is {@code expected}: the step started. */
  record Run(StepRef step, boolean expected) implements Keyword {
    @Override
    public boolean test(List<StepRecord> ran) {
      return (last(ran, step) != null) == expected;
    }

    @Override
    public boolean testsAbend() {
      return false;
    }
  }

  private static StepRecord last(List<StepRecord> ran, StepRef step) {
    StepRecord found = null;
    for (StepRecord r : ran) {
      if (step.matches(r)) {
        found = r;
      }
    }
    return found;
  }

  /** The expression {@code text} (symbols already substituted) of the IF at {@code line}. */
  static IfExpression parse(String text, int line) {
    Parser p = new Parser(tokens(text, line), line);
    IfExpression e = p.expression();
    if (p.more()) {
      throw p.error("UNEXPECTED '" + p.peek() + "'");
    }
    return e;
  }

  private static List<String> tokens(String s, int line) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == '(' || c == ')' || c == '&' || c == '|' || c == '=') {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '¬' || c == '^' || c == '>' || c == '<') {
        boolean twoChar = i + 1 < s.length() && (s.charAt(i + 1) == '='
            || ((c == '¬' || c == '^') && (s.charAt(i + 1) == '>' || s.charAt(i + 1) == '<')));
        out.add(s.substring(i, twoChar ? i + 2 : i + 1));
        i += twoChar ? 2 : 1;
      } else if (isWordChar(c)) {
        int start = i;
        while (i < s.length() && (isWordChar(s.charAt(i)) || s.charAt(i) == '.'
            || ((s.charAt(i) == '¬' || s.charAt(i) == '^') && s.charAt(i - 1) == '.'))) {
          i++;
        }
        out.add(s.substring(start, i));
      } else {
        throw BwoException.of(Msg.BWO701E, line, "UNEXPECTED CHARACTER '" + c
            + "' IN THE IF EXPRESSION " + s);
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#' || c == '@' || c == '$';
  }

  /** Recursive descent over the tokens. */
  final class Parser {
    private final List<String> t;
    private final int line;
    private int pos;

    Parser(List<String> t, int line) {
      this.t = t;
      this.line = line;
    }

    IfExpression expression() {
      IfExpression e = unary();
      while (more()) {
        String op = peek();
        if (op.equals("&") || op.equals("AND")) {
          pos++;
          e = new And(e, unary());
        } else if (op.equals("|") || op.equals("OR")) {
          pos++;
          e = new Or(e, unary());
        } else {
          break;
        }
      }
      return e;
    }

    IfExpression unary() {
      String tok = next("AN EXPRESSION");
      if (tok.equals("¬") || tok.equals("^") || tok.equals("NOT")) {
        return new Not(unary());
      }
      if (tok.equals("(")) {
        IfExpression e = expression();
        if (!next("')'").equals(")")) {
          throw error("')' EXPECTED");
        }
        return e;
      }
      return keyword(tok);
    }

    private IfExpression keyword(String word) {
      int dot = word.lastIndexOf('.');
      String kw = word.substring(dot + 1);
      StepRef step = null;
      if (dot >= 0) {
        String steps = word.substring(0, dot);
        if (!steps.matches("[A-Z#@$][A-Z0-9#@$]{0,7}(\\.[A-Z#@$][A-Z0-9#@$]{0,7})?")) {
          throw error("'" + steps + "' IS NOT A STEP NAME");
        }
        step = StepRef.parse(steps);
      }
      boolean negated = kw.startsWith("¬") || kw.startsWith("^");
      String base = negated ? kw.substring(1) : kw;
      switch (base) {
        case "RC": {
          if (negated) {
            throw error("¬RC IS NOT A KEYWORD");
          }
          Comparison op = operator();
          String v = next("A RETURN CODE");
          if (!v.matches("\\d{1,4}") || Integer.parseInt(v) > Completion.MAX_CODE) {
            throw error("RC IS COMPARED WITH A NUMBER FROM 0 TO 4095, NOT " + v);
          }
          return new Rc(step, op, Integer.parseInt(v));
        }
        case "ABEND":
          return new Abend(step, truth(negated));
        case "RUN":
          if (step == null) {
            throw error("RUN NEEDS A STEP NAME: STEP.RUN");
          }
          return new Run(step, truth(negated));
        case "ABENDCC": {
          if (negated) {
            throw error("¬ABENDCC IS NOT A KEYWORD");
          }
          Comparison op = operator();
          if (op != Comparison.EQ && op != Comparison.NE) {
            throw error("ABENDCC IS COMPARED WITH = OR ¬= ONLY");
          }
          String code = next("AN ABEND CODE");
          if (!code.matches("S[0-9A-F]{3}|U[0-9]{4}")) {
            throw error("ABENDCC IS COMPARED WITH Sxxx OR Unnnn, NOT " + code);
          }
          return new AbendCc(step, op == Comparison.EQ, code);
        }
        default:
          throw error("'" + word + "' IS NOT RC, ABEND, ¬ABEND, ABENDCC, RUN OR ¬RUN");
      }
    }

    /** The value of an optional {@code = TRUE|FALSE} after ABEND or RUN, with the negation. */
    private boolean truth(boolean negated) {
      boolean value = true;
      if (more() && Comparison.ofIfOperator(peek()) != null) {
        Comparison op = operator();
        String v = next("TRUE OR FALSE");
        if (!v.equals("TRUE") && !v.equals("FALSE")) {
          throw error("TRUE OR FALSE EXPECTED, NOT " + v);
        }
        if (op != Comparison.EQ && op != Comparison.NE) {
          throw error("TRUE AND FALSE ARE COMPARED WITH = OR ¬= ONLY");
        }
        value = v.equals("TRUE") == (op == Comparison.EQ);
      }
      return value != negated;
    }

    private Comparison operator() {
      String tok = next("A COMPARISON OPERATOR");
      Comparison op = Comparison.ofIfOperator(tok);
      if (op == null) {
        throw error("COMPARISON OPERATOR EXPECTED, NOT " + tok);
      }
      return op;
    }

    private String next(String what) {
      if (!more()) {
        throw error(what + " EXPECTED AT THE END");
      }
      return t.get(pos++);
    }

    boolean more() {
      return pos < t.size();
    }

    String peek() {
      return t.get(pos);
    }

    BwoException error(String reason) {
      return BwoException.of(Msg.BWO701E, line, "IF EXPRESSION " + String.join(" ", t) + ": "
          + reason);
    }
  }
}
