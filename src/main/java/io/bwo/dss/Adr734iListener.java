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
    // Made when written, not here: called once per data set inside the freeze window, where the
    // lines are held until the thaw, so the window pays only for queueing them.
    Adr734i adr734i = new Adr734i(task.listing(), n);
    task.print(Msg.ADR734I, adr734i);
    console.wto(adr734i);
    return 0;
  }

  /**
   * ADR734I for {@code n}, made once for both the listing and the console, which write it from
   * different threads; a class of its own, not a lambda, whose first call would spin a class.
   */
  static final class Adr734i extends Messages.Once {
    private final Listing listing;
    private final ConcurrentCopyNotification n;

    Adr734i(Listing listing, ConcurrentCopyNotification n) {
      this.listing = listing;
      this.n = n;
    }

    @Override
    Message make() {
      return Message.of(Msg.ADR734I, listing.timestamp(n.at()), n.dsn(),
          Listing.returnCode(n.intermediateReturnCode()));
    }
  }
}
