package io.bwo.platform;

import com.ibm.jzos.MvsCommandCallback;
import io.bwo.message.BwoException;
import java.util.function.Consumer;

/**
 * Adapts bwo's {@link OperatorCommands} to JZOS's {@link MvsCommandCallback}, as IBM's console
 * sample registers its callback: MODIFY text goes to {@link OperatorCommands#modify} and its reply
 * to the console; STOP goes to {@link OperatorCommands#stop}.
 */
final class OperatorCommandCallback implements MvsCommandCallback {
  private final OperatorCommands handler;
  private final Consumer<String> console;

  OperatorCommandCallback(OperatorCommands handler, Consumer<String> console) {
    this.handler = handler;
    this.console = console;
  }

  /** bwo runs as a batch job, not a started task, so there are no START parameters to take. */
  @Override
  public void handleStart(String parms) {}

  @Override
  public void handleModify(String command) {
    String reply;
    try {
      reply = handler.modify(command);
    } catch (BwoException e) {
      // A refused command is answered on the console, where the operator typed it.
      reply = e.message().toString();
    }
    if (!reply.isEmpty()) {
      console.accept(reply);
    }
  }

  /** Returns false: the step ends itself in order, thawing first, rather than by System.exit. */
  @Override
  public boolean handleStop() {
    handler.stop();
    return false;
  }
}
