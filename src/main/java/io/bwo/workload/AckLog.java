package io.bwo.workload;

import io.bwo.catalog.Dsn;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The workload's acknowledgement log: one line per transaction, appended after its commit has
 * returned, so a line exists only for an acknowledged (durable) transaction. Lines are flushed to
 * the operating system one by one but not forced to disk: the log is evidence for a test that
 * kills processes, not the machine, and a line written to the OS survives its process. A killed
 * workload may have committed a transaction and died before logging it; that tail is what the
 * per-thread sequence counters of the data account for (see {@link AckCheck}).
 *
 * <p>Line format: {@code THREAD SEQ FROM-DSN FROM-OFFSET TO-DSN TO-OFFSET AMOUNT}, blank-separated.
 *
 * <p>Thread-safe: the workers of one run share it.
 */
public final class AckLog implements AutoCloseable {

  /** One acknowledged transfer: thread {@code thread}'s {@code seq}-th transaction (from 1). */
  public record Entry(int thread, long seq, Dsn from, long fromOffset, Dsn to, long toOffset,
      long amount) {
    String line() {
      return thread + " " + seq + " " + from + " " + fromOffset + " " + to + " " + toOffset + " "
          + amount + "\n";
    }
  }

  private final Path file;
  private final BufferedWriter out;

  private AckLog(Path file, BufferedWriter out) {
    this.file = file;
    this.out = out;
  }

  /** Opens {@code file} for appending, creating it if need be; BWO911E if it cannot be. */
  public static AckLog append(Path file) {
    try {
      return new AckLog(file, Files.newBufferedWriter(file, StandardCharsets.US_ASCII,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO911E, file, e.getMessage());
    }
  }

  /** Appends {@code e} and flushes it; call only after its commit has returned. */
  public synchronized void acknowledged(Entry e) {
    try {
      out.write(e.line());
      out.flush();
    } catch (IOException x) {
      throw BwoException.of(Msg.BWO911E, file, x.getMessage());
    }
  }

  /**
   * The entries of {@code file} in order. A last line without its newline was torn by a kill and
   * is left out; any other malformed line is BWO909E.
   */
  public static List<Entry> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO911E, file, e.getMessage());
    }
    List<Entry> entries = new ArrayList<>();
    int lineNo = 0;
    int at = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; at = nl + 1, nl = text.indexOf('\n', at)) {
      lineNo++;
      entries.add(parse(file, lineNo, text.substring(at, nl)));
    }
    return entries;
  }

  private static Entry parse(Path file, int lineNo, String line) {
    String[] f = line.split(" ");
    try {
      if (f.length != 7) {
        throw new IllegalArgumentException(f.length + " FIELDS, NOT 7");
      }
      return new Entry(Integer.parseInt(f[0]), Long.parseLong(f[1]), Dsn.parse(f[2]),
          Long.parseLong(f[3]), Dsn.parse(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]));
    } catch (IllegalArgumentException | BwoException e) {
      throw BwoException.of(Msg.BWO909E, file, lineNo, e.getMessage());
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO911E, file, e.getMessage());
    }
  }
}
