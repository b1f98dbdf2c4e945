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
 * <p>Written only under its session's lock. Readers open the file themselves, possibly in another
 * process; a slot is complete before the session reports it.
 */
final class SideFile {
  private final Path path;
  private FileChannel channel;
  private boolean closed;

  private SideFile(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
  }

  /** A new, empty side file at {@code path} (owner-only where the file system knows owners). */
  static SideFile create(Path path) throws IOException {
    FileChannel ch =
        FileSystems.getDefault().equals(path.getFileSystem())
                && path.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? FileChannel.open(
                path,
                java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return new SideFile(path, ch);
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
      channel.close();
    } finally {
      Files.deleteIfExists(path);
    }
  }
}
