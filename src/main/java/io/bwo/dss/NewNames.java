package io.bwo.dss;

import io.bwo.catalog.Dsn;
import io.bwo.catalog.DsnFilter;
import io.bwo.control.RestoreDataSet;
import io.bwo.message.BwoException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names RENAMEUNCONDITIONAL (or RENAME, where a data set's old name exists: RestoreTask
 * decides that) gives to the data sets of a dump: the first {@code (old,new)} pair whose old name
 * filter matches the data set derives its new name, else the prefix, if there is one, replaces
 * the first qualifier, else the data set keeps its name.
 *
 * <p>A new name without masks is the new name. In a new name with masks, each {@code *} takes the
 * qualifier that the next masked qualifier of the old name ({@code *}, {@code A*}, {@code %B})
 * matched, and each {@code **} takes the qualifiers that the next {@code **} of the old name
 * matched, in order: {@code (OSB.**,NEW.**)} gives {@code NEW.SEG1.PAGE01} for {@code
 * OSB.SEG1.PAGE01}, and {@code (*.SEG1.*,*.SEG7.*)} gives {@code OSB.SEG7.PAGE01}. A new name
 * that asks for more than the old name matched, or that masks part of a qualifier, gives no name,
 * and the data set is not restored, as DFSMSdss does with an error in the new name.
 */
final class NewNames {
  /** What the rules say for one data set. */
  sealed interface Outcome {}

  /** No rule applies: the data set is restored under its own name. */
  record Unchanged() implements Outcome {}

  /** Rule {@code rule} renames the data set to {@code name}. */
  record Renamed(Dsn name, String rule) implements Outcome {}

  /** Rule {@code rule} matches but gives no valid name, for the reason {@code why}. */
  record Failed(String rule, String why) implements Outcome {}

  private final Optional<String> prefix;
  private final List<RestoreDataSet.Rename> pairs;

  private NewNames(Optional<String> prefix, List<RestoreDataSet.Rename> pairs) {
    this.prefix = prefix;
    this.pairs = pairs;
  }

  /** The rules of {@code cmd}. */
  static NewNames of(RestoreDataSet cmd) {
    return new NewNames(cmd.renamePrefix(), cmd.renames());
  }

  /** The rules of a prefix (if any) and {@code (old,new)} pairs, in the order coded. */
  static NewNames of(Optional<String> prefix, List<RestoreDataSet.Rename> pairs) {
    return new NewNames(prefix, List.copyOf(pairs));
  }

  /** What the rules say for {@code dsn}. */
  Outcome apply(Dsn dsn) {
    for (RestoreDataSet.Rename pair : pairs) {
      Optional<List<Capture>> captures = match(qualifiers(pair.oldName()), dsn.qualifiers());
      if (captures.isPresent()) {
        String rule = "(" + pair.oldName() + "," + pair.newName() + ")";
        return derive(pair.newName(), captures.get(), rule);
      }
    }
    if (prefix.isPresent()) {
      List<String> q = new ArrayList<>(dsn.qualifiers());
      q.set(0, prefix.get());
      return named(String.join(".", q), "(" + prefix.get() + ")");
    }
    return new Unchanged();
  }

  /** What one masked qualifier of an old name matched: one qualifier, or any number for **. */
  private record Capture(boolean many, List<String> qualifiers) {}

  private static Outcome derive(String newName, List<Capture> captures, String rule) {
    List<String> out = new ArrayList<>();
    int next = 0;
    for (String q : qualifiers(newName)) {
      boolean many = q.equals("**");
      if (!many && !q.equals("*") && !isMasked(q)) {
        out.add(q);
        continue;
      }
      if (!many && !q.equals("*")) {
        return new Failed(rule, "QUALIFIER " + q + " OF THE NEW NAME MASKS PART OF A QUALIFIER");
      }
      if (next == captures.size()) {
        return new Failed(rule, "THE NEW NAME HAS MORE MASKS THAN THE OLD NAME");
      }
      Capture c = captures.get(next++);
      if (c.many() != many) {
        return new Failed(rule, "MASK " + q + " OF THE NEW NAME STANDS WHERE THE OLD NAME HAS "
            + (c.many() ? "**" : "A ONE-QUALIFIER MASK"));
      }
      out.addAll(c.qualifiers());
    }
    return named(String.join(".", out), rule);
  }

  private static Outcome named(String name, String rule) {
    try {
      return new Renamed(Dsn.parse(name), rule);
    } catch (BwoException e) {
      return new Failed(rule, name.isEmpty() ? "THE NEW NAME IS EMPTY" : e.message().text());
    }
  }

  /** What each masked qualifier of {@code pattern} matched in {@code name}, if it matches. */
  private static Optional<List<Capture>> match(List<String> pattern, List<String> name) {
    return match(pattern, 0, name, 0, new ArrayList<>());
  }

  private static Optional<List<Capture>> match(
      List<String> pat, int p, List<String> name, int n, List<Capture> captured) {
    if (p == pat.size()) {
      return n == name.size() ? Optional.of(List.copyOf(captured)) : Optional.empty();
    }
    String q = pat.get(p);
    if (q.equals("**")) {
      for (int k = n; k <= name.size(); k++) {
        captured.add(new Capture(true, name.subList(n, k)));
        Optional<List<Capture>> m = match(pat, p + 1, name, k, captured);
        captured.remove(captured.size() - 1);
        if (m.isPresent()) {
          return m;
        }
      }
      return Optional.empty();
    }
    if (n == name.size() || !DsnFilter.parse(q).matches(Dsn.parse(name.get(n)))) {
      return Optional.empty();
    }
    if (isMasked(q)) {
      captured.add(new Capture(false, List.of(name.get(n))));
    }
    Optional<List<Capture>> m = match(pat, p + 1, name, n + 1, captured);
    if (isMasked(q)) {
      captured.remove(captured.size() - 1);
    }
    return m;
  }

  private static boolean isMasked(String qualifier) {
    return qualifier.indexOf('*') >= 0 || qualifier.indexOf('%') >= 0;
  }

  private static List<String> qualifiers(String name) {
    return List.of(name.split("\\."));
  }
}
