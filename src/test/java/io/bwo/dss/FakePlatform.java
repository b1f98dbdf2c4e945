package io.bwo.dss;

import io.bwo.dump.MemoryDumpInput;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import io.bwo.platform.DumpOutput;
import io.bwo.platform.JobFacts;
import io.bwo.platform.Listing;
import io.bwo.platform.OperatorCommands;
import io.bwo.platform.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A {@link Platform} for the dss tests: SYSIN from a list of records, SYSPRINT into a list of
 * lines, each dump DD a real file written as {@code <file>.tmp} and renamed over the file on
 * publish (as the local JZOS stubs do), WTOs into a list, and the operator's console kept so that
 * a test can type {@code F jobname,UNFREEZE} or {@code P jobname}. A {@link WriteHook} sees every
 * write to a dump before it happens, to slow the copy down or make the output fail.
 *
 * <p>Shared by the step's threads and the test's.
 */
final class FakePlatform implements Platform {
  static final String SYSIN = "SYSIN";
  static final String SYSPRINT = "SYSPRINT";

  /** Sees each write to a dump DD before it happens; throws to make the write fail. */
  @FunctionalInterface
  interface WriteHook {
    /** {@code length} bytes are about to be written to {@code dd}, after {@code written}. */
    void beforeWrite(String dd, long written, int length) throws IOException;
  }

  private final Map<String, List<String>> inputs = new ConcurrentHashMap<>();
  private final Map<String, Path> dumps = new ConcurrentHashMap<>();
  private final Map<String, List<byte[]>> memory = new ConcurrentHashMap<>();
  private final List<String> sysprint = new CopyOnWriteArrayList<>();
  private final List<String> wtos = new CopyOnWriteArrayList<>();
  private final java.util.Set<String> unreadable = ConcurrentHashMap.newKeySet();
  private final AtomicInteger dumpOutputsOpened = new AtomicInteger();
  /** The size the last dump output was opened for. */
  private volatile long lastDumpDataBytes = -1;
  /** The write size the last dump output was asked for; -1 if none was. */
  private volatile int lastDumpBlockBytes = -1;
  /** The size of the writes persisted one by one the last dump output was asked for; -1. */
  private volatile int lastDumpPersistedBlockBytes = -1;
  /** Whether the last dump output was asked to write at its caller's priority. */
  private volatile boolean lastDumpAtCallersPriority;
  private volatile boolean asksWhetherApplicationsCommit;
  private volatile Boolean lastDumpWhileCommitting;
  private volatile boolean pastThePageCache;
  private volatile Boolean lastReadFromDisk;
  private volatile OperatorCommands console;
  private volatile WriteHook hook = (dd, written, length) -> {};

  /**
   * A new step reads {@code records} from SYSIN, each padded to 80 columns as a card image; its
   * SYSPRINT and console messages start empty.
   */
  FakePlatform newStep(List<String> records) {
    inputs.put(SYSIN, records.stream().map(r -> String.format("%-80s", r)).toList());
    sysprint.clear();
    wtos.clear();
    return this;
  }

  /** DD {@code dd} holds {@code records} (a FILTERDD data set), each padded to 80 columns. */
  FakePlatform recordsDd(String dd, String... records) {
    inputs.put(dd, java.util.Arrays.stream(records).map(r -> String.format("%-80s", r)).toList());
    return this;
  }

  /** DD {@code dd} is the dump file {@code file}. */
  FakePlatform dumpDd(String dd, Path file) {
    dumps.put(dd, file);
    return this;
  }

  /**
   * DD {@code dd} is a dump input held in memory (read often, faster than a file); with more than
   * one {@code bytes}, each opening reads the next, and the last from then on.
   */
  FakePlatform inputDd(String dd, byte[]... bytes) {
    memory.put(dd, new java.util.ArrayList<>(List.of(bytes)));
    return this;
  }

  /** DD {@code dd} is allocated but cannot be read: each read of its records is BWO012E. */
  FakePlatform unreadable(String dd) {
    unreadable.add(dd);
    return this;
  }

  /** From now on, every dump write first passes {@code h}. */
  FakePlatform hook(WriteHook h) {
    this.hook = h;
    return this;
  }

  /** The SYSPRINT lines so far. */
  List<String> sysprint() {
    return List.copyOf(sysprint);
  }

  /** The operator console messages so far. */
  List<String> wtos() {
    return List.copyOf(wtos);
  }

  /** The size the step's last dump output was opened for; -1 before any. */
  long lastDumpDataBytes() {
    return lastDumpDataBytes;
  }

  /** The write size a dump output was last asked for ({@link DumpOutput#writeInBlocksOf}); -1. */
  int lastDumpBlockBytes() {
    return lastDumpBlockBytes;
  }

  /**
   * The size of the writes persisted one by one a dump output was last asked for ({@link
   * DumpOutput#persistInBlocksOf}); -1.
   */
  int lastDumpPersistedBlockBytes() {
    return lastDumpPersistedBlockBytes;
  }

  /**
   * Whether the last dump output opened was asked to write at its caller's priority ({@link
   * DumpOutput#writeAtCallersPriority}).
   */
  boolean lastDumpAtCallersPriority() {
    return lastDumpAtCallersPriority;
  }

  /**
   * From now on, asks each dump output whether the applications commit, as a platform that
   * chooses how to write a dump by it does ({@link #lastDumpWhileCommitting}).
   */
  FakePlatform askingWhetherApplicationsCommit() {
    asksWhetherApplicationsCommit = true;
    return this;
  }

  /** From now on, the dump outputs say they go past the page cache, as direct I/O does. */
  FakePlatform writingPastThePageCache() {
    pastThePageCache = true;
    return this;
  }

  /** Whether the last dump read was asked to read from the disk; empty before any. */
  Optional<Boolean> lastReadFromDisk() {
    return Optional.ofNullable(lastReadFromDisk);
  }

  /** What the step's last dump output was told of the applications' commits; empty if not asked. */
  Optional<Boolean> lastDumpWhileCommitting() {
    return Optional.ofNullable(lastDumpWhileCommitting);
  }

  @Override
  public DumpOutput openDumpOutput(String dd, long dataBytes,
      BooleanSupplier applicationsCommit) {
    lastDumpDataBytes = dataBytes;
    if (asksWhetherApplicationsCommit) {
      lastDumpWhileCommitting = applicationsCommit.getAsBoolean();
    }
    return openDumpOutput(dd);
  }

  /** How many dump outputs the step opened. */
  int dumpOutputsOpened() {
    return dumpOutputsOpened.get();
  }

  /** The operator's console of the running step, once the step listens. */
  Optional<OperatorCommands> console() {
    return Optional.ofNullable(console);
  }

  @Override
  public boolean ddExists(String dd) {
    return dd.equals(SYSPRINT) || inputs.containsKey(dd) || dumps.containsKey(dd)
        || memory.containsKey(dd);
  }

  @Override
  public List<String> readRecords(String dd) {
    if (unreadable.contains(dd)) {
      throw BwoException.of(Msg.BWO012E, dd, "java.io.IOException: Input/output error");
    }
    List<String> records = inputs.get(dd);
    if (records == null) {
      throw BwoException.of(Msg.BWO011E, dd);
    }
    return records;
  }

  @Override
  public Listing openListing(String dd) {
    return new Listing() {
      @Override
      public void heading(String text) {
        sysprint.add(text);
      }

      @Override
      public void line(String text) {
        sysprint.add(text);
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public DumpOutput openDumpOutput(String dd) {
    Path file = dumps.get(dd);
    if (file == null) {
      throw BwoException.of(Msg.BWO011E, dd);
    }
    dumpOutputsOpened.incrementAndGet();
    lastDumpAtCallersPriority = false;
    try {
      return new FileDumpOutput(dd, file);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO012E, dd, e.toString());
    }
  }

  @Override
  public InputStream openDumpInput(String dd, boolean fromDisk) {
    lastReadFromDisk = fromDisk;
    return openDumpInput(dd);
  }

  @Override
  public InputStream openDumpInput(String dd) {
    List<byte[]> held = memory.get(dd);
    if (held != null) {
      synchronized (held) {
        // Read as a channel too, as a dump file in the page cache is: RESTORE reads its chunks
        // into the buffers it writes them from.
        return new MemoryDumpInput(held.size() > 1 ? held.remove(0) : held.get(0));
      }
    }
    if (!dumps.containsKey(dd)) {
      throw BwoException.of(Msg.BWO011E, dd);
    }
    try {
      return Files.newInputStream(dumps.get(dd));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<Path> localFile(String dd) {
    return Optional.ofNullable(dumps.get(dd)).map(Path::toAbsolutePath);
  }

  @Override
  public void wto(String text) {
    wtos.add(text);
  }

  @Override
  public JobFacts job() {
    return new JobFacts("BWOTEST", "JOB00042", "DUMPSTEP", "TESTER");
  }

  @Override
  public void listenForOperatorCommands(OperatorCommands handler) {
    this.console = handler;
  }

  /** The temporary file a dump is written to before it is published. */
  static Path temporary(Path file) {
    return file.resolveSibling(file.getFileName() + ".tmp");
  }

  /** A dump written to {@code <file>.tmp}, renamed over {@code file} on publish. */
  private final class FileDumpOutput extends DumpOutput {
    private final String dd;
    private final Path file;
    private final Path temporary;
    private final OutputStream out;
    private long written;
    private boolean open = true;
    private boolean published;

    FileDumpOutput(String dd, Path file) throws IOException {
      this.dd = dd;
      this.file = file;
      this.temporary = temporary(file);
      this.out = Files.newOutputStream(temporary);
    }

    @Override
    public boolean bypassesPageCache() {
      return pastThePageCache;
    }

    @Override
    public Optional<String> publishedName() {
      return Optional.of(file.toAbsolutePath().toString());
    }

    @Override
    public void writeInBlocksOf(int bytes) {
      lastDumpBlockBytes = bytes;
    }

    @Override
    public void persistInBlocksOf(int bytes) {
      lastDumpPersistedBlockBytes = bytes;
    }

    @Override
    public void writeAtCallersPriority() {
      lastDumpAtCallersPriority = true;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (!open) {
        throw new IOException("the dump on " + dd + " is closed");
      }
      hook.beforeWrite(dd, written, len);
      out.write(b, off, len);
      written += len;
    }

    @Override
    public void publish() {
      try {
        open = false;
        out.close();
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        published = true;
      } catch (IOException e) {
        throw BwoException.of(Msg.BWO012E, dd, e.toString());
      }
    }

    @Override
    public void abandon() {
      if (published) {
        return;
      }
      try {
        open = false;
        out.close();
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        throw BwoException.of(Msg.BWO012E, dd, e.toString());
      }
    }
  }
}
