package io.bwo.platform;

import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * A dump on one DD, and the order every such dump is published or abandoned in: {@link #publish}
 * writes what is left while the dump is open ({@link #writeRest}), closes it for writing and puts
 * it in place ({@link #putInPlace}); {@link #abandon} removes what can be removed ({@link
 * #discard}), unless it was published. An I/O failure of either is BWO012E for the DD.
 */
abstract class DdDumpOutput extends DumpOutput {
  final String dd;
  /** False once published or abandoned. */
  private boolean open = true;
  private boolean published;

  DdDumpOutput(String dd) {
    this.dd = dd;
  }

  @Override
  public final void publish() {
    try {
      ensureOpen();
      writeRest();
      open = false;
      putInPlace();
      published = true;
    } catch (IOException e) {
      throw JzosPlatform.ioError(dd, e);
    }
  }

  @Override
  public final void abandon() {
    if (published) {
      return;
    }
    boolean wasOpen = open;
    open = false;
    try {
      discard(wasOpen);
    } catch (IOException e) {
      throw JzosPlatform.ioError(dd, e);
    }
  }

  /**
   * Paces by the online system's log forces ({@link #paceWith}) unless {@code
   * -Dbwo.dump.pace=false}, which leaves every way of writing a dump as it is with nobody
   * committing.
   */
  @Override
  public final void paceBy(LongSupplier logForces) {
    if (!DirectIo.turnedOff("bwo.dump.pace")) {
      paceWith(logForces);
    }
  }

  /** Paces the writes that follow by {@code logForces} ({@link DumpOutput#paceBy}). */
  abstract void paceWith(LongSupplier logForces);

  /** Writes the bytes still held, while the dump is open. */
  abstract void writeRest() throws IOException;

  /** Makes the written dump durable and visible under the DD's name. */
  abstract void putInPlace() throws IOException;

  /**
   * Leaves nothing behind where the platform can remove it; {@code wasOpen}: the dump had not
   * been closed for writing yet.
   */
  abstract void discard(boolean wasOpen) throws IOException;

  /** An IOException once the dump is published or abandoned. */
  void ensureOpen() throws IOException {
    if (!open) {
      throw new IOException(
          "dump on DD " + dd + " is already " + (published ? "published" : "abandoned"));
    }
  }
}
