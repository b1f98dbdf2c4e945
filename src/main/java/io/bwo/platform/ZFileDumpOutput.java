package io.bwo.platform;

import com.ibm.jzos.ZFile;
import com.ibm.jzos.ZFileConstants;
import com.ibm.jzos.ZFileException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A {@link DumpOutput} written through a {@link ZFile} in binary stream mode, buffered so that each
 * ZFile call moves a large block.
 *
 * <p>Two ways to publish. Off z/OS the DD is a local file, so the dump is written to a {@link
 * DumpTemporary} file and renamed over the file by {@link ZFile#rename} on publish (atomic), and
 * abandon removes the temporary file: nothing partial is ever visible under the final name. On z/OS the DD
 * is a data set that JCL allocated (e.g. {@code DISP=(NEW,CATLG,DELETE)}), which cannot be renamed
 * into place, so the dump is written straight to {@code //DD:NAME}: publish closes it, and an
 * abandoned dump has no trailer, which marks it incomplete to any reader, while an abnormal end of
 * the step deletes it through DISP. A local pipe or device (a DUMMY DD's /dev/null) is written in
 * place too: it cannot be renamed over, and it keeps nothing to replace.
 */
final class ZFileDumpOutput extends DdDumpOutput {
  private static final int BLOCK = 256 * 1024;

  private final ZFile file;
  private final String temporaryName;
  private final String finalName;
  /** For a local file: its data goes to disk as it is written (null for a DD in place). */
  private final EarlyWriteback writeback;
  /** Holds the {@link DumpTemporary} lock of a local file (null for a DD in place). */
  private final FileChannel lock;
  /** False for DUMMY, a pipe or a device, which keep nothing to read back. */
  private final boolean readableBack;
  private final byte[] buffer = new byte[BLOCK];
  private int buffered;

  private ZFileDumpOutput(String dd, ZFile file, String temporaryName, String finalName,
      EarlyWriteback writeback, FileChannel lock, boolean readableBack) {
    super(dd);
    this.readableBack = readableBack;
    this.file = file;
    this.temporaryName = temporaryName;
    this.finalName = finalName;
    this.writeback = writeback;
    this.lock = lock;
  }

  /**
   * Writes a {@link DumpTemporary} file, renamed to {@code path} on publish; its data goes to disk while it
   * is written ({@link EarlyWriteback}), so that the force on publish has little left to do.
   */
  static ZFileDumpOutput renamed(String dd, String path) throws IOException {
    return renamed(dd, path, name -> { });
  }

  /** As {@link #renamed(String, String)}, telling {@code named} the temporary file's path first. */
  static ZFileDumpOutput renamed(String dd, String path, Consumer<String> named)
      throws IOException {
    Path tmp = DumpTemporary.claim(dd, Path.of(path));
    named.accept(tmp.toString());
    String temporary = tmp.toString();
    ZFile file = new ZFile(temporary, "wb");
    FileChannel lock = null;
    try {
      // A channel of its own holds the lock: a ZFile has none to lock with.
      lock = FileChannel.open(tmp, StandardOpenOption.WRITE);
      DumpTemporary.lock(lock, tmp);
      return new ZFileDumpOutput(dd, file, temporary, path, EarlyWriteback.of(tmp), lock, true);
    } catch (IOException | RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      file.close();
      ZFile.remove(temporary);
      throw e;
    }
  }

  /** Writes {@code //DD:dd} in place: a data set, or DUMMY, which keeps nothing to read back. */
  static ZFileDumpOutput inPlace(String dd) throws ZFileException {
    ZFile file = new ZFile("//DD:" + dd, "wb,noseek");
    boolean readable = file.getDevice() != ZFileConstants.DEVICE_DUMMY;
    return new ZFileDumpOutput(dd, file, null, null, null, null, readable);
  }

  /** Writes the local pipe or device {@code path} in place: it keeps nothing to read back. */
  static ZFileDumpOutput passedOn(String dd, String path) throws ZFileException {
    return new ZFileDumpOutput(dd, new ZFile(path, "wb"), null, null, null, null, false);
  }

  /**
   * A local file's forces come closer together while the online system forces its log ({@link
   * EarlyWriteback#paceBy}); unless {@code -Dbwo.dump.pace=false}, which keeps them as far apart
   * as for an idle system.
   */
  @Override
  void paceWith(LongSupplier logForces) {
    if (writeback != null) {
      writeback.paceBy(logForces);
    }
  }

  /** How many early forces of a local file were started while it was written (0 for a DD). */
  long earlyForces() {
    return writeback == null ? 0 : writeback.started();
  }

  @Override
  public boolean readableBack() {
    return readableBack;
  }

  @Override
  public Optional<String> temporaryName() {
    return Optional.ofNullable(temporaryName);
  }

  @Override
  public Optional<String> publishedName() {
    return temporaryName == null ? Optional.empty()
        : Optional.of(Path.of(finalName).toAbsolutePath().toString());
  }

  @Override
  public void write(int b) throws IOException {
    ensureOpen();
    if (buffered == buffer.length) {
      flush();
    }
    buffer[buffered++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    ensureOpen();
    if (len >= buffer.length) {
      flush();
      file.write(b, off, len);
      wroteThrough(len);
    } else {
      if (len > buffer.length - buffered) {
        flush();
      }
      System.arraycopy(b, off, buffer, buffered, len);
      buffered += len;
    }
  }

  /** Passes the buffered bytes to the ZFile. */
  @Override
  public void flush() throws IOException {
    ensureOpen();
    if (buffered > 0) {
      file.write(buffer, 0, buffered);
      wroteThrough(buffered);
      buffered = 0;
    }
  }

  @Override
  void writeRest() throws IOException {
    flush();
  }

  @Override
  void putInPlace() throws IOException {
    stopWriteback();
    file.close();
    if (temporaryName != null) {
      ZFile.rename(temporaryName, finalName);
    }
    unlock();
  }

  @Override
  void discard(boolean wasOpen) throws IOException {
    try {
      stopWriteback();
      if (wasOpen) {
        file.close();
      }
    } catch (ZFileException e) {
      // What the close would have written is thrown away either way. It fails where a copy
      // thread interrupted as the copy failed closed the file under it (BWO507E), and the
      // temporary file must go all the same.
    } finally {
      try {
        if (temporaryName != null && ZFile.exists(temporaryName)) {
          ZFile.remove(temporaryName);
        }
      } finally {
        unlock();
      }
    }
  }

  private void unlock() throws IOException {
    if (lock != null) {
      lock.close();
    }
  }

  private void wroteThrough(int bytes) {
    if (writeback != null) {
      writeback.written(bytes);
    }
  }

  private void stopWriteback() {
    if (writeback != null) {
      writeback.close();
    }
  }
}
