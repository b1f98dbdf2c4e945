package io.bwo.jcl;

/** The comparison operators of COND tests and IF expressions. */
enum Comparison {
  GT, GE, EQ, LT, LE, NE;

  /** {@code left op right}. */
  boolean test(int left, int right) {
    return switch (this) {
      case GT -> left > right;
      case GE -> left >= right;
      case EQ -> left == right;
      case LT -> left < right;
      case LE -> left <= right;
      case NE -> left != right;
    };
  }

  /** The operator written in an IF expression, alphabetic or special; null if it is not one. */
  static Comparison ofIfOperator(String s) {
    return switch (s) {
      case "GT", ">" -> GT;
      case "GE", ">=", "NL", "¬<", "^<" -> GE;
      case "EQ", "=" -> EQ;
      case "LT", "<" -> LT;
      case "LE", "<=", "NG", "¬>", "^>" -> LE;
      case "NE", "¬=", "^=" -> NE;
      default -> null;
    };
  }
}
