package io.bwo.dss;

import io.bwo.message.Message;
import io.bwo.message.Msg;

/**
 * bwo's own NotifyCC listener: prints ADR734I for the data set in the listing and sends it to the
 * operator console, as DFSMSdss says "logically complete" on SYSPRINT and the console.
 */
final class Adr734iListener implements NotifyConcurrentListener {
  private final TaskResult task;
  private final WtoQueue console;

  Adr734iListener(TaskResult task, WtoQueue console) {
    this.task = task;
    this.console = console;
  }

  @Override
  public int concurrentCopyInitialized(ConcurrentCopyNotification n) {
    Message m = Message.of(Msg.ADR734I, task.listing().timestamp(n.at()), n.dsn(),
        Listing.returnCode(n.intermediateReturnCode()));
    task.print(m);
    console.wto(m);
    return 0;
  }
}
