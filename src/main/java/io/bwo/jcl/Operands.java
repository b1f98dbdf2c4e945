package io.bwo.jcl;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of one operand field, parsed: positional and keyword parameters separated by
 * commas, values that are items, quoted strings (apostrophes doubled inside) or parenthesised
 * lists nested to any depth. An item may carry a parenthesised suffix, as a data set name does
 * its member or relative generation ({@code HLQ.GDG(+1)}).
 */
final class Operands {
  private static final Pattern KEYWORD =
      Pattern.compile("([A-Za-z$#@][A-Za-z0-9$#@]*)(?:\\.([A-Za-z$#@][A-Za-z0-9$#@]*))?=");

  private final List<Operand> all;

  private Operands(List<Operand> all) {
    this.all = List.copyOf(all);
  }

  static Operands of(List<Operand> all) {
    return new Operands(all);
  }

  /** The operand field {@code text} of the statement at {@code line}, parsed; BWO701E if bad. */
  static Operands parse(String text, int line) {
    Parser p = new Parser(text, line);
    List<Operand> operands = new ArrayList<>();
    if (!text.isEmpty()) {
      do {
        operands.add(p.operand());
      } while (p.accept(','));
      if (!p.atEnd()) {
        throw p.error(p.peek() == ')' ? "UNBALANCED PARENTHESES" : "UNEXPECTED '" + p.peek() + "'");
      }
    }
    return new Operands(operands);
  }

  List<Operand> all() {
    return all;
  }

  /** The positional parameters, in order. */
  List<Value> positional() {
    return all.stream().filter(Operand::positional).map(Operand::value).toList();
  }

  /** The value of keyword {@code name} without a procedure step qualifier, if given. */
  Optional<Value> get(String name) {
    return all.stream()
        .filter(o -> name.equals(o.keyword()) && o.procStep() == null)
        .map(Operand::value)
        .findFirst();
  }

  /** The keyword operands (all of them, qualified or not). */
  List<Operand> keywords() {
    return all.stream().filter(o -> !o.positional()).toList();
  }

  /** A recursive-descent parser over one operand field. */
  private static final class Parser {
    private final String s;
    private final int line;
    private int pos;

    Parser(String s, int line) {
      this.s = s;
      this.line = line;
    }

    Operand operand() {
      Matcher m = KEYWORD.matcher(s).region(pos, s.length());
      if (m.lookingAt()) {
        pos = m.end();
        return new Operand(m.group(1), m.group(2), value());
      }
      return new Operand(null, null, value());
    }

    Value value() {
      int start = pos;
      if (atEnd() || peek() == ',' || peek() == ')') {
        return new Value.Item("", false);
      }
      if (peek() == '(') {
        pos++;
        List<Value> items = new ArrayList<>();
        do {
          items.add(item());
        } while (accept(','));
        if (!accept(')')) {
          throw error("UNBALANCED PARENTHESES");
        }
        if (!atEnd() && peek() != ',' && peek() != ')') {
          throw error("UNEXPECTED '" + peek() + "' AFTER A PARENTHESISED LIST");
        }
        return new Value.Sublist(s.substring(start, pos), items);
      }
      if (peek() == '\'' && quotedItemFollows()) {
        skipQuoted();
        return new Value.Item(s.substring(start, pos), true);
      }
      while (!atEnd() && peek() != ',' && peek() != ')') {
        char c = peek();
        if (c == '(') {
          skipGroup();
        } else if (c == '\'') {
          skipQuoted();
        } else if (c == ' ') {
          throw error("BLANK IN THE OPERAND FIELD (ENCLOSE IT IN APOSTROPHES)");
        } else {
          pos++;
        }
      }
      return new Value.Item(s.substring(start, pos), false);
    }

    /** An item of a list: a keyword subparameter keeps its keyword in the item's text. */
    Value item() {
      Matcher m = KEYWORD.matcher(s).region(pos, s.length());
      if (m.lookingAt()) {
        int start = pos;
        pos = m.end();
        value();
        return new Value.Item(s.substring(start, pos), false);
      }
      return value();
    }

    /** True when the apostrophe at pos opens a string that ends the item. */
    private boolean quotedItemFollows() {
      int save = pos;
      skipQuoted();
      boolean ends = atEnd() || peek() == ',' || peek() == ')';
      pos = save;
      return ends;
    }

    private void skipQuoted() {
      pos++;
      while (true) {
        if (atEnd()) {
          throw error("UNBALANCED APOSTROPHES");
        }
        if (peek() == '\'') {
          if (pos + 1 < s.length() && s.charAt(pos + 1) == '\'') {
            pos += 2;
            continue;
          }
          pos++;
          return;
        }
        pos++;
      }
    }

    private void skipGroup() {
      int depth = 0;
      do {
        if (atEnd()) {
          throw error("UNBALANCED PARENTHESES");
        }
        char c = peek();
        if (c == '\'') {
          skipQuoted();
          continue;
        }
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        }
        pos++;
      } while (depth > 0);
    }

    boolean accept(char c) {
      if (!atEnd() && peek() == c) {
        pos++;
        return true;
      }
      return false;
    }

    char peek() {
      return s.charAt(pos);
    }

    boolean atEnd() {
      return pos >= s.length();
    }

    BwoException error(String reason) {
      return BwoException.of(Msg.BWO701E, line, reason + " IN '" + s + "' AT COLUMN "
          + (pos + 1) + " OF THE OPERANDS");
    }
  }
}
