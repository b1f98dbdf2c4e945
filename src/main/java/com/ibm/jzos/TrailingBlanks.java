package com.ibm.jzos;

import java.io.IOException;

/**
 * Text (stream) mode reading of a data set, as IBM describes it: "Data set records are converted to
 * a stream of bytes and a 'new line' record delimiter is placed in the stream between records,
 * after trailing blanks are removed." Off z/OS a record is a line, so the blanks before each line
 * end (and at the end of the file) are dropped as the bytes are read; blanks followed by anything
 * else are given back in place.
 */
final class TrailingBlanks {
  /** Where the raw bytes come from. */
  @FunctionalInterface
  interface Source {
    /** As InputStream.read: up to {@code len} bytes, -1 at the end. */
    int read(byte[] b, int off, int len) throws IOException;
  }

  private final Source in;
  private final byte[] one = new byte[1];
  /** Blanks read and held back until the next byte says whether they end a line. */
  private long held;
  /** Blanks to give before {@link #ahead}, which followed them. */
  private long owed;
  private int ahead = -1;
  private boolean ended;

  TrailingBlanks(Source in) {
    this.in = in;
  }

  /** Up to {@code len} bytes of text into {@code buf}; -1 at the end. */
  int read(byte[] buf, int off, int len) throws IOException {
    int n = 0;
    while (n < len) {
      if (owed > 0) {
        buf[off + n++] = ' ';
        owed--;
        continue;
      }
      if (ahead >= 0) {
        buf[off + n++] = (byte) ahead;
        ahead = -1;
        continue;
      }
      if (ended) {
        break;
      }
      int b = in.read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      if (b < 0) {
        // The last record's trailing blanks go too.
        held = 0;
        ended = true;
      } else if (b == ' ') {
        held++;
      } else if (b == '\n' || b == '\r') {
        held = 0;
        buf[off + n++] = (byte) b;
        if (b == '\n') {
          // A line at a time at most: a reader on a pipe or a terminal gets each line as it comes.
          break;
        }
      } else {
        owed = held;
        held = 0;
        ahead = b;
      }
    }
    return n == 0 && ended ? -1 : n;
  }
}
