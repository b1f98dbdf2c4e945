package io.bwo.dss;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.DsnFilter;
import io.bwo.control.Command;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.List;

/**
 * A command's INCLUDE and EXCLUDE entries as the filters that select from a catalog or a dump.
 * An entry that names a relative generation of a generation data group ({@link
 * Command#relativeGeneration}) selects none of bwo's data sets, which are never generations: it
 * is listed with BWO531I when the task starts and left out, and an INCLUDE of nothing else
 * selects nothing, where an INCLUDE not coded selects everything.
 *
 * @param none true if INCLUDE was coded with relative generations only
 */
record NameFilters(List<DsnFilter> include, List<DsnFilter> exclude, boolean none) {
  static final String WHY = "IT NAMES A GENERATION OF A GENERATION DATA GROUP, AND BWO'S"
      + " CLUSTERS ARE NEVER GENERATIONS: IT SELECTS NONE";

  NameFilters {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /** The filters of {@code cmd}'s entries; each relative generation is listed to {@code task}. */
  static NameFilters of(List<String> include, List<String> exclude, TaskResult task) {
    List<DsnFilter> in = filters(include, "INCLUDE", task);
    List<DsnFilter> out = filters(exclude, "EXCLUDE", task);
    return new NameFilters(in, out, in.isEmpty() && !include.isEmpty());
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

  private static List<DsnFilter> filters(List<String> entries, String keyword,
      TaskResult task) {
    entries.stream().filter(Command::relativeGeneration).forEach(g ->
        task.print(Message.of(Msg.BWO531I, keyword + "(" + g + ")", WHY)));
    return entries.stream().filter(e -> !Command.relativeGeneration(e)).map(DsnFilter::parse)
        .toList();
  }
}
