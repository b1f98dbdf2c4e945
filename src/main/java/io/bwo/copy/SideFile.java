package io.bwo.copy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The side file of one session: point-in-time images of CIs, one slot of CI size each, in the
 * order they were preserved. On disk, so memory stays bounded whatever the data set's size.
 *
 * <p>The file is created by the first write, not with the session: sessions are established while
 * the system is frozen, and creating a file per data set there would stretch the freeze.
 *
 * <p>Written only under its session's lock. Readers open the file themselves, possibly in another
 * process; a slot is complete before the session reports it, so the file exists by then.
 */
final class SideFile {
  private final Path path;
  private FileChannel channel;
  private boolean closed;

  private SideFile(Path path) {
    this.path = path;
  }

  /** The side file at {@code path}, created when it is first written. */
  static SideFile at(Path path) {
    return new SideFile(path);
  }

  /** A new, empty file at {@code path} (owner-only where the file system knows owners). */
  private static FileChannel create(Path path) throws IOException {
    return
        FileSystems.getDefault().equals(path.getFileSystem())
                && path.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? FileChannel.open(
                path,
                java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  Path path() {
    return path;
  }

  /**
   * Writes {@code image} at {@code offset}. The writer is an application's thread: if it was
   * interrupted, the channel closed under it, so the write is retried on a fresh channel rather
   * than losing the session for everyone.
   */
  void write(ByteBuffer image, long offset) throws IOException {
    if (closed) {
      throw new ClosedChannelException();
    }
    if (channel == null) {
      channel = create(path);
    }
    long start = offset - image.position();
    boolean interrupted = false;
    try {
      while (image.hasRemaining()) {
        try {
          channel.write(image, start + image.position());
        } catch (ClosedChannelException e) {
          if (closed) {
            throw e;
          }
          interrupted |= Thread.interrupted();
          channel = FileChannel.open(path, StandardOpenOption.WRITE);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Closes and deletes the file; the session is over. */
  void delete() throws IOException {
    closed = true;
    try {
      if (channel != null) {
        channel.close();
      }
    } finally {
      Files.deleteIfExists(path);
    }
  }
}
