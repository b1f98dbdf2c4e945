package io.bwo.jcl;

import java.util.ArrayList;
import java.util.List;

/**
 * The PARM of the JZOS Batch Launcher taken apart as the launcher does: Language Environment
 * runtime options before the first slash (none when there is no slash), then the program's part:
 * an optional launcher log level ({@code +T}, {@code +D}, {@code +I}, {@code +N}, {@code +W},
 * {@code +E}), the main class (or {@code -jar file}, an executable jar in place of the class), and
 * its arguments, separated by blanks, an argument in apostrophes
 * keeping its blanks. The arguments go on with the records of the MAINARGS DD, when there is
 * one. JVM options are not part of PARM: on z/OS they come from IBM_JAVA_OPTIONS (Java 8) or
 * OPENJ9_JAVA_OPTIONS (Semeru) in STDENV.
 *
 * @param mainClass the class to run, or null when PARM and MAINARGS name none or a jar
 * @param jar the file after {@code -jar} (empty when none follows it), or null without -jar
 */
record JzosParm(String leOptions, String logLevel, String mainClass, String jar,
    List<String> args) {

  JzosParm {
    args = List.copyOf(args);
  }

  /** {@code parm} (null: none) and the text of MAINARGS (null: no such DD), taken apart. */
  static JzosParm parse(String parm, String mainArgs) {
    String p = parm == null ? "" : parm;
    int slash = p.indexOf('/');
    String le = slash < 0 ? "" : p.substring(0, slash);
    List<String> tokens = tokens(slash < 0 ? p : p.substring(slash + 1));
    if (mainArgs != null) {
      tokens.addAll(tokens(mainArgs.replace('\n', ' ')));
    }
    String level = null;
    if (!tokens.isEmpty() && tokens.get(0).startsWith("+")) {
      level = tokens.remove(0);
    }
    if (!tokens.isEmpty() && tokens.get(0).equals("-jar")) {
      tokens.remove(0);
      return new JzosParm(le, level, null, tokens.isEmpty() ? "" : tokens.remove(0), tokens);
    }
    String main = tokens.isEmpty() ? null : tokens.remove(0);
    return new JzosParm(le, level, main, null, tokens);
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
        cur = cur == null ? new StringBuilder() : cur;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (cur != null) {
          out.add(cur.toString());
          cur = null;
        }
      } else {
        cur = cur == null ? new StringBuilder() : cur;
        cur.append(c);
      }
    }
    if (cur != null) {
      out.add(cur.toString());
    }
    return out;
  }
}
