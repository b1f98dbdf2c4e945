package io.bwo.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash at any moment leaves either the old content or the new, never
 * a torn file: write a temporary sibling, force it to disk, rename it over the target, then force
 * the directory so the rename itself survives.
 */
public final class AtomicWrite {
  private AtomicWrite() {}

  /** Replaces {@code target} with {@code bytes}, atomically and durably. */
  public static void replace(Path target, byte[] bytes) {
    Path tmp = temporarySibling(target);
    try {
      try (FileChannel ch =
          FileChannel.open(
              tmp,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      publish(tmp, target);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new UncheckedIOException(e);
    }
  }

  /** The name a new version of {@code target} is written under before it is published. */
  public static Path temporarySibling(Path target) {
    return target.resolveSibling(target.getFileName() + ".tmp");
  }

  /** Renames a fully written and forced {@code tmp} over {@code target} and forces the directory. */
  public static void publish(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Only file systems without atomic rename (some in-memory ones) end here.
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    forceDirectory(target.toAbsolutePath().getParent());
  }

  /** Forces a directory's entries to disk, where the platform allows opening a directory. */
  public static void forceDirectory(Path dir) {
    if (dir == null) {
      return;
    }
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms (and Jimfs) cannot open a directory; their renames are durable or moot.
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // The temporary file is debris at worst; the target is untouched.
    }
  }
}
