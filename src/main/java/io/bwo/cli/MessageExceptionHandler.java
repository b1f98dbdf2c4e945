package io.bwo.cli;

import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure that escapes a command into its message on standard error and its return code,
 * never a stack trace (set BWO_DEBUG to see one). An unexpected exception is reported as BWO001E.
 */
final class MessageExceptionHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    Message m = message(ex);
    cl.getErr().println(m);
    if (System.getenv("BWO_DEBUG") != null) {
      ex.printStackTrace(cl.getErr());
    }
    return Math.max(m.returnCode(), 8);
  }

  /** Its own message; an I/O failure's names the file where it can (BWO004E); else BWO001E. */
  static Message message(Exception ex) {
    if (ex instanceof BwoException b) {
      return b.message();
    }
    IOException io = ex instanceof UncheckedIOException u ? u.getCause()
        : ex instanceof IOException i ? i : null;
    if (io != null) {
      String file = io instanceof FileSystemException f && f.getFile() != null ? f.getFile()
          : "A FILE";
      return Message.of(Msg.BWO004E, file, FileOrDd.why(io));
    }
    return Message.of(Msg.BWO001E, ex.getClass().getSimpleName() + ": " + ex.getMessage());
  }
}
