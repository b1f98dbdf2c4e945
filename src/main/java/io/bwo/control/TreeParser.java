package io.bwo.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Groups a statement's tokens by their parentheses into {@link Node}s. Iterative, so that no
 * depth of nesting can exhaust the stack.
 */
final class TreeParser {

  /** The nodes of a statement, or the parenthesis that has no match. */
  record Tree(List<Node> nodes, Optional<Token> unbalanced) {}

  private TreeParser() {}

  static Tree parse(List<Token> tokens) {
    // One frame per open parenthesis; the bottom frame is the statement itself.
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(null, null));
    Token previous = null;
    for (Token t : tokens) {
      Frame top = stack.peek();
      switch (t.kind()) {
        case COMMA -> { }
        case WORD -> top.items.add(Node.word(t));
        case OPEN -> {
          // A list belongs to the word just before it, blanks allowed between.
          Node owner = null;
          if (previous != null && previous.kind() == Token.Kind.WORD) {
            owner = top.items.remove(top.items.size() - 1);
          }
          stack.push(new Frame(t, owner));
        }
        case CLOSE -> {
          if (stack.size() == 1) {
            return new Tree(List.of(), Optional.of(t));
          }
          Frame done = stack.pop();
          Token head = done.owner == null ? done.open : done.owner.token();
          stack.peek().items.add(new Node(head, Optional.of(done.open), done.items));
        }
      }
      previous = t;
    }
    if (stack.size() > 1) {
      return new Tree(List.of(), Optional.of(stack.peek().open));
    }
    return new Tree(stack.peek().items, Optional.empty());
  }

  private static final class Frame {
    final Token open;
    final Node owner;
    final List<Node> items = new ArrayList<>();

    Frame(Token open, Node owner) {
      this.open = open;
      this.owner = owner;
    }
  }
}
