package io.bwo.dss;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import io.bwo.platform.DumpOutput;
import io.bwo.platform.JobFacts;
import io.bwo.platform.Listing;
import io.bwo.platform.OperatorCommands;
import io.bwo.platform.Platform;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Platform} for the restore tests over plain files: SYSIN from a list of card images,
 * SYSPRINT into a list of lines, and every other DD a file (a dump written as {@code <file>.tmp}
 * and renamed on publish, as the local JZOS stubs do). Not thread-safe beyond what one step's
 * threads do with it.
 */
final class FilePlatform implements Platform {
  private final Map<String, Path> files = new HashMap<>();
  private final Map<String, List<byte[]>> inputs = new HashMap<>();
  private final List<String> sysin = new ArrayList<>();
  private final List<String> sysprint = java.util.Collections.synchronizedList(new ArrayList<>());

  /** A new step reads {@code records} from SYSIN (as 80-column cards); SYSPRINT starts empty. */
  FilePlatform step(String... records) {
    sysin.clear();
    for (String r : records) {
      sysin.add(String.format("%-80s", r));
    }
    sysprint.clear();
    return this;
  }

  /** DD {@code dd} is the file {@code file}. */
  FilePlatform dd(String dd, Path file) {
    files.put(dd, file);
    return this;
  }

  /**
   * DD {@code dd} is an input holding {@code bytes} (a dump read often, faster than a file); with
   * more than one, each opening reads the next, and the last from then on.
   */
  FilePlatform dd(String dd, byte[]... bytes) {
    inputs.put(dd, new ArrayList<>(List.of(bytes)));
    return this;
  }

  /** The SYSPRINT lines of the last step. */
  List<String> sysprint() {
    synchronized (sysprint) {
      return List.copyOf(sysprint);
    }
  }

  /** The message ids of the last step's SYSPRINT, in order. */
  List<String> ids() {
    return sysprint().stream().map(String::strip).filter(l -> l.matches("(ADR|BWO)\\d{3}[A-Z] .*"))
        .map(l -> l.substring(0, 7)).toList();
  }

  @Override
  public boolean ddExists(String dd) {
    return dd.equals(Adrdssu.SYSIN) || dd.equals(Adrdssu.SYSPRINT) || files.containsKey(dd)
        || inputs.containsKey(dd);
  }

  @Override
  public List<String> readRecords(String dd) {
    return List.copyOf(sysin);
  }

  @Override
  public Listing openListing(String dd) {
    return new Listing() {
      @Override
      public void heading(String text) {
        sysprint.add("1" + text);
      }

      @Override
      public void line(String text) {
        sysprint.add(" " + text);
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public DumpOutput openDumpOutput(String dd) {
    Path file = file(dd);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    OutputStream out;
    try {
      out = Files.newOutputStream(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DumpOutput() {
      private boolean published;

      @Override
      public void write(int b) throws IOException {
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void publish() {
        try {
          out.close();
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
          published = true;
        } catch (IOException e) {
          throw BwoException.of(Msg.BWO012E, dd, e.getMessage());
        }
      }

      @Override
      public void abandon() {
        if (!published) {
          try {
            out.close();
            Files.deleteIfExists(tmp);
          } catch (IOException e) {
            throw BwoException.of(Msg.BWO012E, dd, e.getMessage());
          }
        }
      }
    };
  }

  @Override
  public InputStream openDumpInput(String dd) {
    if (inputs.containsKey(dd)) {
      List<byte[]> next = inputs.get(dd);
      return new ByteArrayInputStream(next.size() > 1 ? next.remove(0) : next.get(0));
    }
    try {
      return Files.newInputStream(file(dd));
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO012E, dd, e.getMessage());
    }
  }

  @Override
  public void wto(String text) {}

  @Override
  public JobFacts job() {
    return new JobFacts("RESTJOB", "JOB00042", "STEP1", "TESTER");
  }

  @Override
  public void listenForOperatorCommands(OperatorCommands handler) {}

  private Path file(String dd) {
    Path p = files.get(dd);
    if (p == null) {
      throw BwoException.of(Msg.BWO011E, dd);
    }
    return p;
  }
}
