package io.bwo.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.List;

/**
 * A data set name under the z/OS rules: 1 to 44 characters, qualifiers of 1 to 8 characters
 * separated by dots, each starting with a letter or national character (# @ $), then letters,
 * digits, national characters or hyphens. Lower case is folded to upper case, as TSO does.
 */
public record Dsn(String name) implements Comparable<Dsn> {

  public static final int MAX_LENGTH = 44;

  public Dsn {
    String broken = NameRules.brokenRule(name, MAX_LENGTH);
    if (broken != null) {
      throw BwoException.of(Msg.BWO101E, name, broken);
    }
  }

  /** The name {@code s}, folded to upper case; BWO101E names the rule a bad name breaks. */
  @JsonCreator
  public static Dsn parse(String s) {
    if (s == null) {
      throw BwoException.of(Msg.BWO101E, "", "A DATA SET NAME IS REQUIRED");
    }
    return new Dsn(s.trim().toUpperCase(java.util.Locale.ROOT));
  }

  /** The qualifiers, high-level first. */
  public List<String> qualifiers() {
    return List.of(name.split("\\."));
  }

  @JsonValue
  @Override
  public String name() {
    return name;
  }

  @Override
  public int compareTo(Dsn o) {
    return name.compareTo(o.name);
  }

  // Written out rather than left to the record: a record's own equals and hashCode are linked
  // through an invokedynamic bootstrap on their first call, which took 11.5 ms of a RESTORE's
  // first plan, ahead of its first write (bench/README.md, twenty-eighth round). Same meaning.
  @Override
  public boolean equals(Object o) {
    return o instanceof Dsn other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
