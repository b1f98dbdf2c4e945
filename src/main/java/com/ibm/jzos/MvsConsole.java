package com.ibm.jzos;

/**
 * The MVS console: write-to-operator messages and the operator commands (START, MODIFY, STOP) for
 * this job. Off z/OS a WTO goes to {@link ConsoleLog} and commands come from {@link
 * CommandFileListener}. The state is static because IBM's API is: one console per JVM.
 */
public class MvsConsole implements WtoConstants {
  private static final CommandFileListener LISTENER = new CommandFileListener();

  private MvsConsole() {}

  /**
   * Writes {@code msg} to the operator with routing codes {@code routcde} and descriptor codes
   * {@code descr} (bit masks from {@link WtoConstants}). Off z/OS the codes are not used.
   */
  public static void wto(String msg, int routcde, int descr) {
    ConsoleLog.write(msg);
  }

  /**
   * Writes {@code message} to the operator with its own codes, as {@link #wto(String, int, int)}
   * does.
   */
  public static void wto(WtoMessage message) {
    wto(message.text(), message.routcdes(), message.descrs());
  }

  /**
   * Deletes WTO message {@code msgId} from the consoles (DOM). Off z/OS a WTO is a line of the
   * console log, which stands for the hardcopy log, and DOM leaves the hardcopy log as it is, so
   * there is nothing to delete.
   */
  public static void deleteMessage(int msgId) {}

  /** Deletes WTO messages {@code msgIds} (DOM); off z/OS nothing, as {@link #deleteMessage}. */
  public static void deleteMessages(int[] msgIds) {}

  /**
   * Deletes the WTO messages issued with token {@code deleteToken} (DOM); off z/OS nothing, as
   * {@link #deleteMessage}.
   */
  public static void deleteMessagesWithToken(int deleteToken) {}

  /** Whether the operator command listener runs. */
  public static boolean isListening() {
    return LISTENER.isListening();
  }

  /** Starts the operator command listener, which passes commands to the registered callback. */
  public static void startMvsCommandListener() {
    LISTENER.start();
  }

  /** Makes {@code callback} the receiver of this job's operator commands. */
  public static void registerMvsCommandCallback(MvsCommandCallback callback) {
    LISTENER.register(callback);
  }
}
