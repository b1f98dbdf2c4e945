package io.bwo.dss;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Forces;
import io.bwo.dump.DumpEvent;
import io.bwo.dump.DumpReader;
import io.bwo.platform.DirectIo;
import io.bwo.platform.BlockWriter;
import io.bwo.platform.PageAligned;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.zip.CRC32C;

/**
 * One data set on its way back from a dump: a temporary file beside its data file
 * ({@code <DSN>.data.rst}), written at the offsets of the reader's checked chunks. {@link
 * #complete()} checks that every CI arrived; {@link Writes#settle} then waits for its writes,
 * checks its size and closes it (and forces it, if it went through the page cache) in a thread
 * of its own while the next data sets are written, and {@link #finish} forces it where that is
 * still to do and reads it back: its {@link Fingerprint} must be that of the chunks, which the
 * reader checked against the dump's CRC32Cs and the data set's digest, so the file holds what
 * the dump holds before it may replace anything. A force right after each data set's writes, in
 * the reading thread, made the restore wait for the disk once per data set (about 2.1 s instead
 * of 0.4 s for 16 files of 32 MiB here); so did waiting there for its last writes, with nothing
 * in flight while it waited.
 *
 * <p>Where {@link DirectIo#forRestore} says so (a data set of 4 MiB or more), the file system
 * allows it and the data set's CIs fall on its blocks, the file is written with direct I/O from
 * the page-aligned buffer the chunk was copied into after the reader checked it, and is
 * <em>not</em> read back: a read-back would read the disk itself, as long again as the
 * writes, where through the page cache it reads only memory (and so never checked the disk
 * either). Its size is still checked. Otherwise it goes through the page cache, forced as it is
 * complete and, while the applications of ONLINE segments commit (their log forces on the same
 * disk would wait behind it), in stretches of {@link Writes#STRETCH} bytes: see {@link Writes}.
 *
 * <p>Memory: one read-back buffer and the 4 MiB of {@link Writes}, whatever the size of the data
 * set; no file stays open between its settling and {@code finish}. Used by one thread at a time,
 * handed over between them with a happens-before (a Future); its writes run in the threads of
 * {@link Writes}, and {@link #settle()} waits for them.
 */
final class StagedDataSet implements AutoCloseable {
  /** The suffix of a temporary file: {@code <DSN>.data.rst}. */
  static final String SUFFIX = ".rst";

  private static final int READ_BACK = 1 << 20;
  private static final int STAGING = 1 << 20;

  private final CatalogEntry entry;
  private final Path file;
  private final FileChannel channel;
  /** Written with direct I/O: its bytes went from the checked buffers straight to the disk. */
  private final boolean direct;
  /** Where its chunks are written from, shared with the other staged data sets. */
  private final Writes writes;
  private final Fingerprint written = new Fingerprint();
  /** The first write of this data set that failed. */
  private final AtomicReference<IOException> failure = new AtomicReference<>();
  private final Consumer<IOException> failed = e -> failure.compareAndSet(null, e);
  /** Its writes handed over and not yet done (guarded by this). */
  private int inFlight;
  private long nextCi;
  private byte[] fingerprint;
  private boolean settled;
  private boolean forced;

  private StagedDataSet(CatalogEntry entry, Path file, FileChannel channel, boolean direct,
      Writes writes) {
    this.entry = entry;
    this.file = file;
    this.channel = channel;
    this.direct = direct;
    this.writes = writes;
  }

  /** The temporary file of the data file {@code dataFile}. */
  static Path temporaryFile(Path dataFile) {
    return dataFile.resolveSibling(dataFile.getFileName() + SUFFIX);
  }

  /**
   * Starts the temporary file of {@code dataFile} for {@code entry}, anew: a file left there is
   * removed, and the new one is created without following links, so nothing outside the
   * catalog's data directory is ever written.
   */
  static StagedDataSet create(CatalogEntry entry, Path dataFile, Writes writes)
      throws IOException {
    Path tmp = temporaryFile(dataFile);
    Files.deleteIfExists(tmp);
    DirectIo.Aligned d = writes.direct.test(entry.sizeBytes())
        ? DirectIo.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS)
        : null;
    if (d != null && entry.ciSize() % d.alignment() == 0 && STAGING % d.alignment() == 0) {
      return new StagedDataSet(entry, tmp, d.channel(), true, writes);
    }
    if (d != null) {
      // Its CIs do not fall on the file system's blocks: through the page cache.
      d.channel().close();
      Files.delete(tmp);
    }
    FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    return new StagedDataSet(entry, tmp, ch, false, writes);
  }

  /** Whether the file is written with direct I/O (and so not read back, see {@link #finish}). */
  boolean direct() {
    return direct;
  }

  /** Whether the file has been forced to disk yet. */
  boolean forced() {
    return forced;
  }

  /** The entry the data set is restored with. */
  CatalogEntry entry() {
    return entry;
  }

  /** The temporary file. */
  Path file() {
    return file;
  }

  /**
   * Writes a chunk, which must follow the previous one (the reader checks the order), through
   * its {@link Writes}: the chunk's bytes are copied into one of its page-aligned buffers (the
   * kernel takes them several times faster from such a buffer than from the JDK's own temporary
   * one, {@link PageAligned}) and written from there by one of its threads, while the reader
   * checks the next chunk. A failed write fails the data set's {@link #settle()}, and so its
   * force or {@link #finish}.
   */
  void write(DumpEvent.Chunk chunk) throws IOException {
    write(chunk, c -> Optional.empty());
  }

  /**
   * As {@link #write(DumpEvent.Chunk)}, from the chunk's own buffer where {@code claim} gives it
   * (one of {@link Writes#chunkBuffers()}, which the reader read the chunk into): written as it
   * is, with nothing copied.
   */
  void write(DumpEvent.Chunk chunk, Function<DumpEvent.Chunk, Optional<ByteBuffer>> claim)
      throws IOException {
    if (chunk.firstCi() != nextCi) {
      throw new IOException("chunk at CI " + chunk.firstCi() + " where CI " + nextCi
          + " was expected");
    }
    written.update(chunk.data().duplicate(), chunk.crc());
    long at = chunk.firstCi() * entry.ciSize();
    Optional<ByteBuffer> own = claim.apply(chunk);
    if (own.isPresent()) {
      submit(own.get(), at);
    } else {
      ByteBuffer data = chunk.data().duplicate();
      while (data.hasRemaining()) {
        ByteBuffer buffer = writes.blocks.take();
        int n = Math.min(data.remaining(), buffer.capacity());
        buffer.put(data.slice(data.position(), n)).flip();
        data.position(data.position() + n);
        submit(buffer, at);
        at += n;
      }
    }
    nextCi += chunk.ciCount();
  }

  /** Hands {@code buffer}, one of {@link Writes}'s, to its threads to write at {@code at}. */
  private void submit(ByteBuffer buffer, long at) throws IOException {
    int n = buffer.remaining();
    synchronized (this) {
      inFlight++;
    }
    if (direct) {
      writes.blocks.write(channel, buffer, at, failed, this::written);
    } else {
      writes.blocks.writePaged(channel, buffer, at, failed, this::written);
      writes.paged(channel, n);
    }
  }

  private synchronized void written() {
    inFlight--;
    notifyAll();
  }

  /** Waits for this data set's writes in flight; the first of them that failed is thrown. */
  private void awaitWrites() throws IOException {
    synchronized (this) {
      while (inFlight > 0) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for the temporary file's writes", e);
        }
      }
    }
    IOException f = failure.get();
    if (f != null) {
      throw new IOException("writing the temporary file failed: " + f.getMessage(), f);
    }
  }

  /**
   * How the data sets of one restore are written: with direct I/O or not ({@link
   * DirectIo#forRestore}); by a {@link BlockWriter} that writes every chunk from its page-aligned
   * buffers in threads of its own (3 MiB in flight at most); threads that settle each complete
   * data set ({@link #settle}) and force it if it went through the page cache, {@link
   * #SIDE_BY_SIDE} at a time; and one that forces, while the applications of ONLINE segments
   * commit, every {@link #STRETCH} bytes written through the page cache, the files still being
   * written.
   *
   * <p>Paced by those commits (the online system's redo-log forces, looked at every {@link
   * #STRETCH} bytes): each of their log forces makes the disk persist what is dirty first, so
   * while they come little may be; while they do not, nobody but the restore waits for its
   * pages, and forcing them in stretches only held its pass to the disk's pace (1 GiB here:
   * 1.09-1.32 s of pass in 32 MiB stretches, 0.75-0.93 s with none; bench/README.md,
   * twenty-first and twenty-second rounds). A system that cannot say counts as committing.
   *
   * <p>Bounded: when a stretch is due and the previous one is still being forced, the reading
   * thread waits for it, so that about two stretches at most are dirty in the page cache. A
   * stretch's force first waits for the forces of the data sets completed before it, so waiting
   * for the last stretch waits for them too. (A dump written through the page cache ran at
   * 0.72x-0.80x of cp forced every 4 MiB, at 0.93x-0.99x in 32 MiB stretches: bench/README.md,
   * thirteenth round.)
   *
   * <p>The complete data sets are forced {@link #SIDE_BY_SIDE} at a time: the file system commits
   * its journal once for the forces that wait together, where one after the other each paid for
   * its own commit (a 256 MiB RESTORE of 16 data sets, two sets of 10 rounds: pass and commits
   * shorter by a median of 15 and 31.5 ms; bench/README.md, twenty-eighth round).
   */
  static final class Writes implements AutoCloseable {
    /**
     * How many bytes written through the page cache make a stretch to force while the
     * applications commit, and how often the restore looks whether they do.
     */
    static final long STRETCH = 32L << 20;
    /** How many complete data sets are forced at once. */
    static final int SIDE_BY_SIDE = 3;
    private static final int IN_FLIGHT = 3;

    private final BlockWriter blocks =
        new BlockWriter("bwo-restore-writer", IN_FLIGHT, STAGING, PageAligned.PAGE);
    /** Forces the stretches, one after the other. */
    private final ExecutorService forcer = daemons("bwo-restore-stretch", 1);
    /** Settles the complete data sets, and forces those written through the page cache. */
    private final ExecutorService settlers = daemons("bwo-restore-force", SIDE_BY_SIDE);
    private final Force force;
    /** The settlings not yet waited for by a stretch; the reading thread's. */
    private final List<Future<?>> settling = new ArrayList<>();
    /**
     * Whether a data set of so many bytes is staged with direct I/O where the file system allows
     * it.
     */
    private final LongPredicate direct;
    /** The online system's redo-log forces, as of its last answer; {@link #refresh} asks. */
    private final LongSupplier logForces;
    private final Runnable refresh;
    /** The files written through the page cache since the last stretch was forced. */
    private final Set<FileChannel> dirty = new LinkedHashSet<>();
    private Future<?> stretch = CompletableFuture.completedFuture(null);
    private long logForcesSeen;
    private long unforced;
    private long nextLook = STRETCH;
    private long stretches;

    /** The way {@link DirectIo} says, for a system whose applications never commit. */
    Writes() {
      this(() -> 0, () -> {});
    }

    /**
     * Every data set with direct I/O where the file system allows it, or every one through the
     * page cache, for a system whose applications never commit.
     */
    Writes(boolean direct) {
      this(bytes -> direct, () -> 0, () -> {}, StagedDataSet::force);
    }

    /**
     * Each data set the way {@link DirectIo#forRestore} says for its size, those through the page
     * cache paced by {@code logForces}, which {@code refresh} brings up to date.
     */
    Writes(LongSupplier logForces, Runnable refresh) {
      this(DirectIo::forRestore, logForces, refresh, StagedDataSet::force);
    }

    /**
     * A data set of so many bytes with direct I/O where {@code direct} says so and the file system
     * allows it, the others through the page cache paced by {@code logForces}, which {@code
     * refresh} brings up to date, each forced by {@code force} once complete.
     */
    Writes(LongPredicate direct, LongSupplier logForces, Runnable refresh, Force force) {
      this.direct = direct;
      this.force = force;
      this.logForces = logForces;
      this.refresh = refresh;
      this.logForcesSeen = logForces.getAsLong();
    }

    /**
     * Counts {@code bytes} more handed over for {@code channel} through the page cache; every
     * {@link #STRETCH} bytes, looks whether the applications commit, and while they do, waits for
     * the previous stretch to be forced and starts the next.
     */
    private void paged(FileChannel channel, long bytes) throws IOException {
      dirty.add(channel);
      unforced += bytes;
      if (unforced < nextLook) {
        return;
      }
      nextLook = unforced + STRETCH;
      if (!committing()) {
        return;
      }
      await(stretch);
      List<FileChannel> files = List.copyOf(dirty);
      dirty.clear();
      List<Future<?>> before = List.copyOf(settling);
      settling.clear();
      unforced = 0;
      nextLook = STRETCH;
      stretches++;
      stretch = forcer.submit(() -> {
        for (Future<?> f : before) {
          await(f);
        }
        for (FileChannel f : files) {
          try {
            f.force(false);
          } catch (IOException e) {
            // Closed since (its data set is complete, and forced in turn) or failing: the
            // data set's own force meets the failure and reports it.
          }
        }
        return null;
      });
    }

    /**
     * The buffers the chunks are written from, for the dump's reader to read them into ({@link
     * DumpReader#lendFrom}).
     */
    DumpReader.ChunkBuffers chunkBuffers() {
      return new DumpReader.ChunkBuffers() {
        @Override
        public int capacity() {
          return blocks.blockBytes();
        }

        @Override
        public ByteBuffer lend() throws IOException {
          return blocks.take();
        }

        @Override
        public void giveBack(ByteBuffer buffer) {
          blocks.giveBack(buffer);
        }
      };
    }

    /** How many stretches were started. */
    long stretches() {
      return stretches;
    }

    /**
     * Whether the online system forced its redo log since the last look: the applications commit.
     * One that cannot be asked counts as committing, the bounded way.
     */
    private boolean committing() {
      try {
        refresh.run();
      } catch (RuntimeException e) {
        return true;
      }
      long forces = logForces.getAsLong();
      boolean grew = forces != logForcesSeen;
      logForcesSeen = forces;
      return grew;
    }

    /**
     * Settles the {@link #complete()} data set {@code s} in a thread of its own, {@link
     * #SIDE_BY_SIDE} at a time, and forces it there if it went through the page cache (a stretch
     * started after this waits for it); the Future ends when that is done, and fails with
     * the IOException that says what does not hold. One written with direct I/O is forced by
     * {@link #finish}, once the pass is over: its bytes are on the disk already, but a force
     * also empties the disk's own write cache, and one per data set during the pass stalled the
     * writes that followed it (16 files of 16 MiB written directly here: 387-392 ms forced one
     * by one, 328-354 ms forced after the last).
     */
    Future<?> settle(StagedDataSet s) {
      dirty.remove(s.channel);
      Future<?> f = settlers.submit(() -> {
        s.settle();
        if (!s.direct) {
          force.force(s);
        }
        return null;
      });
      settling.removeIf(Future::isDone);
      settling.add(f);
      return f;
    }

    /** What forces a complete data set written through the page cache. */
    interface Force {
      void force(StagedDataSet s) throws IOException;
    }

    private static ExecutorService daemons(String name, int threads) {
      return Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
      });
    }

    private static void await(Future<?> f) throws IOException {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while the temporary files were forced", e);
      } catch (ExecutionException e) {
        // Only IOExceptions are thrown, and caught inside.
      }
    }

    /**
     * Stops the forcing and settling threads, interrupting a force still running, then waits
     * for the writes in flight and stops their threads.
     */
    @Override
    public void close() {
      forcer.shutdownNow();
      settlers.shutdownNow();
      try {
        forcer.awaitTermination(1, TimeUnit.MINUTES);
        settlers.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      blocks.close();
    }
  }

  /**
   * Checks that every CI arrived, once the reader has checked the data set's end; an IOException
   * says what does not hold. Its writes may still be in flight: {@link #settle()} waits for them.
   */
  void complete() throws IOException {
    if (nextCi != entry.cis()) {
      throw new IOException("the temporary file holds " + nextCi + " of " + entry.cis()
          + " CIS");
    }
    fingerprint = written.value();
  }

  /**
   * Waits for the {@link #complete()} data set's writes, checks them and the file's size, and
   * closes the file, not yet forced; once. An IOException says what does not hold, and the file
   * is closed either way.
   */
  private void settle() throws IOException {
    if (fingerprint == null) {
      throw new IllegalStateException(file + " is not complete");
    }
    if (settled) {
      return;
    }
    try (channel) {
      awaitWrites();
      if (channel.size() != entry.sizeBytes()) {
        throw new IOException("the temporary file holds " + channel.size() + " of "
            + entry.sizeBytes() + " bytes");
      }
    }
    settled = true;
  }

  /**
   * Forces the settled file to disk, so that {@link #finish} need not: {@link Writes#settle}
   * calls it in a thread of its own while the next data sets are written (a file written through
   * the page cache), and {@link #forceAll} once the pass is over (one written directly).
   */
  void force() throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ,
        LinkOption.NOFOLLOW_LINKS)) {
      ch.force(true);
    }
    forced = true;
  }

  /**
   * Forces side by side ({@link Forces}) each of {@code sets} that is settled and not forced yet,
   * so that {@link #finish} need not force them one after the other (with the catalog entries'
   * forces, also side by side, a 1,000-data-set RESTORE's commits took 522-596 ms here instead of
   * 547-779). One whose settling or force failed is left to {@code finish}, which forces it again
   * and says what does not hold.
   */
  static void forceAll(Collection<StagedDataSet> sets) {
    List<StagedDataSet> due = sets.stream().filter(s -> s.settled && !s.forced).toList();
    try {
      Forces.all(due, StagedDataSet::force);
    } catch (IOException e) {
      // Each failing data set is forced again by its finish(), which reports it.
    }
  }

  /**
   * A buffer for {@link #finish}: direct, so that reading back copies nothing more, and page
   * aligned ({@link PageAligned}: 7 times faster here than a plain direct buffer).
   */
  static ByteBuffer readBackBuffer() {
    return PageAligned.allocate(READ_BACK);
  }

  /**
   * {@link #settle()}s the {@link #complete()} file and forces it to disk (unless {@link
   * #force()} did), and reads it back through {@code buf} (from {@link #readBackBuffer()})
   * against the chunks' fingerprint; an IOException says what does not hold.
   */
  void finish(ByteBuffer buf) throws IOException {
    settle();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      if (!forced) {
        ch.force(true);
        forced = true;
      }
      if (direct) {
        // Its bytes went from the buffers the chunks were checked in straight to the disk: a
        // read-back would read the disk itself, as long again as the writes (see the class).
        if (ch.size() != entry.sizeBytes()) {
          throw new IOException("the temporary file holds " + ch.size() + " of "
              + entry.sizeBytes() + " bytes");
        }
        return;
      }
      Fingerprint read = new Fingerprint();
      for (long at = 0; at < entry.sizeBytes(); ) {
        buf.clear();
        int n = ch.read(buf, at);
        if (n < 0) {
          throw new IOException("the temporary file ends at byte " + at);
        }
        buf.flip();
        read.update(buf);
        at += n;
      }
      if (!MessageDigest.isEqual(read.value(), fingerprint)) {
        throw new IOException("the temporary file does not read back as the dump's data");
      }
    }
  }

  /** Closes and deletes the temporary file: the target was not touched. */
  void discard() {
    try {
      awaitWrites();
    } catch (IOException e) {
      // Discarded either way: its failure no longer matters.
    }
    close();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Debris at worst: the next restore removes temporary files before it starts.
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing written depends on closing: finish() forces what counts.
    }
  }

  /**
   * A fingerprint of a byte stream that does not depend on how the stream is cut: the CRC32C of
   * each 1 MiB block, all fed to a SHA-256. Each block is checked as strongly as the dump checks
   * a chunk, at the speed of CRC32C rather than of SHA-256 over the data.
   */
  private static final class Fingerprint {
    private static final int BLOCK = 1 << 20;

    private final MessageDigest blocks;
    private final CRC32C crc = new CRC32C();
    private final ByteBuffer crcBytes = ByteBuffer.allocate(Integer.BYTES);
    private int inBlock;

    Fingerprint() {
      try {
        blocks = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }

    /**
     * Adds the remaining bytes of {@code data}, whose CRC32C is {@code crc}: a chunk that is one
     * whole block, as a dump's chunks are by default (1 MiB), adds its CRC as it is; the reader
     * has just checked it against these bytes, so computing it again would only spend a pass
     * over the data in the reading thread, the restore's busiest.
     */
    void update(ByteBuffer data, int crc) {
      if (inBlock == 0 && data.remaining() == BLOCK) {
        addBlock(crc);
        data.position(data.limit());
        return;
      }
      update(data);
    }

    /** Adds the remaining bytes of {@code data}, consuming them. */
    void update(ByteBuffer data) {
      while (data.hasRemaining()) {
        int n = Math.min(data.remaining(), BLOCK - inBlock);
        ByteBuffer part = data.slice(data.position(), n);
        crc.update(part);
        data.position(data.position() + n);
        inBlock += n;
        if (inBlock == BLOCK) {
          endBlock();
        }
      }
    }

    /** The fingerprint of everything added. */
    byte[] value() {
      if (inBlock > 0) {
        endBlock();
      }
      return blocks.digest();
    }

    private void endBlock() {
      addBlock((int) crc.getValue());
      crc.reset();
      inBlock = 0;
    }

    private void addBlock(int blockCrc) {
      blocks.update(crcBytes.clear().putInt(blockCrc).flip());
    }
  }
}
