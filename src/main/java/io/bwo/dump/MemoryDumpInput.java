package io.bwo.dump;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * A dump held in memory, read as a channel as well as a stream, as a dump file is read by
 * RESTORE: a {@link DumpReader} given {@link DumpReader.ChunkBuffers} reads its chunks into them.
 */
public final class MemoryDumpInput extends ByteArrayInputStream implements ReadableByteChannel {
  /** The bytes of {@code dump}, which are not copied. */
  public MemoryDumpInput(byte[] dump) {
    super(dump);
  }

  @Override
  public synchronized int read(ByteBuffer dst) {
    if (pos >= count) {
      return -1;
    }
    int n = Math.min(dst.remaining(), count - pos);
    dst.put(buf, pos, n);
    pos += n;
    return n;
  }

  @Override
  public boolean isOpen() {
    return true;
  }
}
