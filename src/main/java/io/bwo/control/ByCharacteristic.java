package io.bwo.control;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
  private enum Form {
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

  /** True if {@code operator}, by its name ({@link #operator}), applies to this characteristic. */
  boolean takes(String operator) {
    return form == Form.OTHER || operator.equals("EQ") || operator.equals("NE");
  }

  /** What {@link #takes} accepts, for the error that names an operator it does not. */
  String operatorsExpected() {
    return form == Form.OTHER
        ? "THE OPERATORS ARE EQ, NE, LT, LE, GT AND GE"
        : "THE OPERATOR FOR " + this + " IS EQ OR NE";
  }

  /** What {@link #argument} accepts, for the error that names an argument it does not. */
  String argumentsExpected() {
    return switch (form) {
      case FLAG -> "EXPECTED YES, NO, 1 OR 0";
      case ORGANIZATION -> "EXPECTED " + String.join(", ", ORGANIZATIONS);
      case OTHER -> "EXPECTED AN ARGUMENT";
    };
  }

  /** The argument {@code token} codes for this characteristic (YES for 1), if it is one. */
  Optional<String> argument(String token) {
    return switch (form) {
      case FLAG -> switch (token) {
        case "YES", "1" -> Optional.of("YES");
        case "NO", "0" -> Optional.of("NO");
        default -> Optional.empty();
      };
      case ORGANIZATION -> ORGANIZATIONS.contains(token) ? Optional.of(token) : Optional.empty();
      case OTHER -> Optional.of(token);
    };
  }

  /** Every characteristic's name, for the error that names one IBM does not list. */
  static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
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
