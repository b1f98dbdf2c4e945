package io.bwo.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.List;
import java.util.Locale;

/**
 * A DFSMSdss data set name filter: {@code *} alone is exactly one qualifier and inside a
 * qualifier zero or more characters; {@code **} alone is zero or more qualifiers; {@code %} is
 * exactly one character. {@code A.*.C} matches {@code A.B.C} but not {@code A.C}; {@code A.**.C}
 * matches both. A filter with no masking characters matches only that name.
 */
public record DsnFilter(String pattern) {

  public DsnFilter {
    String broken = brokenRule(pattern);
    if (broken != null) {
      throw BwoException.of(Msg.BWO105E, String.valueOf(pattern), broken);
    }
  }

  /** The filter {@code s}, folded to upper case; BWO105E names the rule a bad filter breaks. */
  @JsonCreator
  public static DsnFilter parse(String s) {
    return new DsnFilter(s == null ? null : s.trim().toUpperCase(Locale.ROOT));
  }

  /** Whether {@code dsn} is selected by this filter. */
  public boolean matches(Dsn dsn) {
    return matchQualifiers(List.of(pattern.split("\\.")), 0, dsn.qualifiers(), 0);
  }

  @JsonValue
  @Override
  public String pattern() {
    return pattern;
  }

  @Override
  public String toString() {
    return pattern;
  }

  private static boolean matchQualifiers(List<String> pat, int p, List<String> name, int n) {
    if (p == pat.size()) {
      return n == name.size();
    }
    if (pat.get(p).equals("**")) {
      // Zero or more qualifiers: try every split; names have at most 22 qualifiers.
      for (int k = n; k <= name.size(); k++) {
        if (matchQualifiers(pat, p + 1, name, k)) {
          return true;
        }
      }
      return false;
    }
    return n < name.size()
        && matchQualifier(pat.get(p), 0, name.get(n), 0)
        && matchQualifiers(pat, p + 1, name, n + 1);
  }

  private static boolean matchQualifier(String pat, int p, String q, int i) {
    if (p == pat.length()) {
      return i == q.length();
    }
    char c = pat.charAt(p);
    if (c == '*') {
      for (int k = i; k <= q.length(); k++) {
        if (matchQualifier(pat, p + 1, q, k)) {
          return true;
        }
      }
      return false;
    }
    return i < q.length() && (c == '%' || c == q.charAt(i)) && matchQualifier(pat, p + 1, q, i + 1);
  }

  private static String brokenRule(String pattern) {
    if (pattern == null || pattern.isEmpty()) {
      return "A FILTER MUST HAVE 1 TO 44 CHARACTERS";
    }
    if (pattern.length() > Dsn.MAX_LENGTH) {
      return "THE FILTER HAS " + pattern.length() + " CHARACTERS, MORE THAN 44";
    }
    String[] quals = pattern.split("\\.", -1);
    for (int q = 0; q < quals.length; q++) {
      String qual = quals[q];
      if (qual.equals("**")) {
        continue;
      }
      if (qual.contains("**")) {
        return "QUALIFIER " + (q + 1) + " (" + qual + "): ** MUST STAND ALONE AS A QUALIFIER";
      }
      if (qual.isEmpty()) {
        return "QUALIFIER " + (q + 1) + " IS EMPTY";
      }
      int fixed = 0;
      for (int i = 0; i < qual.length(); i++) {
        char c = qual.charAt(i);
        if (c == '*') {
          continue;
        }
        fixed++;
        boolean ok =
            c == '%'
                || NameRules.isLetter(c)
                || NameRules.isNational(c)
                || (i > 0 && (NameRules.isDigit(c) || c == '-'));
        if (!ok) {
          return "QUALIFIER " + (q + 1) + " (" + qual + ") HAS THE CHARACTER '" + c
              + "' WHERE A NAME CANNOT HAVE IT";
        }
      }
      if (fixed > 8) {
        return "QUALIFIER " + (q + 1) + " (" + qual + ") CAN NEVER MATCH: MORE THAN 8 CHARACTERS";
      }
    }
    return null;
  }
}
