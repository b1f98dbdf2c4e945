package io.bwo.segment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The framing of the segment server's protocol: one JSON document per line, each at most a limit
 * in bytes. A longer line is skipped whole and reported as such, so a bad request never
 * desynchronises the connection or costs more memory than the limit. Not thread-safe: one
 * connection, one thread at a time.
 */
final class JsonLines {
  /** One line read: its bytes, or {@code null} bytes when it was longer than the limit. */
  record Line(byte[] bytes) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final OutputStream out;
  private final int maxBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int end;

  JsonLines(InputStream in, OutputStream out, int maxBytes) {
    this.in = in;
    this.out = out;
    this.maxBytes = maxBytes;
  }

  /** The next line without its newline, or null at the end of the stream. */
  Line read() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == end) {
        int n = in.read(buffer);
        if (n < 0) {
          return any ? new Line(tooLong ? null : line.toByteArray()) : null;
        }
        position = 0;
        end = n;
      }
      any = true;
      int newline = position;
      while (newline < end && buffer[newline] != '\n') {
        newline++;
      }
      if (!tooLong && line.size() + (newline - position) > maxBytes) {
        tooLong = true;
        line = new ByteArrayOutputStream();
      }
      if (!tooLong) {
        line.write(buffer, position, newline - position);
      }
      if (newline < end) {
        position = newline + 1;
        return new Line(tooLong ? null : line.toByteArray());
      }
      position = end;
    }
  }

  /** Writes {@code json} (which holds no newline) as one line. */
  void write(byte[] json) throws IOException {
    out.write(json);
    out.write('\n');
    out.flush();
  }
}
