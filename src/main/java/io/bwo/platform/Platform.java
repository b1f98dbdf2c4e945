package io.bwo.platform;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What bwo needs from the system it runs on: DDs (SYSIN, SYSPRINT, the dump), the operator console
 * and the job's facts. {@link #jzos()} is the real one; tests of other packages may write fakes.
 */
public interface Platform {

  /** The platform over the JZOS API: IBM's classes on z/OS, bwo's stubs elsewhere. */
  static Platform jzos() {
    return new JzosPlatform();
  }

  /**
   * Allocates DD {@code name} to the local file {@code path}, as {@code --dd NAME=PATH} does, by
   * setting the system property {@code bwo.dd.NAME} that the JZOS stubs read. Only meaningful off
   * z/OS, where there are no DD statements; BWO010E if {@code name} is not a DD name.
   */
  static void defineDd(String name, String path) {
    LocalDds.define(name, path);
  }

  /** Whether DD {@code dd} is allocated. */
  boolean ddExists(String dd);

  /**
   * The records of DD {@code dd} (e.g. SYSIN), decoded from the platform encoding, each as long as
   * the record (blank padding kept, so columns stay columns). BWO011E if the DD is not allocated,
   * BWO012E on an I/O error.
   */
  List<String> readRecords(String dd);

  /** A listing (e.g. SYSPRINT) written to DD {@code dd}; BWO011E if the DD is not allocated. */
  Listing openListing(String dd);

  /**
   * A dump written to DD {@code dd}, visible under the DD's name only once {@link
   * DumpOutput#publish()} succeeds; BWO011E if the DD is not allocated.
   */
  DumpOutput openDumpOutput(String dd);

  /**
   * As {@link #openDumpOutput(String)}, for a dump of about {@code dataBytes} of data sets: a
   * platform may write a large dump another way than a small one, and a dump taken while the
   * online system's applications commit another way than one taken while they do not; {@code
   * applicationsCommit} says which, and is asked only by a platform that would choose by it (the
   * answer may take some milliseconds to find).
   */
  default DumpOutput openDumpOutput(String dd, long dataBytes,
      BooleanSupplier applicationsCommit) {
    return openDumpOutput(dd);
  }

  /**
   * As {@link #openDumpOutput(String, long, BooleanSupplier)}, telling {@code named} the absolute
   * path of each temporary file the dump will be written under before that file is made, so that
   * a run journal can record every file a killed step may leave (a dump written in place, or by a
   * platform that cannot say, tells nothing). A RuntimeException from {@code named} fails the
   * opening, nothing made.
   */
  default DumpOutput openDumpOutput(String dd, long dataBytes,
      BooleanSupplier applicationsCommit, Consumer<String> named) {
    return openDumpOutput(dd, dataBytes, applicationsCommit);
  }

  /** The bytes of the dump on DD {@code dd}; BWO011E if the DD is not allocated. */
  InputStream openDumpInput(String dd);

  /**
   * As {@link #openDumpInput(String)}, for a dump that may not be in the page cache when {@code
   * fromDisk}: one written past it ({@link DumpOutput#bypassesPageCache}), or one RESTORE reads,
   * which may have been written long before. A platform may read it another way.
   */
  default InputStream openDumpInput(String dd, boolean fromDisk) {
    return openDumpInput(dd);
  }

  /**
   * The local file DD {@code dd} is allocated to; empty for a z/OS data set, which is not a
   * file, and where the DD is not allocated.
   */
  default Optional<Path> localFile(String dd) {
    return Optional.empty();
  }

  /** Writes {@code text} to the operator console (a WTO to the programmer, as job status). */
  void wto(String text);

  /** The job and step this program runs in. */
  JobFacts job();

  /**
   * Passes the operator's MODIFY ({@code F jobname,text}) and STOP ({@code P jobname}) commands for
   * this job to {@code handler}, from now on; the reply to a MODIFY goes to the console.
   */
  void listenForOperatorCommands(OperatorCommands handler);
}
