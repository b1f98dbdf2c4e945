package io.bwo.control;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A keyword or value with the parenthesised list that follows it, if any: {@code INCLUDE(A.**)}
 * is a node {@code INCLUDE} whose list holds one node {@code A.**}. A list with no word before
 * it, as in {@code RENUNC((OLD,NEW))}, is a node whose token is its opening parenthesis.
 */
record Node(Token token, Optional<Token> open, List<Node> items) {

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

  /** The node as it could be coded, for messages: {@code INCLUDE(A.**,B)}. */
  String text() {
    String list = items.stream().map(Node::text).collect(Collectors.joining(",", "(", ")"));
    if (isBareList()) {
      return list;
    }
    return hasList() ? token.text() + list : token.text();
  }
}
