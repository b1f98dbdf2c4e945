package io.bwo.control;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A logical {@code RESTORE DATASET} command. An empty {@link #include()} means INCLUDE was not
 * coded ({@code **}); {@link #filterDd()} excludes INCLUDE and EXCLUDE. REPLACE and
 * REPLACEUNCONDITIONAL are never both true. RENAMEUNCONDITIONAL is the prefix form
 * {@code RENUNC(pfx)}, the pair form {@code RENUNC((old,new),...)} or both
 * {@code RENUNC((pfx),(old,new),...)}: the prefix replaces the first qualifier of a data set
 * that no pair's old name matches.
 */
public record RestoreDataSet(
    int recordNumber,
    int lastRecordNumber,
    List<String> include,
    List<String> exclude,
    Optional<String> filterDd,
    String inDdName,
    boolean replace,
    boolean replaceUnconditional,
    Optional<String> renamePrefix,
    List<Rename> renameUnconditional,
    List<UnimplementedKeyword.Coded> unimplemented)
    implements Command {

  /** A command that codes no keyword bwo leaves unimplemented. */
  public RestoreDataSet(int recordNumber, int lastRecordNumber, List<String> include,
      List<String> exclude, Optional<String> filterDd, String inDdName, boolean replace,
      boolean replaceUnconditional, Optional<String> renamePrefix,
      List<Rename> renameUnconditional) {
    this(recordNumber, lastRecordNumber, include, exclude, filterDd, inDdName, replace,
        replaceUnconditional, renamePrefix, renameUnconditional, List.of());
  }

  /** Checks what a parsed command always satisfies. */
  public RestoreDataSet {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    Objects.requireNonNull(filterDd, "filterDd").ifPresent(DdName::check);
    DdName.check(inDdName);
    Objects.requireNonNull(renamePrefix, "renamePrefix");
    renameUnconditional = List.copyOf(renameUnconditional);
    unimplemented = List.copyOf(unimplemented);
    if (recordNumber < 1 || lastRecordNumber < recordNumber) {
      throw new IllegalArgumentException("records " + recordNumber + ".." + lastRecordNumber);
    }
    if (replace && replaceUnconditional) {
      throw new IllegalArgumentException("REPLACE and REPLACEUNCONDITIONAL are exclusive");
    }
  }

  @Override
  public String verb() {
    return "RESTORE";
  }

  /**
   * This command selecting by {@code criteria} (its FILTERDD's, with no BY: bwo restores by
   * INCLUDE and EXCLUDE only) instead of its FILTERDD.
   */
  public RestoreDataSet selecting(FilterCriteria criteria) {
    if (!criteria.by().isEmpty()) {
      throw new IllegalArgumentException("RESTORE selects by no BY");
    }
    return new RestoreDataSet(recordNumber, lastRecordNumber, criteria.include(),
        criteria.exclude(), Optional.empty(), inDdName, replace, replaceUnconditional,
        renamePrefix, renameUnconditional, unimplemented);
  }

  /** One {@code (old,new)} pair of RENAMEUNCONDITIONAL: a filter and the new name it derives. */
  public record Rename(String oldName, String newName) {
    /** Both names are required. */
    public Rename {
      Objects.requireNonNull(oldName, "oldName");
      Objects.requireNonNull(newName, "newName");
    }
  }
}
