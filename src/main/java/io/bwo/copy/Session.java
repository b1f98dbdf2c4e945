package io.bwo.copy;

import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The state of one concurrent copy session: a bit per CI for "copied", and for each CI preserved
 * but not yet copied, its slot in the side file.
 *
 * <p>Why the image is exact (design.md, "Concurrent copy that keeps I1 at full speed"). The
 * session is established while the system is frozen and quiet (a prepared session, when its
 * {@link Batch} is: until then it preserves nothing), so every write before it is in the data file
 * and every write after it passes through {@link #beforeOverwrite} first, under the
 * CI's write lock, before it touches the data file. There, a CI neither copied nor preserved has
 * its current content, which is still its point-in-time content, saved to the side file, and only
 * then is it marked preserved; the caller writes after that. The reader reads a range of live CIs
 * first and calls {@link #completeRange} after: for each CI of the range, either the mark was set
 * before completeRange took this lock, and the reader takes the side-file image whatever its live
 * read saw, or it was not, and then no write to that CI had started when the reader read it (a
 * write starts only after the mark), so the live read was the point-in-time content;
 * completeRange marks the range copied in the same locked step, so later writes preserve nothing
 * there. Side-file slots are written once and complete before they are marked, so the reader may
 * read them after the lock is released.
 *
 * <p>Memory: the copied bits (one per CI) and pages of 1,024 slot numbers that exist only while
 * they hold a preserved, uncopied CI. Shared by writer threads and the reader: synchronized.
 */
final class Session {
  private static final int PAGE_SHIFT = 10;
  private static final int PAGE_SIZE = 1 << PAGE_SHIFT;

  private final CopySession info;
  private final SideFile sideFile;
  private final Batch batch;
  private final BitSet copied;
  /** Slot number plus one of each preserved, uncopied CI; 0 for none. */
  private final int[][] slotPages;
  private final int[] livePerPage;
  private final ByteBuffer image;
  private int slotsUsed;
  private Message endedBecause;

  Session(CopySession info, SideFile sideFile, Batch batch) {
    this.info = info;
    this.sideFile = sideFile;
    this.batch = batch;
    this.copied = new BitSet((int) info.cis());
    int pages = (int) ((info.cis() + PAGE_SIZE - 1) >>> PAGE_SHIFT);
    this.slotPages = new int[pages][];
    this.livePerPage = new int[pages];
    this.image = ByteBuffer.allocate(info.ciSize());
  }

  CopySession info() {
    return info;
  }

  /**
   * Saves CI {@code ci}'s current content to the side file if the session still needs it; the
   * caller holds the CI's write lock and writes the CI only after this returns.
   */
  synchronized void beforeOverwrite(long ci, ConcurrentCopySessions.CurrentImage current)
      throws IOException {
    if (!batch.established || endedBecause != null || ci >= info.cis() || copied.get((int) ci)
        || slot(ci) != 0) {
      return;
    }
    image.clear();
    current.read(ci, image);
    image.flip();
    sideFile.write(image, (long) slotsUsed * info.ciSize());
    slotsUsed++;
    setSlot(ci, slotsUsed);
  }

  /** See {@link ConcurrentCopyHost#completeRange}. */
  synchronized PreservedCis completeRange(long firstCi, int count) {
    if (endedBecause != null) {
      throw new BwoException(endedBecause);
    }
    if (!batch.established) {
      throw BwoException.of(Msg.BWO302E, info.id());
    }
    long end = firstCi + count;
    if (firstCi < 0 || count < 0 || end > info.cis() || anyCopied(firstCi, end)) {
      throw BwoException.of(
          Msg.BWO303E, firstCi, end - 1, info.id(), info.dsn(), info.cis());
    }
    List<PreservedCis.Image> images = new ArrayList<>();
    for (long ci = firstCi; ci < end; ci++) {
      int[] page = slotPages[(int) (ci >>> PAGE_SHIFT)];
      if (page == null) {
        ci |= PAGE_SIZE - 1; // skip the rest of an empty page
        continue;
      }
      int s = page[(int) (ci & (PAGE_SIZE - 1))];
      if (s != 0) {
        images.add(new PreservedCis.Image(ci, (long) (s - 1) * info.ciSize()));
        setSlot(ci, 0);
      }
    }
    copied.set((int) firstCi, (int) end);
    return new PreservedCis(images);
  }

  /**
   * Ends the session, deletes its side file, and returns how many CIs it preserved; a later
   * {@link #completeRange} fails with {@code because}.
   */
  synchronized int end(Message because) throws IOException {
    fail(because);
    sideFile.delete();
    return slotsUsed;
  }

  /** Stops the session, keeping its side file until it is ended: completeRange reports why. */
  synchronized void fail(Message because) {
    if (endedBecause == null) {
      endedBecause = because;
    }
  }

  synchronized boolean ended() {
    return endedBecause != null;
  }

  private boolean anyCopied(long from, long to) {
    int next = from < to ? copied.nextSetBit((int) from) : -1;
    return next >= 0 && next < to;
  }

  private int slot(long ci) {
    int[] page = slotPages[(int) (ci >>> PAGE_SHIFT)];
    return page == null ? 0 : page[(int) (ci & (PAGE_SIZE - 1))];
  }

  private void setSlot(long ci, int slotPlusOne) {
    int p = (int) (ci >>> PAGE_SHIFT);
    if (slotPages[p] == null) {
      slotPages[p] = new int[PAGE_SIZE];
    }
    slotPages[p][(int) (ci & (PAGE_SIZE - 1))] = slotPlusOne;
    livePerPage[p] += slotPlusOne == 0 ? -1 : 1;
    if (livePerPage[p] == 0) {
      slotPages[p] = null;
    }
  }
}
