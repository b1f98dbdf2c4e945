package io.bwo.jcl;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JCL symbols in effect at one point of a job ({@code // SET}, PROC defaults, EXEC values)
 * and their substitution into statement text, as z/OS does it:
 *
 * <ul>
 *   <li>{@code &NAME} or {@code &NAME.} (the period is eaten) becomes the symbol's value;
 *       {@code &&} stays as written (a temporary data set name, or a literal ampersand in PARM);
 *   <li>inside apostrophes, symbols are substituted only in PARM, PATH, ACCT, AMP and SUBSYS,
 *       and an undefined one is left as written there;
 *   <li>outside apostrophes an undefined symbol is refused (BWO701E). On z/OS an undefined
 *       {@code &NAME} in DSN names a temporary data set; bwo refuses it so a misspelt symbol
 *       cannot silently become one: code {@code &&NAME} for that.
 * </ul>
 *
 * <p>Of the system symbols only {@code &SYSUID} exists, as JES provides it to batch jobs: the
 * local user name, upper case, at most 8 characters.
 */
final class Symbols {
  /** The longest value a JCL symbol may have. */
  static final int MAX_VALUE = 255;

  private static final Set<String> SUBSTITUTED_IN_APOSTROPHES =
      Set.of("PARM", "PATH", "ACCT", "AMP", "SUBSYS");

  private final Map<String, String> values;

  private Symbols(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** The symbols of a job before its first SET: only SYSUID. */
  static Symbols initial(String userId) {
    return new Symbols(Map.of("SYSUID", userId));
  }

  /** Exactly the symbols {@code values} (checked already). */
  static Symbols of(Map<String, String> values) {
    return new Symbols(values);
  }

  /** These symbols with {@code name} set to {@code value} (empty: nullified). */
  Symbols with(String name, String value, int line) {
    if (value.length() > MAX_VALUE) {
      throw BwoException.of(Msg.BWO701E, line, "THE VALUE OF SYMBOL " + name + " HAS "
          + value.length() + " CHARACTERS, MORE THAN " + MAX_VALUE);
    }
    Map<String, String> m = new HashMap<>(values);
    m.put(name, value);
    return new Symbols(m);
  }

  /** These symbols with every one of {@code more} set, overriding. */
  Symbols withAll(Map<String, String> more, int line) {
    Symbols s = this;
    for (Map.Entry<String, String> e : more.entrySet()) {
      s = s.with(e.getKey(), e.getValue(), line);
    }
    return s;
  }

  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The operand field {@code text} of the statement at {@code line} with symbols substituted. */
  String substituteOperands(String text, int line) {
    StringBuilder out = new StringBuilder(text.length());
    int depth = 0;
    boolean quoted = false;
    int paramStart = 0;
    String keyword = null;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '&') {
        boolean substitute = !quoted || SUBSTITUTED_IN_APOSTROPHES.contains(keyword);
        i = symbol(text, i, out, substitute, !quoted, line);
        continue;
      }
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == ',' && depth == 0) {
          paramStart = i + 1;
          keyword = null;
        } else if (c == '=' && depth == 0 && keyword == null) {
          keyword = text.substring(paramStart, i);
          int dot = keyword.indexOf('.');
          keyword = dot < 0 ? keyword : keyword.substring(0, dot);
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** The relational expression of an IF with symbols substituted ({@code & } is AND). */
  String substituteExpression(String text, int line) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '&') {
        i = symbol(text, i, out, true, true, line);
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  /** An in-stream record with these symbols substituted, any other left as written. */
  String substituteRecord(String record) {
    StringBuilder out = new StringBuilder(record.length());
    int i = 0;
    while (i < record.length()) {
      if (record.charAt(i) == '&') {
        i = symbol(record, i, out, true, false, 0);
      } else {
        out.append(record.charAt(i++));
      }
    }
    return out.toString();
  }

  /**
   * Handles the ampersand at {@code i}: appends the substitution or the text as written and
   * returns where scanning goes on.
   */
  private int symbol(String text, int i, StringBuilder out, boolean substitute,
      boolean undefinedIsError, int line) {
    if (i + 1 < text.length() && text.charAt(i + 1) == '&') {
      out.append("&&");
      return i + 2;
    }
    int end = i + 1;
    while (end < text.length() && isNameChar(text.charAt(end), end == i + 1)) {
      end++;
    }
    String name = text.substring(i + 1, end);
    if (name.isEmpty() || name.length() > 8 || !substitute) {
      out.append(text, i, end);
      return end;
    }
    String v = values.get(name);
    if (v == null) {
      if (undefinedIsError) {
        throw BwoException.of(Msg.BWO701E, line, "SYMBOL &" + name + " IS NOT DEFINED (SET IT"
            + " WITH // SET, ON THE PROC OR EXEC STATEMENT, OR WITH --set; A TEMPORARY DATA SET"
            + " IS &&" + name + ")");
      }
      out.append(text, i, end);
      return end;
    }
    out.append(v);
    return end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
  }

  private static boolean isNameChar(char c, boolean first) {
    boolean alpha = (c >= 'A' && c <= 'Z') || c == '#' || c == '@' || c == '$';
    return first ? alpha : alpha || (c >= '0' && c <= '9');
  }

  /** All names referred to as {@code &NAME} in {@code text} (used to check EXEC symbols). */
  static Set<String> referencedIn(String text) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      if (i + 1 < text.length() && text.charAt(i + 1) == '&') {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < text.length() && isNameChar(text.charAt(end), end == i + 1)) {
        end++;
      }
      if (end > i + 1) {
        names.add(text.substring(i + 1, end));
      }
    }
    return names;
  }
}
