package com.ibm.jzos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The local console: a WTO goes to standard error and is appended, one line per message line,
 * time-stamped and with the job name and id, to the console log ({@code bwo.console.log} or {@code
 * BWO_CONSOLE_LOG}, default {@code console.log} in the console directory).
 */
final class ConsoleLog {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private ConsoleLog() {}

  static void write(String message) {
    String stamp = LocalDateTime.now().format(STAMP);
    String prefix = stamp + " " + LocalSettings.jobId() + " " + LocalSettings.jobName() + " ";
    StringBuilder log = new StringBuilder();
    for (String line : message.split("\\R", -1)) {
      System.err.println(line);
      log.append(prefix).append(line).append('\n');
    }
    Path file = LocalSettings.consoleLog();
    try {
      Path dir = file.toAbsolutePath().getParent();
      // A stat, where createDirectories on an existing folder fails a mkdir and builds an
      // exception: a dump WTOs once per data set inside its freeze window.
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir);
      }
      // One append per message: lines of concurrent jobs may interleave, never within a line.
      Files.writeString(
          file, log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException | RuntimeException e) {
      // A WTO does not fail on z/OS: the message is on the console (standard error, above); only
      // the log's copy is lost. Said once per process, not once per message.
      if (!logFailed) {
        logFailed = true;
        System.err.println("BWO014W CONSOLE LOG " + file + " CANNOT BE WRITTEN: " + e
            + "; CONSOLE MESSAGES GO TO STANDARD ERROR ONLY");
      }
    }
  }

  private static volatile boolean logFailed;
}
