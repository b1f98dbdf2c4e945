package io.bwo.dss;

import io.bwo.control.DumpDataSet;
import io.bwo.control.FilterCriteria;
import io.bwo.control.RestoreDataSet;
import io.bwo.control.UnimplementedKeyword;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.platform.Platform;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A command's {@code FILTERDD(ddn)}: the filtering criteria read from DD {@code ddn} when its task
 * starts, put in place of the FILTERDD, so that the task selects as if the command coded them.
 * Criteria that cannot be read or are in error end the task before it selects anything (RC 8):
 * BWO535E names the DD, the ADR1xxE messages after it give the DD's records and columns; a DD
 * not allocated is BWO011E.
 */
final class FilterDd {
  private FilterDd() {}

  /** {@code d} selecting by its FILTERDD's criteria, or empty when they cannot be used. */
  static Optional<DumpDataSet> resolve(Platform platform, DumpDataSet d, TaskResult task) {
    return read(platform, d.filterDd().orElseThrow(), task).map(d::selecting);
  }

  /**
   * {@code r} selecting by its FILTERDD's criteria, or empty when they cannot be used; a BY among
   * them is BWO515E, as on the RESTORE command itself.
   */
  static Optional<RestoreDataSet> resolve(Platform platform, RestoreDataSet r, TaskResult task) {
    Optional<FilterCriteria> c = read(platform, r.filterDd().orElseThrow(), task);
    if (c.isPresent() && !c.get().by().isEmpty()) {
      task.print(Message.of(Msg.BWO515E, "BY" + coded(c.get().by()) + " IN FILTERDD "
          + r.filterDd().get(), UnimplementedKeyword.RESTORE_BY.reason()));
      return Optional.empty();
    }
    return c.map(r::selecting);
  }

  /** How {@code by} is coded: {@code ((DSCHA,EQ,(YES)),...)}. */
  private static String coded(List<DumpDataSet.ByCriterion> by) {
    return by.stream().map(b -> "(" + b.characteristic() + "," + b.operator() + ",("
        + String.join(",", b.arguments()) + "))").collect(Collectors.joining(",", "(", ")"));
  }

  private static Optional<FilterCriteria> read(Platform platform, String dd, TaskResult task) {
    List<String> records = platform.readRecords(dd);
    FilterCriteria.Read read = FilterCriteria.read(records);
    if (!read.errors().isEmpty()) {
      task.print(Message.of(Msg.BWO535E, dd, "ITS FILTERING CRITERIA ARE IN ERROR; THE RECORDS"
          + " AND COLUMNS BELOW ARE THOSE OF THE DD"));
      read.errors().forEach(task::print);
      return Optional.empty();
    }
    if (read.criteria().isEmpty()) {
      task.print(Message.of(Msg.BWO535E, dd, "NO INCLUDE, EXCLUDE OR BY IS CODED IN COLUMNS 2"
          + " TO 72 OF ITS " + records.size() + " RECORDS"));
      return Optional.empty();
    }
    FilterCriteria c = read.criteria().get();
    task.print(Message.of(Msg.BWO536I, dd, records.size(), c.include().size(),
        c.exclude().size(), c.by().size()));
    return read.criteria();
  }
}
