package io.bwo.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The selection characteristics of DFSMSdss's {@code BY(schar,op,arg)}, as IBM lists them
 * ("Filtering by data set characteristics"), with the operators and arguments each takes. bwo
 * selects by the first four; the others are read and refused by the task (BWO515E), as bwo's
 * catalog keeps no such attribute.
 */
public enum ByCharacteristic {
  DSCHA(Form.FLAG, true),
  CATLG(Form.FLAG, true),
  MULTI(Form.FLAG, true),
  DSORG(Form.ORGANIZATION, true),
  ALLOC(Form.OTHER, false),
  CREDT(Form.OTHER, false),
  DATACLAS(Form.OTHER, false),
  EXPDT(Form.OTHER, false),
  EXTNT(Form.OTHER, false),
  FSIZE(Form.OTHER, false),
  MGMTCLAS(Form.OTHER, false),
  REFDT(Form.OTHER, false),
  STORCLAS(Form.OTHER, false);

  /** The data set organisations DSORG takes; every bwo cluster is VSAM. */
  public static final List<String> ORGANIZATIONS =
      List.of("SAM", "PAM", "PDS", "PDSE", "BDAM", "EXCP", "HFS", "ISAM", "VSAM", "ZFS");

  /** IBM's operators, the symbols as their names. */
  private static final Map<String, String> OPERATORS = Map.ofEntries(
      Map.entry("EQ", "EQ"), Map.entry("=", "EQ"), Map.entry("NE", "NE"), Map.entry("¬=", "NE"),
      Map.entry("LT", "LT"), Map.entry("<", "LT"), Map.entry("LE", "LE"), Map.entry("<=", "LE"),
      Map.entry("GT", "GT"), Map.entry(">", "GT"), Map.entry("GE", "GE"), Map.entry(">=", "GE"));

  /** What a characteristic's arguments are. */
  enum Form {
    /** YES or NO (1 or 0), with EQ or NE. */
    FLAG,
    /** Organisations of {@link #ORGANIZATIONS}, with EQ or NE. */
    ORGANIZATION,
    /** Dates, numbers or names bwo does not check: it refuses the criterion at run time. */
    OTHER
  }

  private final Form form;
  private final boolean implemented;

  ByCharacteristic(Form form, boolean implemented) {
    this.form = form;
    this.implemented = implemented;
  }

  Form form() {
    return form;
  }

  /** True if bwo selects by it; false: the task refuses it with BWO515E. */
  public boolean implemented() {
    return implemented;
  }

  /** The characteristic named {@code text}, if IBM lists one. */
  static Optional<ByCharacteristic> find(String text) {
    for (ByCharacteristic c : values()) {
      if (c.name().equals(text)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The operator {@code text} codes, by its name (EQ for {@code =}), if it is one. */
  static Optional<String> operator(String text) {
    return Optional.ofNullable(OPERATORS.get(text));
  }
}
