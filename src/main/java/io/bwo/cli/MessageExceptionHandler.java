package io.bwo.cli;

import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
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
    Message m =
        ex instanceof BwoException b
            ? b.message()
            : Message.of(Msg.BWO001E, ex.getClass().getSimpleName() + ": " + ex.getMessage());
    cl.getErr().println(m);
    if (System.getenv("BWO_DEBUG") != null) {
      ex.printStackTrace(cl.getErr());
    }
    return Math.max(m.returnCode(), 8);
  }
}
