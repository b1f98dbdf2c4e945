package io.bwo.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A keyword or value with the parenthesised list that follows it, if any: {@code INCLUDE(A.**)}
 * is a node {@code INCLUDE} whose list holds one node {@code A.**}. A list with no word before
 * it, as in {@code RENUNC((OLD,NEW))}, is a node whose token is its opening parenthesis.
 */
record Node(Token token, Optional<Token> open, List<Node> items) {
  static final int MAX_TEXT = 72;

  Node {
    items = List.copyOf(items);
  }

  static Node word(Token token) {
    return new Node(token, Optional.empty(), List.of());
  }

  /** A word with no list after it. */
  boolean isPlainWord() {
    return token.kind() == Token.Kind.WORD && open.isEmpty();
  }

  /** A parenthesised list with no word before it. */
  boolean isBareList() {
    return token.kind() == Token.Kind.OPEN;
  }

  boolean hasList() {
    return open.isPresent();
  }

  /** Where the list starts, or the token itself when there is none. */
  Token listStart() {
    return open.orElse(token);
  }

  /**
   * The node as it could be coded, for messages: {@code INCLUDE(A.**,B)}, cut after {@value
   * #MAX_TEXT} characters. Iterative, as the nesting has no limit.
   */
  String text() {
    StringBuilder b = new StringBuilder();
    Deque<Object> work = new ArrayDeque<>();
    work.push(this);
    while (!work.isEmpty() && b.length() <= MAX_TEXT) {
      Object next = work.pop();
      if (next instanceof String s) {
        b.append(s);
        continue;
      }
      Node n = (Node) next;
      if (!n.isBareList()) {
        b.append(n.token.text());
      }
      if (n.hasList()) {
        work.push(")");
        for (int i = n.items.size() - 1; i >= 0; i--) {
          work.push(n.items.get(i));
          if (i > 0) {
            work.push(",");
          }
        }
        work.push("(");
      }
    }
    return b.length() > MAX_TEXT ? b.substring(0, MAX_TEXT) + "..." : b.toString();
  }
}
