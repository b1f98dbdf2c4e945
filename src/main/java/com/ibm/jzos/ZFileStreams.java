package com.ibm.jzos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A {@link ZFile} opened in stream mode as a java.io stream, for {@link FileFactory}. Closing the
 * stream closes the file once; a closed stream refuses reads and writes, as java.io's streams do.
 */
final class ZFileStreams {
  private ZFileStreams() {}

  static InputStream input(ZFile file) {
    Handle handle = new Handle(file);
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return len == 0 ? 0 : handle.open().read(b, off, len);
      }

      @Override
      public void close() throws IOException {
        handle.close();
      }
    };
  }

  static OutputStream output(ZFile file) {
    Handle handle = new Handle(file);
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        handle.open().write(b, off, len);
      }

      /** Closes the file, which forces what was written to disk. */
      @Override
      public void close() throws IOException {
        handle.close();
      }
    };
  }

  /** The file of one stream, closed at most once. */
  private static final class Handle {
    private final ZFile file;
    private boolean closed;

    Handle(ZFile file) {
      this.file = file;
    }

    ZFile open() throws IOException {
      if (closed) {
        throw new IOException(file.getActualFilename() + ": stream closed");
      }
      return file;
    }

    void close() throws ZFileException {
      if (!closed) {
        closed = true;
        file.close();
      }
    }
  }
}
