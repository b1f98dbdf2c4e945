package io.bwo.control;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A logical {@code DUMP DATASET} command. An empty {@link #include()} means INCLUDE was not
 * coded (DFSMSdss then includes {@code **}, and EXCLUDE or BY was coded); {@link #filterDd()}
 * excludes INCLUDE, EXCLUDE and BY. Options not coded have DFSMSdss's defaults: no concurrent
 * copy ({@link Concurrent#NONE}), {@code WAIT(2,2)}, {@code OPTIMIZE(1)}.
 *
 * @param tolerateEnqFailure TOLERATE(ENQFAILURE)
 * @param tolerateIoError TOLERATE(IOERROR)
 * @param waitOption WAIT(numsecs,numretries); {@code wait} is taken by {@link Object#wait()}
 * @param reset RESET: once the dump is safe, reset the data-set-changed flag (DSCHA) of each data
 *     set dumped at its point in time and not updated since
 * @param unimplemented the DFSMSdss keywords coded that bwo does not implement, in order
 */
public record DumpDataSet(
    int recordNumber,
    int lastRecordNumber,
    List<String> include,
    List<String> exclude,
    List<ByCriterion> byCriteria,
    Optional<String> filterDd,
    List<String> outDdNames,
    Concurrent concurrent,
    boolean notifyConcurrent,
    boolean tolerateEnqFailure,
    boolean tolerateIoError,
    boolean share,
    Wait waitOption,
    boolean compress,
    int optimize,
    boolean delete,
    boolean purge,
    boolean reset,
    List<UnimplementedKeyword.Coded> unimplemented)
    implements Command {

  /** A command that codes no keyword bwo leaves unimplemented. */
  public DumpDataSet(int recordNumber, int lastRecordNumber, List<String> include,
      List<String> exclude, List<ByCriterion> byCriteria, Optional<String> filterDd,
      List<String> outDdNames, Concurrent concurrent, boolean notifyConcurrent,
      boolean tolerateEnqFailure, boolean tolerateIoError, boolean share, Wait waitOption,
      boolean compress, int optimize, boolean delete, boolean purge, boolean reset) {
    this(recordNumber, lastRecordNumber, include, exclude, byCriteria, filterDd, outDdNames,
        concurrent, notifyConcurrent, tolerateEnqFailure, tolerateIoError, share, waitOption,
        compress, optimize, delete, purge, reset, List.of());
  }

  /** Checks what a parsed command always satisfies. */
  public DumpDataSet {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    byCriteria = List.copyOf(byCriteria);
    Objects.requireNonNull(filterDd, "filterDd").ifPresent(DdName::check);
    outDdNames = List.copyOf(outDdNames);
    unimplemented = List.copyOf(unimplemented);
    outDdNames.forEach(DdName::check);
    Objects.requireNonNull(concurrent, "concurrent");
    Objects.requireNonNull(waitOption, "waitOption");
    if (recordNumber < 1 || lastRecordNumber < recordNumber) {
      throw new IllegalArgumentException("records " + recordNumber + ".." + lastRecordNumber);
    }
    if (outDdNames.isEmpty()) {
      throw new IllegalArgumentException("DUMP needs OUTDDNAME");
    }
    if (optimize < 1 || optimize > 4) {
      throw new IllegalArgumentException("OPTIMIZE is 1 to 4: " + optimize);
    }
  }

  @Override
  public String verb() {
    return "DUMP";
  }

  /** This command selecting by {@code criteria} (its FILTERDD's) instead of its FILTERDD. */
  public DumpDataSet selecting(FilterCriteria criteria) {
    return new DumpDataSet(recordNumber, lastRecordNumber, criteria.include(),
        criteria.exclude(), criteria.by(), Optional.empty(), outDdNames, concurrent,
        notifyConcurrent, tolerateEnqFailure, tolerateIoError, share, waitOption, compress,
        optimize, delete, purge, reset, unimplemented);
  }

  /**
   * {@code WAIT(seconds,retries)}: how long to wait for a data set's serialization and how often
   * to retry; 0 in either means do not wait.
   */
  public record Wait(int seconds, int retries) {
    /** The most bwo accepts for either number. */
    public static final int MAX = 255;
    /** DFSMSdss's default, {@code WAIT(2,2)}. */
    public static final Wait DEFAULT = new Wait(2, 2);

    /** Checks that both numbers are 0 to {@link #MAX}. */
    public Wait {
      if (seconds < 0 || seconds > MAX || retries < 0 || retries > MAX) {
        throw new IllegalArgumentException("WAIT(" + seconds + "," + retries + ")");
      }
    }
  }

  /**
   * One BY criterion, all of which must hold for a data set to be selected. bwo supports
   * {@code DSCHA} (the data-set-changed flag) with {@code EQ} or {@code NE}; the arguments are
   * {@code YES} or {@code NO} ({@code 1} and {@code 0} are read as these).
   */
  public record ByCriterion(String characteristic, String operator, List<String> arguments) {
    /** Copies the arguments. */
    public ByCriterion {
      Objects.requireNonNull(characteristic, "characteristic");
      Objects.requireNonNull(operator, "operator");
      arguments = List.copyOf(arguments);
    }
  }
}
