package io.bwo.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The printed table of figures: figure, value, ratio to its baseline, target, met or not. */
final class Table {
  private record Row(String figure, String value, String ratio, String target, Boolean met) {}

  private final List<Row> rows = new ArrayList<>();

  /** Adds a row; {@code met} is null where there is no target. */
  void row(String figure, String value, String ratio, String target, Boolean met) {
    rows.add(new Row(figure, value, ratio, target, met));
  }

  /** Prints the table as Markdown, ready for bench/README.md. */
  void print(PrintStream out) {
    out.println("| figure | value | ratio | target | met |");
    out.println("|---|---:|---:|---|---|");
    for (Row r : rows) {
      out.printf("| %s | %s | %s | %s | %s |%n", r.figure(), r.value(), r.ratio(), r.target(),
          r.met() == null ? "" : r.met() ? "yes" : "**no**");
    }
  }
}
