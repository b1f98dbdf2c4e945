package io.bwo.platform;

import java.io.OutputStream;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The bytes of one dump on its way to a DD. Nothing is visible under the DD's name before {@link
 * #publish()}; {@link #abandon()} (and {@link #close()} without publish) leaves nothing behind
 * where the platform can remove it, and an incomplete dump (no trailer) where it cannot.
 *
 * <p>Use: {@code try (DumpOutput out = platform.openDumpOutput("TAPE")) { ...write...;
 * out.publish(); }}.
 */
public abstract class DumpOutput extends OutputStream {

  /** Makes the complete dump visible under the DD's name; BWO012E if that fails. */
  public abstract void publish();

  /** Discards what was written; BWO012E if that fails. */
  public abstract void abandon();

  /**
   * Paces the writes that follow by the online system's redo-log forces ({@code
   * SegmentSystem.logForces}, a count that grows with each force): where forcing the dump in small
   * steps is what keeps the applications' commits from waiting behind it, the output does so while
   * the count grows. By default nothing is paced.
   */
  public void paceBy(LongSupplier logForces) {}

  /**
   * Asks, before the first write, for the dump to reach the disk in writes of about {@code bytes}
   * each: the more, the faster a dump that persists each write goes, and the longer a commit of
   * the applications may wait behind one. An output writes as it chooses where the size does not
   * apply to it (through the page cache, to an MVS data set); by default nothing changes.
   */
  public void writeInBlocksOf(int bytes) {}

  /**
   * Asks, before the first write, for the writes that are persisted one by one as they are made
   * (where an output does so: a direct dump's while the applications commit) to be of about
   * {@code bytes} each, whatever {@link #writeInBlocksOf} asked for the others: a commit that
   * meets such a write waits for all of it. By default nothing changes.
   */
  public void persistInBlocksOf(int bytes) {}

  /**
   * Asks, before the first write, for the threads the output writes from (where it has its own) to
   * run at the caller's priority, not at the lower one of the copy's threads ({@code
   * YieldingThreads}) that hand them the dump: a copy that no OPTIMIZE limit holds back goes at
   * the disk's speed only if the disk is handed its next block as soon as it is done with one. By
   * default nothing changes.
   */
  public void writeAtCallersPriority() {}

  /**
   * The file the dump is written under until it is published, for the run journal: a run killed
   * before then leaves it, and the re-run removes it by this name, wherever that run's DD points.
   * Empty where the dump is written in place (a DD on z/OS).
   */
  public Optional<String> temporaryName() {
    return Optional.empty();
  }

  /**
   * The local file the dump is published as, for the run journal: a re-run that finds its DD
   * allocated to another, new file can give it the dump. Empty where the dump is written in place
   * (a DD on z/OS).
   */
  public Optional<String> publishedName() {
    return Optional.empty();
  }

  /**
   * Whether the published dump can be read back from its DD: not where the DD keeps nothing of
   * what it is given, DUMMY (to which a DFSMSdss DUMP is written to list what its filter selects,
   * and nothing else), a pipe or a terminal. By default it can.
   */
  public boolean readableBack() {
    return true;
  }

  /**
   * Whether the dump goes to the disk past the page cache (direct I/O): whoever reads it next
   * reads it from the disk.
   */
  public boolean bypassesPageCache() {
    return false;
  }

  /** Abandons the dump unless it was published. */
  @Override
  public void close() {
    abandon();
  }
}
