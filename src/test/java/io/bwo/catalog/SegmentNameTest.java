package io.bwo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class SegmentNameTest {

  @Property
  void namesAreEqualAndHashAlikeExactlyWhenTheyAreTheSameName(
      @ForAll @AlphaChars @StringLength(min = 1, max = 8) String a,
      @ForAll @AlphaChars @StringLength(min = 1, max = 8) String b) {
    SegmentName x = SegmentName.parse(a);
    SegmentName y = SegmentName.parse(b);
    boolean same = a.equalsIgnoreCase(b);
    assertThat(x.equals(y)).isEqualTo(same);
    assertThat(Set.of(x).contains(y)).isEqualTo(same);
    if (same) {
      assertThat(x.hashCode()).isEqualTo(y.hashCode());
    }
    assertThat(x).isNotEqualTo(x.name()).isNotEqualTo(new Dsn(x.name()));
  }
}
