package io.bwo.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct buffers that start on a page boundary, for bulk reads and writes of files. The kernel
 * copies between the page cache and a page-aligned user buffer several times faster than to or
 * from one at any other address (measured here: 512 MiB read back from the page cache in 40 ms
 * into a page-aligned buffer, 280 ms into a plain {@code allocateDirect} one, which is only 16-byte
 * aligned; the JDK's own temporary buffers for heap arrays are not aligned either).
 */
public final class PageAligned {
  /** The alignment: the page size of every platform bwo runs on (4 KiB; z/OS pages are 4 KiB). */
  public static final int PAGE = 4096;

  private PageAligned() {}

  /** A direct buffer of {@code bytes} bytes whose first byte is on a page boundary. */
  public static ByteBuffer allocate(int bytes) {
    return allocate(bytes, PAGE);
  }

  /**
   * As {@link #allocate(int)}, for a buffer that files are read into: the kernel has already
   * written each of its pages once, by a read of {@code /dev/zero} (Linux, z/OS UNIX, macOS; where
   * there is none it is returned as allocated, and its first reads cost what they cost). On the
   * development VM the first read(2) into a page costs more than every later one, whether or not
   * Java wrote the page first: 6-8 ms for 4 MiB against 0.4-1 ms. The slowest commits of a 256 MiB
   * OPTIMIZE(4) copy (10-33 ms) fell where its four copy threads made those first reads, right
   * after the thaw (bench/README.md, nineteenth round); a buffer made before the freeze pays for
   * it there.
   */
  public static ByteBuffer allocateForReads(int bytes) {
    return allocateForReads(bytes, Path.of("/dev/zero"));
  }

  /** As {@link #allocateForReads(int)}, the buffer filled once from {@code zeros}. */
  static ByteBuffer allocateForReads(int bytes, Path zeros) {
    ByteBuffer b = allocate(bytes);
    try (FileChannel z = FileChannel.open(zeros)) {
      ByteBuffer fill = b.duplicate();
      while (fill.hasRemaining() && z.read(fill) > 0) {
        // A device of zeros never ends; a file might.
      }
    } catch (IOException | UnsupportedOperationException none) {
      // Nothing to read zeros from: the buffer is as good, only its first reads are slower.
    }
    return b;
  }

  /**
   * A transparent huge page of Linux on x86-64 and arm64 (with 4 KiB pages): the unit in which
   * {@link #forDirectIo} lays out buffers of a megabyte and more.
   */
  static final int HUGE_PAGE = 2 << 20;

  /**
   * {@code count} direct buffers of {@code bytes} bytes each for direct I/O, each starting at a
   * multiple of {@code alignment} (the file system's block) and of a page, cut from one block of
   * memory that starts on a huge page ({@link #HUGE_PAGE}) when they come to half of one or more.
   *
   * <p>Why huge pages: a direct read or write pins the buffer's pages and hands the disk one
   * segment per physically contiguous run of them. From 4 KiB pages a 1 MiB write took two requests
   * (the virtual disk takes 254 segments a request) and the kernel pinned 256 pages; from a huge
   * page it is one request and one page. On the development VM 256 MiB written directly in 1 MiB
   * blocks and forced took 187-203 ms from huge pages against 255-337 ms (its writes 46-58 against
   * 99-164 ms), and a 256 MiB RESTORE a median of 418 against 528 ms, 8 runs each, alternating; in
   * full runs the loaded {@code OPTIMIZE(4)} dump of 256 MiB and 4 GiB went from 474-777 to 843-983
   * MB/s (bench/README.md, thirty-eighth round). Linux backs the block with huge pages where
   * transparent huge pages are {@code always} on, or {@code madvise} and the C library asks for
   * them ({@code bin/bwo} sets glibc's {@code glibc.malloc.hugetlb=1} tunable); elsewhere (z/OS,
   * macOS) the layout is all there is to it. The price: the block is rounded up to whole huge pages
   * and one more is taken to find a boundary in, all of it zeroed by the JDK (3 buffers of 1 MiB
   * take 6 MiB of memory, 4 of 2 MiB take 10).
   */
  public static List<ByteBuffer> forDirectIo(int count, int bytes, int alignment) {
    int unit = Math.max(alignment, PAGE);
    int each = wholeUnits(bytes, unit);
    long total = (long) count * each;
    ByteBuffer block = allocate(Math.toIntExact(total), total >= HUGE_PAGE / 2 ? HUGE_PAGE : unit);
    List<ByteBuffer> buffers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      buffers.add(block.slice(i * each, bytes));
    }
    return buffers;
  }

  /**
   * A direct buffer of {@code bytes} bytes whose first byte is at a multiple of {@code alignment}
   * (a power of two: a page, or a file system's block for direct I/O).
   */
  private static ByteBuffer allocate(int bytes, int alignment) {
    // alignedSlice also rounds the capacity down to whole units: ask for whole units plus one.
    return ByteBuffer.allocateDirect(wholeUnits(bytes, alignment) + alignment)
        .alignedSlice(alignment).limit(bytes).slice();
  }

  /** {@code bytes} rounded up to a multiple of {@code unit}. */
  private static int wholeUnits(int bytes, int unit) {
    return (bytes + unit - 1) / unit * unit;
  }
}
