package io.bwo.jcl;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads 80-column JCL card images into {@link Statement}s: {@code //} statements with their
 * continuations joined, {@code //*} comments dropped, in-stream data gathered after {@code DD *}
 * and {@code DD DATA} up to its delimiter, and an implicit {@code //SYSIN DD *} for data that
 * follows a step without one, as the z/OS reader does.
 *
 * <p>Columns: the name field starts in column 3; operands end at the first blank outside
 * apostrophes, at column 71 at the latest; column 72 must be blank (bwo does not continue
 * comments) and columns 73-80 are sequence numbers. A statement whose operand field ends with a
 * comma continues on the next card in columns 4-16; a quoted string that reaches column 71
 * resumes in column 16. An {@code IF} statement continues until its {@code THEN}.
 */
final class StatementReader {
  /** The last column of a statement's fields. */
  static final int LAST_COLUMN = 71;
  /** The width of a card image. */
  static final int CARD = 80;

  private final List<String> lines;
  private final List<Statement> out = new ArrayList<>();
  private int next;

  private StatementReader(String text) {
    List<String> l = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
    if (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
      l.remove(l.size() - 1);
    }
    this.lines = l;
  }

  /** The statements of {@code text}, in order; BWO701E names the line of the first error. */
  static List<Statement> read(String text) {
    return new StatementReader(text).readAll();
  }

  private List<Statement> readAll() {
    boolean implicitSysin = false;
    while (next < lines.size()) {
      String raw = lines.get(next);
      int lineNo = next + 1;
      if (raw.startsWith("//*")) {
        next++;
        continue;
      }
      if (raw.length() > CARD) {
        throw error(lineNo, "THE RECORD HAS " + raw.length() + " CHARACTERS: JCL CARDS HAVE 80");
      }
      if (raw.startsWith("/*")) {
        if (raw.length() > 2 && raw.charAt(2) != ' ') {
          out.add(new Statement(lineNo, "", Statement.JES2, raw.stripTrailing(), null));
        }
        next++;
        implicitSysin = false;
        continue;
      }
      if (raw.startsWith("//")) {
        Statement st = statement();
        if (st == null) {
          afterNullStatement(lineNo);
          break;
        }
        out.add(st);
        implicitSysin = st.operation().equals("EXEC") || st.operation().equals("DD");
        continue;
      }
      if (raw.isBlank() && restIsBlank()) {
        break;
      }
      if (!implicitSysin) {
        throw error(lineNo, raw.isBlank()
            ? "A BLANK LINE IS NOT A JCL STATEMENT (// IN COLUMNS 1-2)"
            : "NOT A JCL STATEMENT (// IN COLUMNS 1-2) AND NOT IN-STREAM DATA AFTER A STEP");
      }
      // The z/OS reader makes data that follows a step without a DD * into //SYSIN DD *.
      out.add(new Statement(lineNo, "SYSIN", "DD", "*", data(lineNo, null, false)));
    }
    return out;
  }

  /** One statement from the card at {@code next}, or null for the null statement {@code //}. */
  private Statement statement() {
    int lineNo = next + 1;
    String f = card(lines.get(next), lineNo);
    next++;
    if (f.length() <= 2) {
      return null;
    }
    int p = 2;
    String name = "";
    if (f.charAt(2) != ' ') {
      p = blankAfter(f, 2);
      name = f.substring(2, p);
    }
    p = nonBlankFrom(f, p);
    if (p < 0) {
      throw error(lineNo, "THE STATEMENT HAS NO OPERATION FIELD");
    }
    int e = blankAfter(f, p);
    String op = f.substring(p, e);
    int operands = nonBlankFrom(f, e);
    switch (op) {
      case "IF":
        return new Statement(lineNo, name, op, ifExpression(f, operands, lineNo), null);
      case "ELSE", "ENDIF", "PEND":
        return new Statement(lineNo, name, op, "", null);
      default:
        String text = operands < 0 ? "" : operandField(f, operands, lineNo);
        if (op.equals("DD")) {
          return withData(new Statement(lineNo, name, op, text, null));
        }
        return new Statement(lineNo, name, op, text, null);
    }
  }

  /** {@code st} with its in-stream records when it is {@code DD *} or {@code DD DATA}. */
  private Statement withData(Statement st) {
    Operands ops = Operands.parse(st.operands(), st.line());
    List<Value> positional = ops.positional();
    if (positional.isEmpty()) {
      return st;
    }
    String first = positional.get(0).text();
    if (!first.equals("*") && !first.equals("DATA")) {
      return st;
    }
    String dlm = null;
    if (ops.get("DLM").isPresent()) {
      dlm = ops.get("DLM").get().flat();
      if (dlm.length() != 2) {
        throw error(st.line(), "DLM MUST BE TWO CHARACTERS, NOT '" + dlm + "'");
      }
    }
    return new Statement(st.line(), st.name(), st.operation(), st.operands(),
        data(st.line(), dlm, first.equals("DATA")));
  }

  /**
   * The in-stream records from {@code next}: up to {@code dlm} (or {@code /*}); a {@code //}
   * card also ends {@code DD *} data (JES2 rules) but not {@code DD DATA}.
   */
  private List<String> data(int ownerLine, String dlm, boolean dataMode) {
    String end = dlm == null ? "/*" : dlm;
    List<String> records = new ArrayList<>();
    boolean tookStatements = false;
    while (next < lines.size()) {
      String raw = lines.get(next);
      if (raw.startsWith(end)) {
        next++;
        return records;
      }
      if (!dataMode && raw.startsWith("//")) {
        return records;
      }
      if (raw.length() > CARD) {
        throw error(next + 1, "THE IN-STREAM RECORD HAS " + raw.length()
            + " CHARACTERS: RECORDS HAVE 80");
      }
      tookStatements |= raw.startsWith("//");
      records.add(raw);
      next++;
    }
    if (tookStatements) {
      throw error(ownerLine, "THE IN-STREAM DATA BEGUN HERE HAS NO DELIMITER " + end
          + ": IT WOULD TAKE IN THE JCL STATEMENTS THAT FOLLOW");
    }
    return records;
  }

  /** The operand field from {@code f} at {@code p}, continuations joined. */
  private String operandField(String f, int p, int lineNo) {
    StringBuilder b = new StringBuilder();
    String cur = f;
    int i = p;
    boolean quoted = false;
    while (true) {
      while (i < cur.length()) {
        char c = cur.charAt(i);
        if (quoted) {
          if (c == '\'' && i + 1 < cur.length() && cur.charAt(i + 1) == '\'') {
            b.append("''");
            i += 2;
            continue;
          }
          quoted = c != '\'';
        } else if (c == ' ') {
          break;
        } else if (c == '\'') {
          quoted = true;
        }
        b.append(c);
        i++;
      }
      if (quoted) {
        // The string runs to column 71 (blanks a card carries included) and resumes in column 16.
        b.append(" ".repeat(LAST_COLUMN - cur.length()));
        cur = continuation(lineNo, true);
        i = 15;
      } else if (b.length() > 0 && b.charAt(b.length() - 1) == ',') {
        cur = continuation(lineNo, false);
        i = nonBlankFrom(cur, 2);
      } else {
        return b.toString();
      }
    }
  }

  /** The relational expression of an IF statement, up to THEN, continuations joined. */
  private String ifExpression(String f, int p, int lineNo) {
    StringBuilder b = new StringBuilder();
    String cur = f;
    int i = p < 0 ? f.length() : p;
    while (true) {
      String part = cur.substring(Math.min(i, cur.length()));
      int then = thenAt(part);
      if (then >= 0) {
        b.append(part, 0, then);
        String expr = b.toString().strip();
        if (expr.isEmpty()) {
          throw error(lineNo, "IF HAS NO RELATIONAL EXPRESSION");
        }
        return expr;
      }
      b.append(part.strip()).append(' ');
      cur = continuation(lineNo, false);
      i = nonBlankFrom(cur, 2);
    }
  }

  /** Where the word THEN starts in {@code s}, or -1. */
  private static int thenAt(String s) {
    for (int k = s.indexOf("THEN"); k >= 0; k = s.indexOf("THEN", k + 1)) {
      boolean before = k == 0 || s.charAt(k - 1) == ' ' || s.charAt(k - 1) == ')';
      boolean after = k + 4 == s.length() || s.charAt(k + 4) == ' ';
      if (before && after) {
        return k;
      }
    }
    return -1;
  }

  /** The next card as a continuation of the statement at {@code lineNo}. */
  private String continuation(int lineNo, boolean quotedString) {
    while (next < lines.size() && lines.get(next).startsWith("//*")) {
      next++;
    }
    if (next >= lines.size()) {
      throw error(lineNo, "THE STATEMENT IS CONTINUED BUT THE FILE ENDS");
    }
    int ln = next + 1;
    String raw = lines.get(next);
    if (!raw.startsWith("//") || (raw.length() > 2 && raw.charAt(2) != ' ')) {
      throw error(ln, "CONTINUATION OF THE STATEMENT AT LINE " + lineNo
          + " EXPECTED: // AND A BLANK COLUMN 3");
    }
    String f = card(raw, ln);
    int first = nonBlankFrom(f, 2);
    if (quotedString) {
      if (first >= 0 && first < 15) {
        throw error(ln, "A QUOTED STRING CONTINUED FROM LINE " + lineNo
            + " RESUMES IN COLUMN 16, NOT " + (first + 1));
      }
    } else if (first < 0 || first > 15) {
      throw error(ln, "THE CONTINUATION OF LINE " + lineNo + " MUST START IN COLUMNS 4 TO 16");
    }
    next++;
    return f.length() < 15 ? f + " ".repeat(15 - f.length()) : f;
  }

  /** Columns 1-71 of a statement card, trailing blanks removed, after the card checks. */
  private static String card(String raw, int lineNo) {
    if (raw.length() > CARD) {
      throw error(lineNo, "THE RECORD HAS " + raw.length() + " CHARACTERS: JCL CARDS HAVE 80");
    }
    if (raw.indexOf('\t') >= 0) {
      throw error(lineNo, "TAB CHARACTER: JCL IS WRITTEN IN COLUMNS, USE BLANKS");
    }
    if (raw.length() > LAST_COLUMN && raw.charAt(LAST_COLUMN) != ' ') {
      throw error(lineNo, "COLUMN 72 IS NOT BLANK: JCL FIELDS END IN COLUMN 71 "
          + "(COLUMNS 73-80 ARE FOR SEQUENCE NUMBERS)");
    }
    return raw.substring(0, Math.min(LAST_COLUMN, raw.length())).stripTrailing();
  }

  private void afterNullStatement(int lineNo) {
    for (int k = next; k < lines.size(); k++) {
      if (!lines.get(k).isBlank() && !lines.get(k).startsWith("//*")) {
        throw error(k + 1, "STATEMENTS AFTER THE NULL STATEMENT (//) AT LINE " + lineNo
            + " ARE NOT READ");
      }
    }
  }

  private boolean restIsBlank() {
    for (int k = next; k < lines.size(); k++) {
      if (!lines.get(k).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static int blankAfter(String f, int from) {
    int k = f.indexOf(' ', from);
    return k < 0 ? f.length() : k;
  }

  private static int nonBlankFrom(String f, int from) {
    for (int k = from; k < f.length(); k++) {
      if (f.charAt(k) != ' ') {
        return k;
      }
    }
    return -1;
  }

  static BwoException error(int line, String reason) {
    return BwoException.of(Msg.BWO701E, line, reason);
  }
}
