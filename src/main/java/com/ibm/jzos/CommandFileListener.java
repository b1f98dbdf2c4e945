package com.ibm.jzos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Delivers operator commands off z/OS. The commands for job {@code JOBNAME} are lines appended to
 * the command file {@code <console dir>/<JOBNAME>.cmd}: {@code F text} (MODIFY), {@code P} (STOP)
 * and {@code S parms} (START). A daemon thread reads the lines added since the callback was
 * registered, every 100 ms, and passes them to the callback; lines written before registration
 * belong to an earlier job of the same name and are skipped.
 *
 * <p>Shared between the registering thread and the listener thread; it locks itself.
 */
final class CommandFileListener implements Runnable {
  static final long POLL_MILLIS = 100;

  private volatile MvsCommandCallback callback;
  private boolean started;
  private Path file;
  private long offset;

  synchronized boolean isListening() {
    return started;
  }

  synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    Thread thread = new Thread(this, "MvsCommandListener");
    thread.setDaemon(true);
    thread.start();
  }

  /** Registers {@code cb} and skips the commands already in the job's command file. */
  synchronized void register(MvsCommandCallback cb) {
    arm(commandFile());
    callback = cb;
  }

  @Override
  public void run() {
    while (true) {
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      // A failing poll or callback must not end the listener: later commands still need it.
      try {
        newCommands().forEach(this::deliver);
      } catch (RuntimeException e) {
        e.printStackTrace();
      }
    }
  }

  static Path commandFile() {
    return LocalSettings.consoleDir().resolve(LocalSettings.jobName() + ".cmd");
  }

  private void arm(Path commandFile) {
    file = commandFile;
    try {
      offset = Files.size(commandFile);
    } catch (NoSuchFileException e) {
      offset = 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The complete lines added to the command file since the last poll. */
  private synchronized List<String> newCommands() {
    Path current = commandFile();
    if (!current.equals(file)) {
      // The job name or console directory changed (a new job in this JVM): start afresh.
      arm(current);
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      long size = Files.size(file);
      if (size < offset) {
        offset = 0; // the file was replaced
      }
      in.skipNBytes(offset);
      byte[] added = in.readNBytes((int) Math.min(Integer.MAX_VALUE, size - offset));
      int start = 0;
      for (int i = 0; i < added.length; i++) {
        if (added[i] == '\n') {
          lines.add(new String(added, start, i - start, StandardCharsets.UTF_8).strip());
          start = i + 1;
        }
      }
      offset += start;
    } catch (NoSuchFileException e) {
      offset = 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the command file " + file, e);
    }
    return lines;
  }

  private void deliver(String command) {
    if (command.isEmpty()) {
      return;
    }
    String verb = command.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    String operand = command.substring(verb.length()).strip();
    MvsCommandCallback cb = callback;
    switch (verb) {
      case "F" -> {
        if (cb != null) {
          cb.handleModify(operand);
        }
      }
      case "P" -> {
        // As on z/OS: without a callback, or when it answers true, STOP ends the JVM.
        if (cb == null || cb.handleStop()) {
          System.exit(0);
        }
      }
      case "S" -> {
        if (cb != null) {
          cb.handleStart(operand);
        }
      }
      default -> System.err.println("MvsCommandListener: ignored command '" + command + "'");
    }
  }
}
