package io.bwo.jcl;

/**
 * One parameter of an operand field: positional ({@code keyword} null) or {@code KEYWORD=value},
 * where the keyword may name a procedure step ({@code PARM.STEP1=}).
 */
record Operand(String keyword, String procStep, Value value) {

  boolean positional() {
    return keyword == null;
  }

  /** The keyword with its procedure step, as written: {@code PARM.STEP1}. */
  String qualifiedKeyword() {
    return procStep == null ? keyword : keyword + "." + procStep;
  }
}
