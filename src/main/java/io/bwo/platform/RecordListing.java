package io.bwo.platform;

import com.ibm.jzos.RecordWriter;
import com.ibm.jzos.ZFileException;
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
      String chunk = text.substring(from, Math.min(text.length(), from + textWidth));
      StringBuilder record = new StringBuilder(recordLength);
      if (asa) {
        record.append(from == 0 ? control : ' ');
      }
      record.append(chunk);
      while (fixed && record.length() < recordLength) {
        record.append(' ');
      }
      try {
        writer.write(record.toString().getBytes(charset));
      } catch (ZFileException e) {
        throw JzosPlatform.ioError(dd, e);
      }
      from += textWidth;
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
