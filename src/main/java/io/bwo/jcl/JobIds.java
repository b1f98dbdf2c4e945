package io.bwo.jcl;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Job ids for local submissions, {@code JOB00001} to {@code JOB99999} then round again, one
 * counter per catalog root ({@code .bwo/jes/jobnumber}), taken under a file lock so that jobs
 * submitted at once from several processes get different ids.
 */
final class JobIds {
  private static final int MAX = 99_999;

  private JobIds() {}

  /** The next job id of the catalog whose runtime directory is {@code runtimeDir}. */
  static String next(Path runtimeDir) {
    Path file = runtimeDir.resolve("jes").resolve("jobnumber");
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        ch.lock(); // released when the channel closes
        ByteBuffer buf = ByteBuffer.allocate(16);
        ch.read(buf, 0);
        String text = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).trim();
        int last = text.matches("\\d{1,5}") ? Integer.parseInt(text) : 0;
        int n = last >= MAX ? 1 : last + 1;
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(Integer.toString(n).getBytes(StandardCharsets.US_ASCII)), 0);
        ch.force(true);
        return String.format("JOB%05d", n);
      }
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO724E, file, e.getMessage());
    }
  }
}
