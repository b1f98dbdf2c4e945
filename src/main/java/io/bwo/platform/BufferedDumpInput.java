package io.bwo.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * A dump read in order from buffers of its own, as a stream and as a channel: a read takes what
 * the buffer {@link #filled()} holds, of the length asked or less. RESTORE reads a chunk through
 * {@link #read(ByteBuffer)} into the buffer it writes it from ({@code DumpReader#lendFrom}).
 */
abstract class BufferedDumpInput extends InputStream implements ReadableByteChannel {

  /**
   * The buffer the next bytes come from, with bytes remaining, reading them first if none are;
   * null at the end of the dump.
   */
  abstract ByteBuffer filled() throws IOException;

  @Override
  public int read() throws IOException {
    ByteBuffer b = filled();
    return b == null ? -1 : b.get() & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    ByteBuffer from = filled();
    if (from == null) {
      return -1;
    }
    int n = Math.min(len, from.remaining());
    from.get(b, off, n);
    return n;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!dst.hasRemaining()) {
      return 0;
    }
    ByteBuffer from = filled();
    if (from == null) {
      return -1;
    }
    int n = Math.min(dst.remaining(), from.remaining());
    dst.put(from.slice(from.position(), n));
    from.position(from.position() + n);
    return n;
  }
}
