package io.bwo.platform;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The temporary file a dump to a local file is written under until it is published: {@code
 * <file>.<8 hex digits>.tmp}, a name of its own for each dump, held locked by its writer.
 *
 * <p>Why a name of its own. With one {@code <file>.tmp} for every dump of the file, two runs
 * dumping to the same file at once deleted and renamed each other's temporary file by its name,
 * and one published the other's half-written dump (found by a chaos audit: 3 tries of 3). A name
 * of its own is only ever written, renamed or deleted by its writer, or by {@link #claim} once its
 * writer is dead.
 *
 * <p>Why locked. {@link #claim} removes the temporary files of dumps whose writer died (a killed
 * step), which it tells from a live one's by their lock: the lock goes with the process. A live
 * one means another run is writing this dump now, and the claim is refused (BWO013E), as z/OS
 * would not give two jobs the same data set for output at once.
 */
public final class DumpTemporary {
  private static final String SUFFIX = ".tmp";

  private DumpTemporary() {}

  /**
   * A new temporary name for a dump published as {@code file}, once the temporary files left by
   * dumps of {@code file} whose writers died are removed; BWO013E for DD {@code dd} if another
   * process is writing one.
   */
  static Path claim(String dd, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    for (Path t : temporaries(file)) {
      if (!removeIfAbandoned(t)) {
        throw BwoException.of(Msg.BWO013E, dd, file, t.getFileName());
      }
    }
    String tag = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    // Absolute: the run journal keeps it for a re-run, which may start elsewhere.
    return dir.resolve(file.getFileName() + "." + tag + SUFFIX);
  }

  /**
   * Removes the temporary files of dumps of {@code file} whose writers died, as a job that
   * settles a dead job's data sets does; one that a live process writes stays.
   */
  public static void removeAbandoned(Path file) throws IOException {
    for (Path t : temporaries(file)) {
      removeIfAbandoned(t);
    }
  }

  private static List<Path> temporaries(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Pattern ours = Pattern.compile(Pattern.quote(file.getFileName().toString())
        + "(\\.[0-9a-f]{8})?" + Pattern.quote(SUFFIX));
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir,
        p -> ours.matcher(p.getFileName().toString()).matches())) {
      List<Path> found = new ArrayList<>();
      siblings.forEach(found::add);
      return found;
    } catch (NoSuchFileException e) {
      return List.of(); // no directory yet: nothing left in it
    }
  }

  /**
   * Locks {@code channel}, the temporary file just created, for as long as it is open; a file
   * already locked (by a process that took the same name in the meantime) is an IOException.
   */
  static FileLock lock(FileChannel channel, Path temporary) throws IOException {
    FileLock lock = channel.tryLock();
    if (lock == null) {
      throw new IOException(temporary + " is locked by another process");
    }
    return lock;
  }

  /** Deletes {@code temporary} unless a live process holds its lock; false if one does. */
  private static boolean removeIfAbandoned(Path temporary) throws IOException {
    try (FileChannel ch = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // this process writes it
      }
      if (lock == null) {
        return false;
      }
      // Its writer is dead: nothing else writes, renames or deletes a name of its own.
      Files.deleteIfExists(temporary);
    } catch (NoSuchFileException e) {
      // Gone since the listing: published or removed by its writer.
    }
    return true;
  }
}
