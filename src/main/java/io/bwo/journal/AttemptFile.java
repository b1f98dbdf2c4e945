package io.bwo.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bwo.catalog.AtomicWrite;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The journal file of one attempt, appended one JSON line at a time, each forced to disk before
 * {@link #append} returns unless the caller says it may ride on the next force (which
 * {@link #close} makes if none came). Not thread-safe: {@link Attempt} serialises its writes.
 */
final class AttemptFile implements AutoCloseable {
  private final Path path;
  private final FileChannel channel;
  private final ObjectMapper json;
  /** The last line was appended without a force. */
  private boolean unforced;
  private int forces;

  private AttemptFile(Path path, FileChannel channel, ObjectMapper json) {
    this.path = path;
    this.channel = channel;
    this.json = json;
  }

  /** A new, empty attempt file at {@code path}, its directory entry forced to disk. */
  static AttemptFile create(Path path, ObjectMapper json) {
    try {
      FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      AtomicWrite.forceDirectory(path.toAbsolutePath().getParent());
      return new AttemptFile(path, ch, json);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO609E, path, e.getMessage());
    }
  }

  /** Appends {@code line} and its newline, and forces them to disk. */
  void append(JournalLine line) {
    append(line, true);
  }

  /**
   * Appends {@code line} and its newline; forces them to disk now, or with the next line that is
   * forced (or at {@link #close}) when {@code force} is false.
   */
  void append(JournalLine line, boolean force) {
    try {
      byte[] text = json.writeValueAsBytes(line);
      // One write of the whole line: a crash leaves it whole or a torn tail History ignores.
      ByteBuffer buf = ByteBuffer.allocate(text.length + 1).put(text).put((byte) '\n').flip();
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
      unforced = !force;
      if (force) {
        force();
      }
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO609E, path, e.getMessage());
    }
  }

  private void force() throws IOException {
    channel.force(false);
    forces++;
  }

  /** How often the file was forced: each force is a wait for the disk. */
  int forces() {
    return forces;
  }

  Path path() {
    return path;
  }

  @Override
  public void close() {
    try {
      try {
        if (unforced) {
          force();
        }
      } finally {
        // A disk that refuses the force still gets its file closed.
        channel.close();
      }
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO609E, path, e.getMessage());
    }
  }
}
