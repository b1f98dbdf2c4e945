package io.bwo.dss;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bwo.catalog.AtomicWrite;
import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Puts restored data sets in place so that a restore killed at any moment leaves each target as
 * it was or fully restored, and makes the next restore finish the job.
 *
 * <p>A data set is committed in this order: its temporary file is complete, forced and checked
 * ({@link StagedDataSet}); the <em>intent</em>, the entry it is restored with, is written
 * atomically to {@code .bwo/restore/<DSN>.json}: from here on the restore of the data set will
 * happen; the temporary file is renamed over the data file (atomic); the segment is defined
 * OFFLINE if it is new; the entry is put (atomic); the intent is deleted. Killed before the
 * intent, the target is as it was and a temporary file is left; killed after it, the target is
 * as it was, or has its new data under its old entry. {@link #recover} at the start of the next
 * RESTORE settles both: each intent is carried out to its end (rename if the temporary file is
 * still there, segment, entry), then every temporary file without an intent is deleted.
 *
 * <p>One restore at a time per catalog: the journal holds an exclusive lock on
 * {@code .bwo/restore.lock} while it is open. Not thread-safe.
 */
final class RestoreJournal implements AutoCloseable {
  /** What {@link #recover} did. */
  record Recovery(int completed, int removed) {
    boolean any() {
      return completed > 0 || removed > 0;
    }
  }

  private static final String INTENT_SUFFIX = ".json";

  private final Catalog catalog;
  private final Path intents;
  private final FileChannel lockFile;
  private final FileLock lock;
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private RestoreJournal(Catalog catalog, Path intents, FileChannel lockFile, FileLock lock) {
    this.catalog = catalog;
    this.intents = intents;
    this.lockFile = lockFile;
    this.lock = lock;
  }

  /** Opens the journal of {@code catalog}, taking its lock: BWO818E if another restore has it. */
  static RestoreJournal open(Catalog catalog) {
    Path dir = catalog.runtimeDir().resolve("restore");
    FileChannel ch = null;
    try {
      Files.createDirectories(dir);
      ch = FileChannel.open(catalog.runtimeDir().resolve("restore.lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock l = tryLock(ch);
      if (l == null) {
        throw BwoException.of(Msg.BWO818E, catalog.root());
      }
      return new RestoreJournal(catalog, dir, ch, l);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO107E, dir, e.getMessage());
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  /**
   * Finishes what a killed restore committed and removes what it had not: BWO820E (nothing
   * done for that data set) when the segment of an interrupted restore is now ONLINE.
   */
  Recovery recover(Predicate<SegmentName> online) {
    int completed = 0;
    for (Path intent : list(intents, INTENT_SUFFIX)) {
      CatalogEntry e = read(intent);
      if (online.test(e.segment())) {
        throw BwoException.of(Msg.BWO820E, e.dsn(), e.segment());
      }
      Path tmp = StagedDataSet.temporaryFile(catalog.dataFile(e.dsn()));
      try {
        if (Files.exists(tmp)) {
          AtomicWrite.publish(tmp, catalog.dataFile(e.dsn()));
        }
      } catch (IOException x) {
        throw BwoException.of(Msg.BWO107E, tmp, x.getMessage());
      }
      defineSegment(e);
      catalog.put(e);
      delete(intent);
      completed++;
    }
    int removed = 0;
    for (Path tmp : list(catalog.dataDir(), ".data" + StagedDataSet.SUFFIX)) {
      delete(tmp);
      removed++;
    }
    return new Recovery(completed, removed);
  }

  /**
   * Puts {@code staged}, finished, in place as {@code entry.dsn()} with {@code entry}, telling
   * {@code probe} each step; returns whether the segment had to be defined (OFFLINE).
   */
  boolean commit(StagedDataSet staged, RestoreProbe probe) {
    CatalogEntry e = staged.entry();
    Path intent = intents.resolve(e.dsn().name() + INTENT_SUFFIX);
    try {
      AtomicWrite.replace(intent, JSON.writeValueAsBytes(e));
      probe.reached(RestoreProbe.Step.INTENT_WRITTEN, e.dsn());
      AtomicWrite.publish(staged.file(), catalog.dataFile(e.dsn()));
      probe.reached(RestoreProbe.Step.RENAMED, e.dsn());
    } catch (IOException x) {
      throw BwoException.of(Msg.BWO107E, catalog.dataFile(e.dsn()), x.getMessage());
    }
    boolean defined = defineSegment(e);
    probe.reached(RestoreProbe.Step.SEGMENT_DEFINED, e.dsn());
    catalog.put(e);
    probe.reached(RestoreProbe.Step.ENTRY_PUT, e.dsn());
    delete(intent);
    probe.reached(RestoreProbe.Step.DONE, e.dsn());
    return defined;
  }

  /** Releases the lock. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel below releases it too.
    }
    closeQuietly(lockFile);
  }

  /** Defines the segment of {@code e} OFFLINE if it is new; returns whether it was. */
  private boolean defineSegment(CatalogEntry e) {
    boolean define = catalog.segment(e.segment()).isEmpty();
    if (define) {
      catalog.putSegment(new SegmentDefinition(e.segment(), SegmentStatus.OFFLINE));
    }
    return define;
  }

  private CatalogEntry read(Path intent) {
    try {
      return JSON.readValue(Files.readAllBytes(intent), CatalogEntry.class);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO108E, intent, e.getMessage());
    }
  }

  private static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted().toList());
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO107E, dir, e.getMessage());
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
      AtomicWrite.forceDirectory(p.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO107E, p, e.getMessage());
    }
  }

  private static FileLock tryLock(FileChannel ch) throws IOException {
    try {
      return ch.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch == null) {
      return;
    }
    try {
      ch.close();
    } catch (IOException e) {
      // The lock goes with the process at the latest.
    }
  }
}
