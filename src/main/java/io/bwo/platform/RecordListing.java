package io.bwo.platform;

import com.ibm.jzos.RecordWriter;
import com.ibm.jzos.ZFileException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/**
 * A {@link Listing} written with a {@link RecordWriter}, laid out by the DD's record format: with
 * an {@code A} in the RECFM (e.g. FBA 133, as DFSMSdss's SYSPRINT) column 1 holds the ASA control
 * character; fixed records are padded with blanks to the LRECL; a variable LRECL counts the 4-byte
 * record descriptor word.
 */
final class RecordListing implements Listing {
  private final String dd;
  private final RecordWriter writer;
  private final Charset charset;
  private final boolean asa;
  private final boolean fixed;
  private final int recordLength;
  private final int textWidth;

  RecordListing(String dd, RecordWriter writer, Charset charset) {
    this.dd = dd;
    this.writer = writer;
    this.charset = charset;
    String recfm = writer.getRecfm();
    this.asa = recfm.contains("A");
    this.fixed = recfm.startsWith("F");
    this.recordLength = fixed ? writer.getLrecl() : writer.getLrecl() - 4;
    this.textWidth = recordLength - (asa ? 1 : 0);
    if (textWidth < 1) {
      throw JzosPlatform.ioError(
          dd, "RECFM " + recfm + " LRECL " + writer.getLrecl() + " HAS NO ROOM FOR TEXT");
    }
  }

  @Override
  public int lrecl() {
    return writer.getLrecl();
  }

  @Override
  public int width() {
    return textWidth;
  }

  @Override
  public void heading(String text) {
    write('1', text);
  }

  @Override
  public void line(String text) {
    write(' ', text);
  }

  private void write(char control, String text) {
    int from = 0;
    do {
      // A record holds textWidth bytes, not characters: off z/OS the platform encoding is UTF-8,
      // where the not sign of IF LASTCC ¬= 8 is two bytes.
      ByteArrayOutputStream record = new ByteArrayOutputStream(recordLength);
      if (asa) {
        record.writeBytes(String.valueOf(from == 0 ? control : ' ').getBytes(charset));
      }
      int used = 0;
      int to = from;
      while (to < text.length()) {
        int next = text.offsetByCodePoints(to, 1);
        byte[] bytes = text.substring(to, next).getBytes(charset);
        if (used + bytes.length > textWidth && to > from) {
          break;
        }
        record.writeBytes(bytes);
        used += bytes.length;
        to = next;
      }
      byte[] blank = " ".getBytes(charset);
      while (fixed && record.size() + blank.length <= recordLength) {
        record.writeBytes(blank);
      }
      try {
        writer.write(record.toByteArray());
      } catch (ZFileException e) {
        throw JzosPlatform.ioError(dd, e);
      }
      from = to;
    } while (from < text.length());
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (ZFileException e) {
      throw JzosPlatform.ioError(dd, e);
    }
  }
}
