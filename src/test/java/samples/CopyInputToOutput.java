package samples;

import com.ibm.jzos.MvsConsole;
import com.ibm.jzos.RecordReader;
import com.ibm.jzos.RecordWriter;
import com.ibm.jzos.WtoConstants;
import com.ibm.jzos.ZFile;
import com.ibm.jzos.ZFileConstants;
import com.ibm.jzos.ZFileException;
import com.ibm.jzos.ZUtil;

/**
 * A batch program written the way IBM's JZOS samples are (ZFilePrint, the RecordReader example,
 * MvsConsoleInteraction): it copies the records of DD INPUT to DD OUTPUT, prints them with ZFile in
 * record mode, and reports on the console with the job name. It compiles against bwo's stubs and
 * against IBM's classes alike.
 */
public class CopyInputToOutput {

  public static void main(String[] args) throws Exception {
    if (!ZFile.ddExists("INPUT") || !ZFile.ddExists("OUTPUT")) {
      System.err.println("DD INPUT and DD OUTPUT are required");
      System.exit(8);
    }
    long count = copy();
    print();
    String jobname = ZUtil.getCurrentJobname();
    MvsConsole.wto(
        jobname + " COPIED " + count + " RECORDS FROM INPUT TO OUTPUT",
        WtoConstants.ROUTCDE_PROGRAMMER_INFORMATION,
        WtoConstants.DESC_IMPORTANT_INFORMATION_MESSAGES);
  }

  static long copy() throws ZFileException {
    RecordReader reader = null;
    RecordWriter writer = null;
    long count = 0;
    try {
      reader = RecordReader.newReader("//DD:INPUT", ZFileConstants.FLAG_DISP_SHR);
      writer = RecordWriter.newWriterForDD("OUTPUT");
      byte[] recordBuf = new byte[reader.getLrecl()];
      int bytesRead;
      while ((bytesRead = reader.read(recordBuf)) >= 0) {
        writer.write(recordBuf, 0, bytesRead);
        count++;
      }
    } finally {
      if (writer != null) {
        try {
          writer.close();
        } catch (ZFileException zfe) {
          zfe.printStackTrace();
        }
      }
      if (reader != null) {
        try {
          reader.close();
        } catch (ZFileException zfe) {
          zfe.printStackTrace();
        }
      }
    }
    return count;
  }

  static void print() throws Exception {
    ZFile zFile = new ZFile("//DD:INPUT", "rb,type=record,noseek");
    try {
      byte[] recBuf = new byte[zFile.getLrecl()];
      String encoding = ZUtil.getDefaultPlatformEncoding();
      int nRead;
      while ((nRead = zFile.read(recBuf)) >= 0) {
        System.out.println(new String(recBuf, 0, nRead, encoding));
      }
    } finally {
      zFile.close();
    }
  }
}
