package io.bwo.jcl;

import java.util.List;

/**
 * One JCL statement as read from the cards, continuations joined: where it starts, its name and
 * operation fields, its operand field (before symbol substitution), and the in-stream records
 * that follow it when it is a {@code DD *} or {@code DD DATA}.
 *
 * <p>For {@code IF} the operand field is the relational expression, without {@code THEN}.
 */
record Statement(int line, String name, String operation, String operands, List<String> data) {

  /** The operation of a JES2 control statement ({@code /*JOBPARM} and the like). */
  static final String JES2 = "/*JES2";

  Statement {
    name = name == null ? "" : name;
    operands = operands == null ? "" : operands;
    data = data == null ? null : List.copyOf(data);
  }

  /** True when in-stream records follow this statement. */
  boolean hasData() {
    return data != null;
  }
}
