package io.bwo.control;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deck's statements into its command sequence ({@link Flow}), as DFSMSdss reads SET,
 * IF-THEN-ELSE with DO-END, SERIAL and PARALLEL around its function commands (IBM r2089 to
 * r2095, cont, dgt3u2207 to dgt3u2210):
 *
 * <ul>
 *   <li>THEN and the condition before it are on the IF's statement; the clause is what follows
 *       THEN on that statement (a {@code -} continues it): one command, or DO with the
 *       statements up to its END. Nothing after THEN or ELSE, or a semicolon right after it
 *       ({@code THEN;}, {@code ELSE ;}), is a null clause (IBM nulls).
 *   <li>An ELSE clause is a statement that starts with ELSE right after the THEN clause; a
 *       record of blanks or comments in between ends the IF, and the ELSE then matches no THEN.
 *       Each ELSE belongs to the nearest IF without one.
 *   <li>IFs nest up to {@value #MAX_NESTING} levels. LASTCC, tested or set, needs a function
 *       command earlier in the deck.
 *   <li>A DO after no THEN or ELSE groups nothing: it is BWO534W (RC 4) and needs its END. bwo
 *       counts it in the nesting, so that no deck nests deeper than {@value #MAX_NESTING}.
 * </ul>
 *
 * <p>A sequence error is BWO533S (IBM: its IF-THEN-ELSE message, then ADR172T, RC 12; neither
 * text could be confirmed) and, as IBM says, the rest of the stream is not read. A function
 * command's own errors are {@link StatementParser}'s, and reading goes on after them.
 */
final class FlowParser {
  static final int MAX_NESTING = 10;
  private static final int MAX_NUMBER_DIGITS = 5;
  private static final String OPERATORS = "EQ NE GT LT GE LE = ¬= > < >= <=";
  // Alphabetic operators stand between blanks; the symbols may touch their operands.
  private static final Pattern CONDITION = Pattern.compile(
      "(LASTCC|MAXCC)(?: *(=|¬=|<=|>=|<|>) *| +(EQ|NE|GT|LT|GE|LE) +)(\\d{1,5})");
  private static final Pattern ASSIGNMENT = Pattern.compile("(LASTCC|MAXCC) *= *(\\d{1,9})");

  /** The function commands in the order coded, and the sequence that runs them. */
  record Result(List<Command> commands, List<Flow> flow) {}

  private final Deque<Statement> pending;
  private final List<Message> errors;
  private final List<Command> commands = new ArrayList<>();
  private boolean functionCommandSeen;
  /** Set by a sequence error: the rest of the stream is not read. */
  private boolean ended;

  private FlowParser(List<Statement> statements, List<Message> errors) {
    this.pending = new ArrayDeque<>(statements);
    this.errors = errors;
  }

  /** The sequence of {@code statements}; every error found is added to {@code errors}. */
  static Result parse(List<Statement> statements, List<Message> errors) {
    FlowParser parser = new FlowParser(statements, errors);
    List<Flow> flow = new ArrayList<>();
    while (!parser.pending.isEmpty() && !parser.ended) {
      flow.addAll(parser.step(parser.pending.poll(), 0));
    }
    return new Result(parser.commands, flow);
  }

  /**
   * The steps {@code s} codes (more than one for a DO group), inside {@code depth} IFs or DOs;
   * none for nothing or an error.
   */
  private List<Flow> step(Statement s, int depth) {
    if (s.error().isPresent()) {
      errors.add(s.error().get());
      return List.of();
    }
    if (s.isNull()) {
      return List.of();
    }
    Token verb = firstToken(s).orElseThrow();
    switch (verb.kind() == Token.Kind.WORD ? clauseWord(verb) : "") {
      case "THEN":
        sequenceError(s, verb, "THEN IS NOT ON THE STATEMENT OF AN IF");
        return List.of();
      case "ELSE":
        sequenceError(s, verb, "ELSE FOLLOWS NO THEN CLAUSE (A RECORD OF BLANKS OR COMMENTS"
            + " BETWEEN THEM NEEDS A '-')");
        return List.of();
      case "DO":
        // IBM (m000064): no special action, but it needs its END; RC 4.
        if (depth < MAX_NESTING) {
          errors.add(Message.of(Msg.BWO534W, s.firstRecord(), verb.text(), verb.record(),
              verb.column()));
        }
        return group(s, verb, depth + 1);
      case "END":
        sequenceError(s, verb, "END HAS NO DO");
        return List.of();
      default:
        break;
    }
    Optional<Keyword> control = verb.kind() == Token.Kind.WORD
        ? Keyword.find(verb.text(), Keyword.CONTROL) : Optional.empty();
    if (control.isEmpty()) {
      functionCommandSeen = true;
      return StatementParser.parse(s, errors).map(c -> {
        commands.add(c);
        return (Flow) new Flow.RunTask(commands.size() - 1);
      }).stream().toList();
    }
    Optional<Flow> controlled = switch (control.get()) {
      case IF -> ifThenElse(s, verb, depth);
      case SET -> set(s, verb);
      case EOJ -> alone(s, verb, "EOJ").map(v -> new Flow.EndOfJob());
      default -> mode(s, verb, control.get() == Keyword.PARALLEL);
    };
    return controlled.stream().toList();
  }

  private Optional<Flow> ifThenElse(Statement s, Token verb, int depth) {
    if (depth >= MAX_NESTING) {
      return sequenceError(s, verb, "IF IS NESTED MORE THAN " + MAX_NESTING + " LEVELS DEEP");
    }
    List<Token> tokens = s.tokens();
    int at = tokens.indexOf(verb);
    int then = at + 1;
    while (then < tokens.size() && !isClauseWord(tokens.get(then), "THEN")) {
      then++;
    }
    if (then == tokens.size()) {
      return sequenceError(s, verb, "IF REQUIRES THEN ON ITS STATEMENT");
    }
    List<Token> operands = tokens.subList(at + 1, then);
    Token shown = operands.isEmpty() ? tokens.get(then) : operands.get(0);
    String text = words(operands);
    Matcher m = CONDITION.matcher(text == null ? "" : text);
    if (!m.matches()) {
      return sequenceError(s, shown, shownText(text, shown),
          "IF TAKES LASTCC OR MAXCC, AN OPERATOR (" + OPERATORS + ") AND A NUMBER FROM 0 TO"
              + " 99999");
    }
    Flow.Code code = Flow.Code.valueOf(m.group(1));
    if (lastccTooEarly(code)) {
      return sequenceError(s, shown, text, "LASTCC IS TESTED BEFORE ANY FUNCTION COMMAND");
    }
    String op = m.group(2) != null ? m.group(2) : m.group(3);
    Flow.Operator operator = Flow.Operator.valueOf(ByCharacteristic.operator(op).orElseThrow());
    Flow.Condition condition = new Flow.Condition(code, operator, Integer.parseInt(m.group(4)));
    List<Flow> thenClause = clauseAfter(s, then, depth + 1);
    List<Flow> elseClause = List.of();
    Statement next = pending.peek();
    if (!ended && next != null && next.error().isEmpty()
        && firstToken(next).filter(t -> isClauseWord(t, "ELSE")).isPresent()) {
      pending.poll();
      elseClause = clauseAfter(next, next.tokens().indexOf(firstToken(next).get()), depth + 1);
    }
    if (ended) {
      return Optional.empty();
    }
    return Optional.of(new Flow.IfThenElse(condition, thenClause, elseClause));
  }

  /**
   * The clause after the THEN or ELSE at index {@code at} of {@code s}. A semicolon right after
   * the keyword, touching it or not, makes a null clause (IBM nulls: "A semicolon after the THEN
   * or ELSE keyword also results in a null command"); what may follow the semicolon on its
   * statement is not documented, so anything there is a sequence error.
   */
  private List<Flow> clauseAfter(Statement s, int at, int depth) {
    List<Token> tokens = s.tokens();
    Token keyword = tokens.get(at);
    int from = at + 1;
    boolean semicolon = keyword.text().endsWith(";");
    if (!semicolon && from < tokens.size() && isWord(tokens.get(from), ";")) {
      semicolon = true;
      from++;
    }
    Statement rest = s.rest(from);
    if (!semicolon) {
      return clause(rest, depth);
    }
    firstToken(rest).ifPresent(t -> sequenceError(s, t, "A ';' AFTER " + clauseWord(keyword)
        + " MAKES A NULL CLAUSE: NOTHING MAY FOLLOW IT ON ITS STATEMENT"));
    return List.of();
  }

  /** The clause {@code s} starts (after THEN or ELSE): null, one command, or DO ... END. */
  private List<Flow> clause(Statement s, int depth) {
    if (s.isNull()) {
      return List.of();
    }
    Token first = firstToken(s).orElseThrow();
    return isWord(first, "DO") ? group(s, first, depth) : step(s, depth);
  }

  /** The steps from the DO {@code doToken} of {@code s} to its END, inside {@code depth}. */
  private List<Flow> group(Statement s, Token doToken, int depth) {
    if (depth > MAX_NESTING) {
      sequenceError(s, doToken, "DO IS NESTED MORE THAN " + MAX_NESTING + " LEVELS DEEP");
      return List.of();
    }
    Statement afterDo = s.rest(s.tokens().indexOf(doToken) + 1);
    if (!afterDo.isNull()) {
      pending.push(afterDo); // DO DUMP ...: the group's first statement
    }
    List<Flow> group = new ArrayList<>();
    while (!ended) {
      Statement n = pending.poll();
      if (n == null) {
        sequenceError(s, doToken, "DO HAS NO END");
        break;
      }
      Optional<Token> word = n.error().isEmpty() ? firstToken(n) : Optional.empty();
      if (word.filter(t -> isWord(t, "END")).isPresent()) {
        Statement afterEnd = n.rest(n.tokens().indexOf(word.get()) + 1);
        if (!afterEnd.isNull()) {
          pending.push(afterEnd); // END ELSE ...
        }
        break;
      }
      group.addAll(step(n, depth));
    }
    return group;
  }

  private Optional<Flow> set(Statement s, Token verb) {
    List<Token> tokens = s.tokens();
    List<Token> operands = tokens.subList(tokens.indexOf(verb) + 1, tokens.size());
    Token shown = operands.isEmpty() ? verb : operands.get(0);
    String text = words(operands);
    if (text != null && text.startsWith("PATCH")) {
      return sequenceError(s, shown, text, "SET PATCH IS NOT SUPPORTED BY BWO, WHICH HAS NO"
          + " ADRPATCH; SET TAKES MAXCC=N OR LASTCC=N");
    }
    Matcher m = ASSIGNMENT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      return sequenceError(s, shown, shownText(text, shown),
          "SET TAKES MAXCC=N OR LASTCC=N, N FROM 0 TO " + Flow.HIGHEST_CODE);
    }
    int value = Integer.parseInt(m.group(2));
    if (value > Flow.HIGHEST_CODE) {
      return sequenceError(s, shown, text, "THE VALUE MUST BE FROM 0 TO " + Flow.HIGHEST_CODE);
    }
    Flow.Code code = Flow.Code.valueOf(m.group(1));
    if (lastccTooEarly(code)) {
      return sequenceError(s, shown, text, "LASTCC IS SET BEFORE ANY FUNCTION COMMAND");
    }
    return Optional.of(new Flow.SetCode(code, value));
  }

  private Optional<Flow> mode(Statement s, Token verb, boolean parallel) {
    return alone(s, verb, parallel ? "PARALLEL" : "SERIAL").map(v -> new Flow.TaskMode(parallel));
  }

  /** {@code verb}, if nothing follows it on its statement; else ADR102E for what does. */
  private Optional<Token> alone(Statement s, Token verb, String command) {
    List<Token> tokens = s.tokens();
    Optional<Token> extra = tokens.subList(tokens.indexOf(verb) + 1, tokens.size()).stream()
        .filter(t -> t.kind() != Token.Kind.COMMA).findFirst();
    if (extra.isPresent()) {
      Token t = extra.get();
      errors.add(Message.of(Msg.ADR102E, s.firstRecord(), t.text(), t.record(), t.column(),
          command));
      return Optional.empty();
    }
    return Optional.of(verb);
  }

  /**
   * The words of a condition or assignment joined by blanks, or null if one is not a word (a
   * parenthesis).
   */
  private static String words(List<Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.COMMA) {
        continue;
      }
      if (t.kind() != Token.Kind.WORD) {
        return null;
      }
      b.append(b.length() == 0 ? "" : " ").append(t.text());
    }
    return b.toString();
  }

  /** LASTCC needs a function command earlier in the deck (IBM m000112). */
  private boolean lastccTooEarly(Flow.Code code) {
    return code == Flow.Code.LASTCC && !functionCommandSeen;
  }

  /** What a refused condition or assignment is shown as: its words, else the word before it. */
  private static String shownText(String words, Token shown) {
    return words == null || words.isEmpty() ? shown.text() : words;
  }

  /** The first token that is not a comma; present unless {@code s} is a null statement. */
  private static Optional<Token> firstToken(Statement s) {
    return s.tokens().stream().filter(t -> t.kind() != Token.Kind.COMMA).findFirst();
  }

  private static boolean isWord(Token t, String word) {
    return t.kind() == Token.Kind.WORD && t.text().equals(word);
  }

  /** True if {@code t} is THEN or ELSE ({@code word}), with or without a ';' touching it. */
  private static boolean isClauseWord(Token t, String word) {
    return t.kind() == Token.Kind.WORD && clauseWord(t).equals(word);
  }

  /** A word's text; THEN and ELSE without the ';' that may touch them ({@code THEN;}). */
  private static String clauseWord(Token t) {
    String text = t.text();
    return text.equals("THEN;") || text.equals("ELSE;") ? text.substring(0, 4) : text;
  }

  private Optional<Flow> sequenceError(Statement s, Token at, String why) {
    return sequenceError(s, at, at.text(), why);
  }

  /** BWO533S for {@code value} at {@code at}; the rest of the stream is not read. */
  private Optional<Flow> sequenceError(Statement s, Token at, String value, String why) {
    errors.add(Message.of(Msg.BWO533S, s.firstRecord(), value, at.record(), at.column(), why));
    ended = true;
    return Optional.empty();
  }
}
