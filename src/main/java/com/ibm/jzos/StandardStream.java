package com.ibm.jzos;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * A DD allocated to the process's own standard output or error ({@code /dev/stdout}, {@code
 * /dev/fd/1}, {@code /proc/self/fd/1}; the same for 2), as SYSOUT is on z/OS: written through the
 * descriptor the process inherited, never opened anew. Opened anew, such a path is a second open
 * file of its own with its own offset: where the shell sent the output to a file ({@code > job.log
 * 2>&1}, as a scheduler captures a job), a new open would truncate the file and write from its
 * start, over and under what the shell and the step's console messages wrote through their own.
 */
final class StandardStream {
  private static final Map<String, FileDescriptor> PATHS = Map.of(
      "/dev/stdout", FileDescriptor.out, "/dev/fd/1", FileDescriptor.out,
      "/proc/self/fd/1", FileDescriptor.out,
      "/dev/stderr", FileDescriptor.err, "/dev/fd/2", FileDescriptor.err,
      "/proc/self/fd/2", FileDescriptor.err);

  private StandardStream() {}

  /**
   * A channel on the inherited descriptor {@code file} names, or null if it names none. Its
   * writer must not close it: closing it would close the process's standard stream.
   */
  static FileChannel channel(Path file) {
    FileDescriptor fd = PATHS.get(file.toString());
    if (fd == null || file.getFileSystem() != FileSystems.getDefault()) {
      return null;
    }
    return new FileOutputStream(fd).getChannel();
  }
}
