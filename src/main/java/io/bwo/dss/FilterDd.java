package io.bwo.dss;

import io.bwo.control.Command;
import io.bwo.control.DumpDataSet;
import io.bwo.control.FilterCriteria;
import io.bwo.control.RestoreDataSet;
import io.bwo.control.UnimplementedKeyword;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.platform.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code FILTERDD(ddn)}s of one step's commands: the filtering criteria read from DD
 * {@code ddn}, put in place of the FILTERDD when its task starts, so that the task selects as if
 * the command coded them. Criteria that cannot be read or are in error end the task before it
 * selects anything (RC 8): BWO535E names the DD, the ADR1xxE messages after it give the DD's
 * records and columns; a DD not allocated is BWO011E.
 *
 * <p>Each DD is read once per step: the records that name the run ({@link #forDigest}) are those
 * its tasks select by.
 */
final class FilterDd {
  private final Platform platform;
  /** The records of each DD read so far (guarded by this). */
  private final Map<String, List<String>> recordsByDd = new LinkedHashMap<>();

  FilterDd(Platform platform) {
    this.platform = platform;
  }

  /**
   * The records of each FILTERDD {@code commands} name, by DD, in the order first named: the
   * criteria are part of what the deck asks for. A DD not allocated or not readable is left out
   * here; its task reports it.
   */
  Map<String, List<String>> forDigest(List<Command> commands) {
    Map<String, List<String>> byDd = new LinkedHashMap<>();
    for (Command c : commands) {
      Optional<String> dd = c instanceof DumpDataSet d ? d.filterDd()
          : c instanceof RestoreDataSet r ? r.filterDd() : Optional.empty();
      if (dd.isPresent() && !byDd.containsKey(dd.get()) && platform.ddExists(dd.get())) {
        try {
          byDd.put(dd.get(), records(dd.get()));
        } catch (BwoException e) {
          // BWO012E: its task reads it again and reports it.
        }
      }
    }
    return byDd;
  }

  /**
   * {@code d} selecting by its FILTERDD's criteria, or empty when they cannot be used; {@code d}
   * itself when it codes no FILTERDD.
   */
  Optional<DumpDataSet> resolve(DumpDataSet d, TaskResult task) {
    if (d.filterDd().isEmpty()) {
      return Optional.of(d);
    }
    return read(d.filterDd().get(), task).map(d::selecting);
  }

  /**
   * {@code r} selecting by its FILTERDD's criteria, or empty when they cannot be used (a BY among
   * them is BWO515E, as on the RESTORE command itself); {@code r} itself when it codes no FILTERDD.
   */
  Optional<RestoreDataSet> resolve(RestoreDataSet r, TaskResult task) {
    if (r.filterDd().isEmpty()) {
      return Optional.of(r);
    }
    Optional<FilterCriteria> c = read(r.filterDd().get(), task);
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

  /** The records of DD {@code dd}, read at the first call; BWO011E or BWO012E as the platform's. */
  private synchronized List<String> records(String dd) {
    return recordsByDd.computeIfAbsent(dd, platform::readRecords);
  }

  private Optional<FilterCriteria> read(String dd, TaskResult task) {
    List<String> records = records(dd);
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
