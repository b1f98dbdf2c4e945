package io.bwo.dss;

import io.bwo.control.Passwords;
import io.bwo.message.Message;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The SYSPRINT listing of one run, laid out as DFSMSdss lays it out: a page header (again every
 * LINECNT lines, 60 unless the PARM says otherwise), the control statements echoed, then one line
 * per message in the form {@code ADRnnnX (ttt)-mmmmm(yy), text}, where {@code ttt} is {@code R/I}
 * while statements are read, the task id within a task, and {@code SCH} for the final message.
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

  /** Print positions after the carriage control character of a 133-byte FBA record. */
  static final int WIDTH = 132;

  private static final String CONTINUATION = "         ";

  private final io.bwo.platform.Listing sink;
  private final Clock clock;
  private final String product;
  /** Lines per page, its header included (LINECNT). */
  private final int lineCount;
  /** The number of the page being written; the first page is one more than the start. */
  private int page;
  private int linesOnPage;
  /** Lines issued while held, in order; null when lines are written as they come. */
  private List<Runnable> held;
  /** The last timestamp made, and the second it is for: ADR734I asks for it once per data set. */
  private long stampSecond = Long.MIN_VALUE;
  private String stamp;

  /**
   * A listing written to {@code sink}, with dates from {@code clock}.
   *
   * @param product the product field of the page header, e.g. {@code BWO 0.1.0}
   */
  public Listing(io.bwo.platform.Listing sink, Clock clock, String product) {
    this(sink, clock, product, ExecParm.NONE.lineCount(), ExecParm.NONE.firstPage());
  }

  /**
   * A listing of {@code lineCount} lines per page (the PARM's LINECNT), its first page numbered
   * {@code firstPage} (PAGENO).
   */
  public Listing(io.bwo.platform.Listing sink, Clock clock, String product, int lineCount,
      int firstPage) {
    if (lineCount < 1) {
      throw new IllegalArgumentException("LINECNT is at least 1: " + lineCount);
    }
    this.sink = sink;
    this.clock = clock;
    this.product = product;
    this.lineCount = lineCount;
    this.page = firstPage - 1;
  }

  /**
   * Keeps the lines issued from now on in memory, in order, until {@link #release}: while the
   * system is frozen, a write to SYSPRINT per message (ADR734I for each data set) would lengthen
   * the outage, as a QSAM buffer keeps DFSMSdss's lines until a block is full.
   */
  public synchronized void hold() {
    if (held == null) {
      held = new ArrayList<>();
    }
  }

  /** Writes the lines held since {@link #hold}, in order, and writes the next ones as they come. */
  public synchronized void release() {
    List<Runnable> lines = held;
    held = null;
    if (lines != null) {
      lines.forEach(Runnable::run);
    }
  }

  /** Starts a new page: {@code PAGE 0001  product ... yyyy.ddd hh:mm}. */
  public synchronized void pageHeader() {
    if (held != null) {
      held.add(this::pageHeader);
      return;
    }
    page++;
    // Two blanks between the fields: the header fits the 83 columns of an LRECL of 84 after the
    // ASA character, the shortest DFSMSdss allows.
    sink.heading(String.format("PAGE %04d  %-11s DFSMSDSS-COMPATIBLE DATA SET SERVICES  %s",
        page, product, HEADER.format(now())));
    linesOnPage = 1;
  }

  /** Writes one line, on a new page when this one has its LINECNT lines. */
  private void line(String text) {
    if (linesOnPage >= lineCount) {
      pageHeader();
    }
    sink.line(text);
    linesOnPage++;
  }

  /** Echoes one control statement record, as read, columns 1 to 72, passwords masked. */
  public synchronized void echo(String record) {
    if (held != null) {
      held.add(() -> echo(record));
      return;
    }
    String r = record.length() > 72 ? record.substring(0, 72) : record;
    line(Passwords.masked(r).stripTrailing());
  }

  /**
   * Prints {@code m} for task {@code task} ({@code 001}, {@link #READING}, {@link #SCHEDULER}),
   * broken at blanks into lines of at most {@value #WIDTH} characters, or the print positions of
   * the DD's records where it has fewer, continuations indented.
   */
  public synchronized void print(String task, Message m) {
    if (held != null) {
      held.add(new Deferred(this, task, () -> m));
      return;
    }
    for (String l : wrap(format(task, m), Math.min(WIDTH, sink.width()))) {
      line(l);
    }
  }

  /**
   * {@code text} broken at blanks into lines of at most {@code width} characters, continuations
   * indented; a word longer than half a line is cut.
   */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    String rest = text;
    String indent = "";
    while (indent.length() + rest.length() > width) {
      int room = width - indent.length();
      if (room < 2) {
        // Records too short for the indent: continuations start in the first column.
        indent = "";
        room = width;
      }
      int cut = rest.lastIndexOf(' ', room);
      if (cut <= room / 2) {
        cut = room;
      }
      lines.add(indent + rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
      indent = CONTINUATION;
    }
    lines.add(indent + rest);
    return lines;
  }

  /**
   * As {@link #print(String, Message)}, with the message made only when it is written: while the
   * listing is held, after the thaw.
   */
  public synchronized void print(String task, Supplier<Message> m) {
    if (held != null) {
      held.add(new Deferred(this, task, m));
      return;
    }
    print(task, m.get());
  }

  /** Prints a line under a message that is not a message itself (a DSN of a list). */
  public synchronized void detail(String text) {
    if (held != null) {
      held.add(() -> detail(text));
      return;
    }
    line(text);
  }

  /** The date and time field of messages: {@code yyyy.ddd hh:mm:ss}. */
  public String timestamp() {
    return STAMP.format(now());
  }

  /** The date and time field for the moment {@code at}: {@code yyyy.ddd hh:mm:ss}. */
  public synchronized String timestamp(java.time.Instant at) {
    if (at.getEpochSecond() != stampSecond) {
      stamp = STAMP.format(ZonedDateTime.ofInstant(at, ZoneId.systemDefault()));
      stampSecond = at.getEpochSecond();
    }
    return stamp;
  }

  /** The line for {@code m}, as {@link #print} writes it. */
  public static String format(String task, Message m) {
    return String.format("%s (%s)-%s(01), %s", m.id().id(), task, m.id().module(), m.text());
  }

  /** A task id as printed: {@code 001}. */
  public static String taskId(int n) {
    return String.format("%03d", n);
  }

  /** A return code as printed: {@code 0004}. */
  public static String returnCode(int rc) {
    return rc == 0 ? "0000" : String.format("%04d", rc);
  }

  private ZonedDateTime now() {
    return ZonedDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
  }

  /**
   * A message printed when the listing is released; a class, not a lambda, since the first call
   * of a lambda spins a class, and this one is called inside the freeze window.
   */
  record Deferred(Listing listing, String task, Supplier<Message> message)
      implements Runnable {
    @Override
    public void run() {
      listing.print(task, message.get());
    }
  }
}
