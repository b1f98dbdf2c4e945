package io.bwo.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CONCURRENT option of a DUMP: whether and how concurrent copy is used. {@link #NONE} means
 * the keyword was not coded; {@link #NONE_KEYWORD} is {@code CONCURRENT(NONE)}. A bare
 * {@code CONCURRENT} is {@link #PREFERRED}, DFSMSdss's default.
 */
public enum Concurrent {
  NONE(),
  PREFERRED("PREFERRED", "ANYPREFerred"),
  REQUIRED("REQUIRED", "ANYREQuired"),
  CACHE_PREFERRED("CACHEpreferred", "CPref"),
  CACHE_REQUIRED("CACHEREQuired", "CReq"),
  VIRTUAL_PREFERRED("VIRTUALpreferred", "VPref"),
  VIRTUAL_REQUIRED("VIRTUALREQuired", "VReq"),
  NONE_KEYWORD("NOne"),
  STANDARD("STANDARD", "STD");

  private final List<Spelling> spellings;

  Concurrent(String... diagramForms) {
    this.spellings = Arrays.stream(diagramForms).map(Spelling::of).toList();
  }

  /** Every way this sub-keyword may be coded; none for {@link #NONE}. */
  List<Spelling> spellings() {
    return spellings;
  }

  /** The sub-keyword that {@code token} spells, if any. */
  static Optional<Concurrent> find(String token) {
    for (Concurrent c : values()) {
      for (Spelling s : c.spellings) {
        if (s.matches(token)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }
}
