package io.bwo.control;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A logical {@code RESTORE DATASET} command. An empty {@link #include()} means INCLUDE was not
 * coded ({@code **}); {@link #filterDd()} excludes INCLUDE and EXCLUDE. REPLACE and
 * REPLACEUNCONDITIONAL are never both true. RENAMEUNCONDITIONAL, or RENAME ({@link
 * #renameConditional()}), is the prefix form {@code RENUNC(pfx)}, the pair form {@code
 * RENUNC((old,new),...)} or both {@code RENUNC((pfx),(old,new),...)}: the prefix replaces the
 * first qualifier of a data set that no pair's old name matches. Its {@link #renamePrefix()} and
 * {@link #renames()} are RENAMEUNCONDITIONAL's, or RENAME's when {@code renameConditional}: then
 * they rename a data set only where one of its old name exists (IBM's RENAME page, rend).
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
    List<Rename> renames,
    boolean renameConditional,
    List<UnimplementedKeyword.Coded> unimplemented)
    implements Command {

  /**
   * A command that codes no keyword bwo leaves unimplemented, and no RENAME: its renames, if any,
   * are RENAMEUNCONDITIONAL's.
   */
  public RestoreDataSet(int recordNumber, int lastRecordNumber, List<String> include,
      List<String> exclude, Optional<String> filterDd, String inDdName, boolean replace,
      boolean replaceUnconditional, Optional<String> renamePrefix,
      List<Rename> renameUnconditional) {
    this(recordNumber, lastRecordNumber, include, exclude, filterDd, inDdName, replace,
        replaceUnconditional, renamePrefix, renameUnconditional, false, List.of());
  }

  /** Checks what a parsed command always satisfies. */
  public RestoreDataSet {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    Objects.requireNonNull(filterDd, "filterDd").ifPresent(DdName::check);
    DdName.check(inDdName);
    Objects.requireNonNull(renamePrefix, "renamePrefix");
    renames = List.copyOf(renames);
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

  /** The keyword its renames come from, as messages name it: RENAME or RENAMEUNCONDITIONAL. */
  public String renameKeyword() {
    return (renameConditional ? Keyword.RENAME : Keyword.RENAMEUNCONDITIONAL).name();
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
        renamePrefix, renames, renameConditional, unimplemented);
  }

  /**
   * One {@code (old,new)} pair of RENAMEUNCONDITIONAL or RENAME: a filter and the new name it
   * derives.
   */
  public record Rename(String oldName, String newName) {
    /** Both names are required. */
    public Rename {
      Objects.requireNonNull(oldName, "oldName");
      Objects.requireNonNull(newName, "newName");
    }
  }
}
