package com.ibm.jzos;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an external process, as IBM's class does, a wrapper of {@link Runtime#exec(String)}: build
 * it with a command, {@link #run()} it, read its standard output with {@link #readLine()} to the
 * end, then {@link #getReturnCode()} (which also waits for its standard error, read into a buffer
 * by a thread of its own so that the process never blocks on it) and, if wanted, {@link
 * #getErrorLines()}.
 *
 * <p>Off z/OS the process is a local one; with no environment given it gets the C environment of
 * {@link ZUtil} ({@link ZUtil#setEnv} included, as a child of a z/OS process inherits what
 * setenv() set), and its output is decoded in the platform encoding, {@link
 * ZUtil#getDefaultPlatformEncoding()}, as IBM's decodes a child's EBCDIC output.
 */
public class Exec {
  private final String command;
  private final String[] cmdargs;
  private final String[] envp;
  private final File dir;
  private final List<String> errorLines = Collections.synchronizedList(new ArrayList<>());
  private int timeout;
  private Process process;
  private InputStream stdoutStream;
  private BufferedReader stdout;
  private BufferedWriter stdin;
  private Thread errorReader;
  private ExecutorService reader;

  /** A command, split into words at blanks as {@link Runtime#exec(String)} splits it. */
  public Exec(String command) {
    this(command, null, null);
  }

  /** A command given as its words. */
  public Exec(String[] cmdargs) {
    this(cmdargs, null, null);
  }

  /** A command given as its words, with the environment {@code envp} ({@code NAME=value}). */
  public Exec(String[] cmdargs, String[] envp) {
    this(cmdargs, envp, null);
  }

  /** A command given as its words, with an environment and a working directory. */
  public Exec(String[] cmdargs, String[] envp, File dir) {
    this.command = null;
    this.cmdargs = cmdargs.clone();
    this.envp = envp == null ? null : envp.clone();
    this.dir = dir;
  }

  /** A command with the environment {@code envp} ({@code NAME=value}; null inherits it). */
  public Exec(String command, String[] envp) {
    this(command, envp, null);
  }

  /** A command with an environment and a working directory. */
  public Exec(String command, String[] envp, File dir) {
    this.command = command;
    this.cmdargs = null;
    this.envp = envp == null ? null : envp.clone();
    this.dir = dir;
  }

  /**
   * The longest {@link #readLine()} waits for the process's next output, in milliseconds; 0 (the
   * default) waits as long as it takes. A process that writes nothing for that long is destroyed
   * and {@code readLine} fails.
   */
  public void setTimeout(int timeout) {
    this.timeout = Math.max(0, timeout);
  }

  /** Starts the process. */
  public void run() throws IOException {
    if (process != null) {
      throw new IOException("Exec: the process has already been run");
    }
    List<String> words = new ArrayList<>();
    if (command != null) {
      StringTokenizer tokens = new StringTokenizer(command);
      while (tokens.hasMoreTokens()) {
        words.add(tokens.nextToken());
      }
    } else {
      words.addAll(List.of(cmdargs));
    }
    if (words.isEmpty()) {
      throw new IOException("Exec: empty command");
    }
    ProcessBuilder builder = new ProcessBuilder(words).directory(dir);
    Map<String, String> environment = builder.environment();
    environment.clear();
    for (String variable : envp != null ? envp : ZUtil.environ()) {
      int eq = variable.indexOf('=');
      if (eq > 0) {
        environment.put(variable.substring(0, eq), variable.substring(eq + 1));
      }
    }
    Charset encoding = Charset.forName(ZUtil.getDefaultPlatformEncoding());
    process = builder.start();
    stdoutStream = process.getInputStream();
    stdout = new BufferedReader(new InputStreamReader(stdoutStream, encoding));
    stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), encoding));
    BufferedReader stderr =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), encoding));
    errorReader = new Thread(() -> drain(stderr), "Exec stderr " + process.pid());
    errorReader.setDaemon(true);
    errorReader.start();
  }

  /** The next line of the process's standard output, or null at its end. */
  public String readLine() throws IOException {
    checkRun();
    if (timeout == 0) {
      return stdout.readLine();
    }
    if (reader == null) {
      reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Exec stdout " + process.pid());
        t.setDaemon(true);
        return t;
      });
    }
    Future<String> line = reader.submit(stdout::readLine);
    try {
      return line.get(timeout, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      process.destroyForcibly();
      reader.shutdownNow();
      throw new IOException("Exec: no output for " + timeout + " ms: the process was destroyed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Exec: interrupted while reading the process's output", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    }
  }

  /** Reads the rest of the process's standard output and drops it. */
  public void consumeOutput() throws IOException {
    while (readLine() != null) {
      // dropped
    }
  }

  /** Reads the rest of the process's standard output into {@code buf}, a line end after each. */
  public void consumeOutput(StringBuffer buf) throws IOException {
    for (String line = readLine(); line != null; line = readLine()) {
      buf.append(line).append('\n');
    }
  }

  /** The process's standard output as bytes, for a caller that reads it itself. */
  public InputStream getStdoutStream() {
    checkStarted();
    return stdoutStream;
  }

  /** A writer to the process's standard input; close it to give the process end of file. */
  public BufferedWriter getStdinWriter() {
    checkStarted();
    return stdin;
  }

  /**
   * Waits for the process to end and for its standard error to be read, and answers its exit
   * status.
   */
  public int getReturnCode() {
    checkStarted();
    boolean interrupted = false;
    while (true) {
      try {
        int rc = process.waitFor();
        errorReader.join();
        if (reader != null) {
          reader.shutdownNow();
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        return rc;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }

  /** The lines the process wrote to its standard error, read so far (all of them once it ended). */
  @SuppressWarnings("rawtypes")
  public List getErrorLines() {
    synchronized (errorLines) {
      return new ArrayList<>(errorLines);
    }
  }

  private void drain(BufferedReader stderr) {
    try (stderr) {
      for (String line = stderr.readLine(); line != null; line = stderr.readLine()) {
        errorLines.add(line);
      }
    } catch (IOException e) {
      errorLines.add("Exec: reading standard error failed: " + e.getMessage());
    }
  }

  private void checkRun() throws IOException {
    if (process == null) {
      throw new IOException("Exec: run() the process first");
    }
  }

  private void checkStarted() {
    if (process == null) {
      throw new IllegalStateException("Exec: run() the process first");
    }
  }
}
