package io.bwo.dss;

import io.bwo.catalog.CatalogEntry;
import io.bwo.dump.DumpEvent;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32C;

/**
 * One data set on its way back from a dump: a temporary file beside its data file
 * ({@code <DSN>.data.rst}), written at the offsets of the reader's checked chunks. {@link
 * #complete()} checks that every CI arrived and closes it, without forcing it; {@link #finish}
 * forces it and reads it back: its {@link Fingerprint} must be that of the chunks, which the
 * reader checked against the dump's CRC32Cs and the data set's digest, so the file holds what
 * the dump holds before it may replace anything. Forcing only in {@code finish}, once every
 * data set is written, lets the disk take all the data at once: a force right after each data
 * set's writes made the restore wait for the disk once per data set (about 2.1 s instead of
 * 0.4 s for 16 files of 32 MiB here).
 *
 * <p>Where the file system allows it and the data set's CIs fall on its blocks, the file is
 * written with direct I/O ({@link DirectIo}) from the page-aligned buffer the chunk was copied
 * into after the reader checked it, and is <em>not</em> read back: a read-back would read the
 * disk itself, as long again as the writes, where through the page cache it reads only memory
 * (and so never checked the disk either). Its size is still checked after its force. Writing
 * through the page cache made RESTORE fill hundreds of MiB of new page-cache pages, which on a VM
 * that hands free memory back to its host ran 3 to 8 times slower than the disk (bench/README.md,
 * "Memory temperature").
 *
 * <p>Memory: one read-back buffer and the 5 MiB of {@link Writes}, whatever the size of the
 * data set; no file stays open between {@code complete()} and {@code finish}. Not thread-safe:
 * used by one thread at a time, handed over between them with a happens-before (a Future); its
 * direct writes run in the threads of {@link Writes}, and {@link #complete()} waits for them.
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
  /** The first direct write of this data set that failed. */
  private final AtomicReference<IOException> failure = new AtomicReference<>();
  private long nextCi;
  private byte[] fingerprint;
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
    DirectIo.Aligned d = DirectIo.open(tmp, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
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
   * its {@link Writes}: the chunk's bytes are copied into one of its page-aligned buffers (the kernel
   * takes them several times faster from such a buffer than from the JDK's own temporary one,
   * {@link PageAligned}) and written from there; with direct I/O by one of its threads, while
   * the reader checks the next chunk. A failed write fails {@link #complete()}.
   */
  void write(DumpEvent.Chunk chunk) throws IOException {
    if (chunk.firstCi() != nextCi) {
      throw new IOException("chunk at CI " + chunk.firstCi() + " where CI " + nextCi
          + " was expected");
    }
    ByteBuffer data = chunk.data().duplicate();
    written.update(chunk.data().duplicate());
    long at = chunk.firstCi() * entry.ciSize();
    while (data.hasRemaining()) {
      ByteBuffer buffer = direct ? writes.blocks.take() : writes.own.clear();
      int n = Math.min(data.remaining(), buffer.capacity());
      buffer.put(data.slice(data.position(), n)).flip();
      data.position(data.position() + n);
      if (direct) {
        writes.blocks.write(channel, buffer, at, e -> failure.compareAndSet(null, e));
      } else {
        for (long p = at; buffer.hasRemaining(); ) {
          p += channel.write(buffer, p);
        }
      }
      at += n;
    }
    nextCi += chunk.ciCount();
  }

  /**
   * Waits for the direct writes in flight (of every data set: 3 MiB at most); the first of this
   * data set's that failed is thrown.
   */
  private void awaitWrites() throws IOException {
    if (direct) {
      writes.blocks.awaitWritten();
    }
    IOException f = failure.get();
    if (f != null) {
      throw new IOException("writing the temporary file failed: " + f.getMessage(), f);
    }
  }

  /**
   * Where the chunks of every staged data set are written from: one page-aligned buffer for
   * writes through the page cache, made in the reading thread, and a {@link BlockWriter} for
   * direct writes (3 MiB in flight at most).
   */
  static final class Writes implements AutoCloseable {
    private static final int IN_FLIGHT = 3;

    private final ByteBuffer own = PageAligned.allocate(STAGING);
    private final BlockWriter blocks =
        new BlockWriter("bwo-restore-writer", IN_FLIGHT, STAGING, PageAligned.PAGE);

    /** Waits for the writes in flight, then stops the threads. */
    @Override
    public void close() {
      blocks.close();
    }
  }

  /**
   * Checks that every CI arrived and closes the file, not yet forced; an IOException says what
   * does not hold, and the file is closed either way.
   */
  void complete() throws IOException {
    try (channel) {
      awaitWrites();
      if (nextCi != entry.cis() || channel.size() != entry.sizeBytes()) {
        throw new IOException("the temporary file holds " + nextCi + " of " + entry.cis()
            + " CIS, " + channel.size() + " of " + entry.sizeBytes() + " bytes");
      }
    }
    fingerprint = written.value();
  }

  /**
   * Forces the {@link #complete()} file to disk, so that {@link #finish} need not: the restore
   * calls it in a thread of its own while it writes the next data sets, and hands the data set
   * back (through a Future) before {@code finish}.
   */
  void force() throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ,
        LinkOption.NOFOLLOW_LINKS)) {
      ch.force(true);
    }
    forced = true;
  }

  /**
   * A buffer for {@link #finish}: direct, so that reading back copies nothing more, and page
   * aligned ({@link PageAligned}: 7 times faster here than a plain direct buffer).
   */
  static ByteBuffer readBackBuffer() {
    return PageAligned.allocate(READ_BACK);
  }

  /**
   * Forces the {@link #complete()} file to disk (unless {@link #force()} did) and reads it back
   * through {@code buf} (from {@link #readBackBuffer()}) against the chunks' fingerprint; an
   * IOException says what does not hold.
   */
  void finish(ByteBuffer buf) throws IOException {
    if (fingerprint == null) {
      throw new IllegalStateException(file + " is not complete");
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      if (!forced) {
        ch.force(true);
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
      blocks.update(crcBytes.clear().putInt((int) crc.getValue()).flip());
      crc.reset();
      inBlock = 0;
    }
  }
}
