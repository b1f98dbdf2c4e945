package io.bwo.jcl;

import java.util.List;

/**
 * The value of one JCL parameter or subparameter: a single item ({@code SHR}, {@code 'A B'},
 * {@code HLQ.GDG(+1)}) or a parenthesised list of values ({@code (NEW,CATLG,DELETE)}), with the
 * text it was written as.
 */
sealed interface Value permits Value.Item, Value.Sublist {

  /** The value as written, quotes and parentheses included. */
  String text();

  /** A single item; {@code quoted} when it was enclosed in apostrophes. */
  record Item(String text, boolean quoted) implements Value {

    /** The item without enclosing apostrophes, each doubled apostrophe made one. */
    String unquoted() {
      if (!quoted) {
        return text;
      }
      return text.substring(1, text.length() - 1).replace("''", "'");
    }

    boolean isEmpty() {
      return text.isEmpty();
    }
  }

  /** A parenthesised list; an omitted subparameter is an empty item. */
  record Sublist(String text, List<Value> items) implements Value {
    public Sublist {
      items = List.copyOf(items);
    }
  }

  /** True for an empty item: an omitted or nullified value. */
  default boolean isOmitted() {
    return this instanceof Item i && i.isEmpty();
  }

  /** The value as one string: an item unquoted, a list with its items unquoted and comma-joined. */
  default String flat() {
    if (this instanceof Item i) {
      return i.unquoted();
    }
    StringBuilder b = new StringBuilder();
    List<Value> items = ((Sublist) this).items();
    for (int k = 0; k < items.size(); k++) {
      if (k > 0) {
        b.append(',');
      }
      Value v = items.get(k);
      b.append(v instanceof Item i ? i.unquoted() : v.text());
    }
    return b.toString();
  }
}
