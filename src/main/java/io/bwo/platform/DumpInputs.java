package io.bwo.platform;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A dump file read end to end, once, as {@code bwo verify} reads it: from the page cache where
 * it is held there, else with direct I/O ({@link DirectDumpInput}) where the file system allows
 * it. Measured on the development VM, 1 GiB not in the page cache: 2.3-3.1 GB/s with 1 MiB direct
 * reads, 0.74-4.0 GB/s through the page cache (slow when the kernel must find fresh pages for it,
 * bench/README.md "Memory temperature"); held there, 24 GB/s. A verify then reads the disk
 * itself, not a copy of what was written that the kernel kept.
 */
public final class DumpInputs {
  private DumpInputs() {}

  /**
   * {@code file}, read as the class comment says; a pipe ({@code cat dump | bwo verify
   * /dev/stdin}) as it comes, through a stream whose {@code available()} asks the pipe, where a
   * channel's asks for its position and fails (ESPIPE, "Illegal seek").
   */
  public static InputStream open(Path file) throws IOException {
    if (!Files.isRegularFile(file) && Files.exists(file)) {
      return new FileInputStream(file.toFile());
    }
    DirectDumpInput direct = fromTheDisk(file);
    return direct != null ? direct : Files.newInputStream(file);
  }

  /**
   * A local dump file {@code file} as a step reads it (RESTORE, and the step's own read-back of
   * a dump it wrote past the page cache): with direct I/O where {@link #fromTheDisk} says so,
   * else from the page cache through a channel ({@link ChannelDumpInput}), whose reads into a
   * buffer copy nothing on the way; null where it is no regular file or cannot be opened so (the
   * caller opens it its own way, which says why).
   */
  static InputStream ofLocalFile(Path file) {
    DirectDumpInput direct = fromTheDisk(file);
    if (direct != null || !Files.isRegularFile(file)) {
      return direct;
    }
    try {
      return ChannelDumpInput.open(file);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * {@code file} read with direct I/O, unless most of it is in the page cache ({@link
   * PageCache#holds}), direct reads are off ({@link DirectIo#forReadBack}), its file system
   * refuses them or it is no regular file (a pipe has no place to read at): null then.
   */
  static DirectDumpInput fromTheDisk(Path file) {
    return DirectIo.forReadBack() && Files.isRegularFile(file) && !PageCache.holds(file)
        ? DirectDumpInput.open(file) : null;
  }
}
