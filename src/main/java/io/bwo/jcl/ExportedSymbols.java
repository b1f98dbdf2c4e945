package io.bwo.jcl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JCL symbols a job exports to its steps ({@code EXPORT SYMLIST=}) and the values they were
 * set to after their EXPORT: what JES substitutes in {@code SYMBOLS=JCLONLY} in-stream data when a
 * step reads it. As z/OS does it:
 *
 * <ul>
 *   <li>only a value set after the EXPORT that names the symbol is exported; until a later SET,
 *       the symbol stays as written in the data, like one never exported;
 *   <li>a step gets the last value set before the next step's EXEC, so a SET after a step's DDs
 *       still reaches that step's data (IBM's EXPORT example 2; APAR OA52860);
 *   <li>SYSUID is substituted whether exported or not, with the value JES gave the job unless a
 *       SET after its EXPORT changed it;
 *   <li>symbols given before the job ({@code --set}) are exported, as the symbols a submitting
 *       job passes through the internal reader's SYMLIST are.
 * </ul>
 *
 * @param all true after {@code EXPORT SYMLIST=*}
 * @param names the symbols exported by name
 * @param values the exported symbols that have a value, with it
 */
record ExportedSymbols(boolean all, Set<String> names, Map<String, String> values) {
  private static final String NAME = "[A-Z#@$][A-Z0-9#@$]{0,7}";
  /** The longest SYMLIST, commas counted, parentheses and apostrophes not. */
  private static final int MAX_SYMLIST = 142;

  ExportedSymbols {
    names = Set.copyOf(names);
    values = Map.copyOf(values);
  }

  /** The exports of a job run by {@code userId} with the symbols {@code given} before it. */
  static ExportedSymbols initial(String userId, Map<String, String> given) {
    Map<String, String> values = new HashMap<>(given);
    values.putIfAbsent("SYSUID", userId);
    return new ExportedSymbols(false, given.keySet(), values);
  }

  /** These exports and those of the EXPORT statement at {@code line} with {@code ops}. */
  ExportedSymbols export(Operands ops, int line) {
    boolean toAll = all;
    Set<String> more = new HashSet<>(names);
    for (Operand o : ops.all()) {
      if (o.positional() || o.procStep() != null || !o.keyword().equals("SYMLIST")) {
        throw JobBuilder.error(line, "EXPORT TAKES SYMLIST=* OR SYMLIST=(NAME,...), NOT "
            + (o.positional() ? o.value().text() : o.qualifiedKeyword()));
      }
      List<String> list = symlist(o.value());
      String text = "SYMLIST=" + o.value().text();
      if (String.join(",", list).length() > MAX_SYMLIST) {
        throw JobBuilder.error(line, text + ": MORE THAN " + MAX_SYMLIST + " CHARACTERS");
      }
      if (list.contains("*")) {
        if (list.size() > 1) {
          throw JobBuilder.error(line, text + ": * EXPORTS EVERY SYMBOL, WITHOUT NAMES");
        }
        toAll = true;
        continue;
      }
      for (String name : list) {
        if (!name.matches(NAME)) {
          throw JobBuilder.error(line, text + ": '" + name + "' IS NOT A SYMBOL NAME (1 TO 8"
              + " LETTERS, DIGITS, # @ $, NOT A DIGIT FIRST)");
        }
        more.add(name);
      }
    }
    return new ExportedSymbols(toAll, more, values);
  }

  /** The names of a SYMLIST value: {@code *}, {@code A}, {@code (A,B)} or {@code 'A,B'}. */
  private static List<String> symlist(Value v) {
    if (v instanceof Value.Sublist l) {
      return l.items().stream().map(Value::text).toList();
    }
    return List.of(((Value.Item) v).unquoted().split(",", -1));
  }

  /** These exports after {@code SET name=value}: the value is kept if the name is exported. */
  ExportedSymbols set(String name, String value) {
    if (!all && !names.contains(name)) {
      return this;
    }
    Map<String, String> m = new HashMap<>(values);
    m.put(name, value);
    return new ExportedSymbols(all, names, m);
  }

  /** The symbols that SYMBOLS=JCLONLY substitutes now. */
  Symbols inStream() {
    return Symbols.of(values);
  }
}
