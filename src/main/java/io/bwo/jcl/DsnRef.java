package io.bwo.jcl;

import io.bwo.catalog.Dsn;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data set a DD's DSN names: a cataloged data set ({@code HLQ.X}), a member of a partitioned
 * one ({@code HLQ.LIB(MEMBER)}), a relative generation of a generation data group
 * ({@code HLQ.GDG(+1)}, {@code (0)}, {@code (-1)}), or a temporary data set ({@code &&NAME}, or
 * one the system names for a new DD without DSN).
 *
 * @param name the data set name, the GDG base, or the temporary name without {@code &&}
 * @param generation the relative generation for {@link Kind#GENERATION}, else 0
 * @param member the member name, or null
 */
record DsnRef(Kind kind, String name, int generation, String member) {

  enum Kind { CATALOGED, GENERATION, TEMPORARY }

  /** A GDG base leaves room for the {@code .GnnnnVnn} of its generations in 44 characters. */
  static final int MAX_GDG_BASE = 35;

  private static final Pattern FORM = Pattern.compile("(&&)?([^()]+)(?:\\(([^()]*)\\))?");
  /** A name of 1 to 8 letters, digits, # @ $, not starting with a digit: a member, a DD. */
  static final Pattern NAME = Pattern.compile("[A-Z#@$][A-Z0-9#@$]{0,7}");

  /** The DSN value {@code text} of the DD at {@code line}. */
  static DsnRef parse(String text, int line) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw error(line, text, "IT IS NOT NAME, NAME(MEMBER), NAME(+n) OR &&NAME");
    }
    if (!text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
      throw error(line, text, "DATA SET NAMES ARE UPPER CASE");
    }
    boolean temporary = m.group(1) != null;
    String name = m.group(2);
    String paren = m.group(3);
    validate(name, line, text);
    if (temporary) {
      if (name.contains(".") || name.length() > 8) {
        throw error(line, text, "A TEMPORARY NAME IS ONE QUALIFIER OF 1 TO 8 CHARACTERS");
      }
      return new DsnRef(Kind.TEMPORARY, name, 0, member(paren, line, text));
    }
    if (paren != null && paren.matches("[+-]?\\d{1,4}")) {
      int g = Integer.parseInt(paren.startsWith("+") ? paren.substring(1) : paren);
      if (g > 255 || g < -255 || (g > 0 && !paren.startsWith("+"))) {
        throw error(line, text, "A RELATIVE GENERATION IS (0), (+1) TO (+255) OR (-1) TO (-255)");
      }
      if (name.length() > MAX_GDG_BASE) {
        throw error(line, text, "A GDG BASE NAME HAS AT MOST " + MAX_GDG_BASE + " CHARACTERS");
      }
      return new DsnRef(Kind.GENERATION, name, g, null);
    }
    return new DsnRef(Kind.CATALOGED, name, 0, member(paren, line, text));
  }

  /**
   * The {@code n}th temporary data set the system names for a new DD without DSN in a job. The
   * name has two qualifiers, so no {@code &&NAME} the job codes (one qualifier) can take it.
   */
  static DsnRef systemTemporary(int n) {
    return new DsnRef(Kind.TEMPORARY, String.format("SYS.R%07d", n), 0, null);
  }

  private static String member(String paren, int line, String text) {
    if (paren == null) {
      return null;
    }
    if (!NAME.matcher(paren).matches()) {
      throw error(line, text, "MEMBER NAME '" + paren + "' IS NOT 1 TO 8 LETTERS, DIGITS, # @ $");
    }
    return paren;
  }

  private static void validate(String name, int line, String text) {
    try {
      Dsn.parse(name);
    } catch (BwoException e) {
      throw error(line, text, e.message().args().get(1));
    }
  }

  private static BwoException error(int line, String text, String reason) {
    return BwoException.of(Msg.BWO701E, line, "DSN=" + text + ": " + reason);
  }

  @Override
  public String toString() {
    String base = kind == Kind.TEMPORARY ? "&&" + name : name;
    if (kind == Kind.GENERATION) {
      return base + "(" + (generation > 0 ? "+" : "") + generation + ")";
    }
    return member == null ? base : base + "(" + member + ")";
  }
}
