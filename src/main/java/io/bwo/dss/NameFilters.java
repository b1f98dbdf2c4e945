package io.bwo.dss;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.DsnFilter;
import io.bwo.control.Command;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.List;

/**
 * A command's INCLUDE and EXCLUDE entries as the filters that select from a catalog or a dump.
 * An entry that names a relative generation of a generation data group ({@link
 * Command#relativeGeneration}) selects none of bwo's data sets, which are never generations: it
 * is left out, and {@link #list} lists it with BWO531I when the task starts; an INCLUDE of nothing
 * else selects nothing, where an INCLUDE not coded selects everything.
 *
 * @param none true if INCLUDE was coded with relative generations only
 * @param generations the relative generations coded, as listed: {@code INCLUDE(A.B(0))}
 */
record NameFilters(List<DsnFilter> include, List<DsnFilter> exclude, boolean none,
    List<String> generations) {
  static final String WHY = "IT NAMES A GENERATION OF A GENERATION DATA GROUP, AND BWO'S"
      + " CLUSTERS ARE NEVER GENERATIONS: IT SELECTS NONE";

  NameFilters {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    generations = List.copyOf(generations);
  }

  /** The filters of a command's {@code include} and {@code exclude} entries. */
  static NameFilters of(List<String> include, List<String> exclude) {
    List<DsnFilter> in = filters(include);
    List<String> generations = new ArrayList<>(coded(include, "INCLUDE"));
    generations.addAll(coded(exclude, "EXCLUDE"));
    return new NameFilters(in, filters(exclude), in.isEmpty() && !include.isEmpty(),
        generations);
  }

  /** Lists to {@code task} each relative generation coded, which selects nothing (BWO531I). */
  void list(TaskResult task) {
    generations.forEach(g -> task.print(Message.of(Msg.BWO531I, g, WHY)));
  }

  /** Whether {@code dsn} is selected: by DFSMSdss's rules, as {@link Catalog#select} does. */
  boolean selects(Dsn dsn) {
    return !none && (include.isEmpty() || include.stream().anyMatch(f -> f.matches(dsn)))
        && exclude.stream().noneMatch(f -> f.matches(dsn));
  }

  /** The entries of {@code catalog} selected, sorted by DSN. */
  List<CatalogEntry> select(Catalog catalog) {
    return none ? List.of() : catalog.select(include, exclude);
  }

  private static List<DsnFilter> filters(List<String> entries) {
    return entries.stream().filter(e -> !Command.relativeGeneration(e)).map(DsnFilter::parse)
        .toList();
  }

  private static List<String> coded(List<String> entries, String keyword) {
    return entries.stream().filter(Command::relativeGeneration).map(g -> keyword + "(" + g + ")")
        .toList();
  }
}
