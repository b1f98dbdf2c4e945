package samples;

import com.ibm.jzos.MvsCommandCallback;
import com.ibm.jzos.MvsConsole;
import com.ibm.jzos.WtoConstants;
import com.ibm.jzos.ZFile;
import com.ibm.jzos.ZFileException;
import com.ibm.jzos.ZUtil;

/**
 * A console program written the way IBM's MvsConsoleInteraction sample is: it listens for operator
 * commands, and for each {@code F jobname,DSN} counts the records of data set DSN and answers with
 * a WTO, until {@code F jobname,EXIT}. STOP is answered without ending the JVM.
 */
public class CountRecordsOnRequest {

  static class Callback implements MvsCommandCallback {
    String modifyCommand;

    @Override
    public synchronized void handleModify(String command) {
      modifyCommand = command;
      notifyAll();
    }

    @Override
    public void handleStart(String parms) {}

    @Override
    public boolean handleStop() {
      MvsConsole.wto(
          "STOP IGNORED, USE F " + ZUtil.getCurrentJobname() + ",EXIT",
          WtoConstants.ROUTCDE_PROGRAMMER_INFORMATION,
          WtoConstants.DESC_IMPORTANT_INFORMATION_MESSAGES);
      return false;
    }

    synchronized String next() throws InterruptedException {
      while (modifyCommand == null) {
        wait();
      }
      String command = modifyCommand;
      modifyCommand = null;
      return command;
    }
  }

  public static void main(String[] args) throws Exception {
    Callback callback = new Callback();
    if (!MvsConsole.isListening()) {
      MvsConsole.startMvsCommandListener();
    }
    MvsConsole.registerMvsCommandCallback(callback);
    String jobname = ZUtil.getCurrentJobname();
    MvsConsole.wto(
        "READY: F " + jobname + ",DSN OR F " + jobname + ",EXIT",
        WtoConstants.ROUTCDE_PROGRAMMER_INFORMATION,
        WtoConstants.DESC_IMPORTANT_INFORMATION_MESSAGES);
    for (String command = callback.next();
        !"EXIT".equalsIgnoreCase(command);
        command = callback.next()) {
      MvsConsole.wto(
          count(command),
          WtoConstants.ROUTCDE_PROGRAMMER_INFORMATION,
          WtoConstants.DESC_IMPORTANT_INFORMATION_MESSAGES);
    }
  }

  static String count(String dsn) throws ZFileException {
    String fqDsn = ZFile.getSlashSlashQuotedDSN(dsn);
    if (!ZFile.exists(fqDsn)) {
      return "DATA SET " + dsn + " DOES NOT EXIST";
    }
    ZFile zFile = new ZFile(fqDsn, "rb,type=record,noseek");
    long count = 0;
    try {
      byte[] recBuf = new byte[zFile.getLrecl()];
      while (zFile.read(recBuf) >= 0) {
        count++;
      }
      return count + " RECORDS IN " + zFile.getActualFilename();
    } finally {
      zFile.close();
    }
  }
}
