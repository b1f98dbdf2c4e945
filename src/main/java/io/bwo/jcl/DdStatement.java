package io.bwo.jcl;

import java.util.List;

/** A DD of a step: its name and what it defines, several parts for a concatenation. */
record DdStatement(String name, List<DataDefinition> parts, int line) {
  DdStatement {
    parts = List.copyOf(parts);
  }

  /** The single definition of a DD that is not a concatenation. */
  DataDefinition first() {
    return parts.get(0);
  }
}
