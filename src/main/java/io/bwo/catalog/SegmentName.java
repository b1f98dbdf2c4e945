package io.bwo.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.Locale;

/** The name of a segment: one qualifier's worth, 1 to 8 characters under the data set name rules. */
public record SegmentName(String name) implements Comparable<SegmentName> {

  public SegmentName {
    String broken =
        name == null || name.isEmpty() || name.indexOf('.') >= 0
            ? "A SEGMENT NAME IS ONE QUALIFIER OF 1 TO 8 CHARACTERS"
            : NameRules.brokenQualifierRule(name, 1);
    if (broken != null) {
      throw BwoException.of(Msg.BWO104E, String.valueOf(name), broken);
    }
  }

  /** The segment name {@code s}, folded to upper case; BWO104E names the rule a bad one breaks. */
  @JsonCreator
  public static SegmentName parse(String s) {
    return new SegmentName(s == null ? null : s.trim().toUpperCase(Locale.ROOT));
  }

  @JsonValue
  @Override
  public String name() {
    return name;
  }

  @Override
  public int compareTo(SegmentName o) {
    return name.compareTo(o.name);
  }

  // Written out rather than left to the record, as Dsn's are: no bootstrap on the first call.
  @Override
  public boolean equals(Object o) {
    return o instanceof SegmentName other && name.equals(other.name);
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
