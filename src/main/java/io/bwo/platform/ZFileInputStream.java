package io.bwo.platform;

import com.ibm.jzos.ZFile;
import java.io.IOException;
import java.io.InputStream;

/** The bytes of a {@link ZFile} opened in binary stream mode, as an {@link InputStream}. */
final class ZFileInputStream extends InputStream {
  private final ZFile file;

  ZFileInputStream(ZFile file) {
    this.file = file;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return len == 0 ? 0 : file.read(b, off, len);
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
