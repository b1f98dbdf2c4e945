package io.bwo.dss;

import io.bwo.message.Message;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * The SYSPRINT listing of one run, laid out as DFSMSdss lays it out: a page header, the control
 * statements echoed, then one line per message in the form
 * {@code ADRnnnX (ttt)-mmmmm(yy), text}, where {@code ttt} is {@code R/I} while statements are
 * read, the task id within a task, and {@code SCH} for the final message.
 *
 * <p>Shared by the dump threads and the operator-command thread: methods are synchronized so
 * lines never interleave.
 */
public final class Listing {
  /** The task field while control statements are read. */
  public static final String READING = "R/I";
  /** The task field of the final message. */
  public static final String SCHEDULER = "SCH";

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy.DDD HH:mm:ss");
  private static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("yyyy.DDD HH:mm");

  private final Consumer<String> lines;
  private final Clock clock;
  private final String product;
  private int page;
  private int highestReturnCode;

  /**
   * A listing that writes each line to {@code lines}, stamping dates from {@code clock}.
   *
   * @param product the product field of the page header, e.g. {@code BWO 0.1.0}
   */
  public Listing(Consumer<String> lines, Clock clock, String product) {
    this.lines = lines;
    this.clock = clock;
    this.product = product;
  }

  /** Starts a new page: {@code PAGE 0001     product  DATA SET SERVICES     yyyy.ddd hh:mm}. */
  public synchronized void pageHeader() {
    page++;
    lines.accept(String.format("PAGE %04d     %-11s DFSMSDSS-COMPATIBLE DATA SET SERVICES     %s",
        page, product, HEADER.format(now())));
  }

  /** Echoes one control statement record, as read, columns 1 to 72. */
  public synchronized void echo(String record) {
    String r = record.length() > 72 ? record.substring(0, 72) : record;
    lines.accept(" " + r.stripTrailing());
  }

  /** Prints {@code m} for task {@code task} ({@code 001}, {@link #READING}, {@link #SCHEDULER}). */
  public synchronized void print(String task, Message m) {
    highestReturnCode = Math.max(highestReturnCode, m.returnCode());
    lines.accept(format(task, m));
  }

  /** Prints a line that is not a message (a report line under a message, e.g. a DSN list). */
  public synchronized void detail(String text) {
    lines.accept(text);
  }

  /** The highest return code of the messages printed so far. */
  public synchronized int highestReturnCode() {
    return highestReturnCode;
  }

  /** The date and time field of messages: {@code yyyy.ddd hh:mm:ss}. */
  public String timestamp() {
    return STAMP.format(now());
  }

  /** The line for {@code m}, as {@link #print} writes it. */
  public static String format(String task, Message m) {
    return String.format("%s (%s)-%s(01), %s", m.id().id(), task, m.id().module(), m.text());
  }

  /** A task id as printed: {@code 001}. */
  public static String taskId(int n) {
    return String.format("%03d", n);
  }

  private ZonedDateTime now() {
    return ZonedDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
  }
}
