package io.bwo.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real file's channel that records how many bytes each write call handed it: what the kernel
 * would be given in one write(2); and, when told to, fails the reads from a position on, as a
 * disk's unreadable sector does.
 */
public final class RecordingChannel extends FileChannel {
  private final FileChannel file;
  private final List<Integer> writes = new CopyOnWriteArrayList<>();
  private volatile long readsFailFrom = Long.MAX_VALUE;

  public RecordingChannel(FileChannel file) {
    this.file = file;
  }

  /** This channel, whose positional reads of bytes from {@code position} on fail from now on. */
  public RecordingChannel failingReadsFrom(long position) {
    readsFailFrom = position;
    return this;
  }

  /** The bytes each write was handed, in order. */
  public List<Integer> writes() {
    return List.copyOf(writes);
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    writes.add(src.remaining());
    return file.write(src);
  }

  @Override
  public int write(ByteBuffer src, long position) throws IOException {
    writes.add(src.remaining());
    return file.write(src, position);
  }

  @Override
  public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
    throw new UnsupportedOperationException("gathering writes are not recorded");
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    return file.read(dst);
  }

  @Override
  public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
    return file.read(dsts, offset, length);
  }

  @Override
  public int read(ByteBuffer dst, long position) throws IOException {
    if (position + dst.remaining() > readsFailFrom) {
      throw new IOException("Input/output error");
    }
    return file.read(dst, position);
  }

  @Override
  public long position() throws IOException {
    return file.position();
  }

  @Override
  public FileChannel position(long newPosition) throws IOException {
    file.position(newPosition);
    return this;
  }

  @Override
  public long size() throws IOException {
    return file.size();
  }

  @Override
  public FileChannel truncate(long size) throws IOException {
    file.truncate(size);
    return this;
  }

  @Override
  public void force(boolean metaData) throws IOException {
    file.force(metaData);
  }

  @Override
  public long transferTo(long position, long count, WritableByteChannel target) {
    throw new UnsupportedOperationException("not recorded");
  }

  @Override
  public long transferFrom(ReadableByteChannel src, long position, long count) {
    throw new UnsupportedOperationException("not recorded");
  }

  @Override
  public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
    return file.map(mode, position, size);
  }

  @Override
  public FileLock lock(long position, long size, boolean shared) throws IOException {
    return file.lock(position, size, shared);
  }

  @Override
  public FileLock tryLock(long position, long size, boolean shared) throws IOException {
    return file.tryLock(position, size, shared);
  }

  @Override
  protected void implCloseChannel() throws IOException {
    file.close();
  }
}
