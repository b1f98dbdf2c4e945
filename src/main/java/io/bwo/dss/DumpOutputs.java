package io.bwo.dss;

import io.bwo.platform.DumpOutput;
import io.bwo.platform.Platform;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.commons.io.output.TeeOutputStream;

/**
 * The dump's output DDs: DFSMSdss writes the same dump to every OUTDDNAME. Each is published
 * only when the whole dump is written; closing without {@link #publish()} abandons them all.
 */
final class DumpOutputs implements AutoCloseable {
  private final List<String> ddNames;
  private final List<DumpOutput> outputs = new ArrayList<>();
  private final OutputStream stream;

  /**
   * Opens each DD for a dump of {@code dataBytes} of data sets, taken while {@code
   * applicationsCommit} (asked at most once, by a platform that chooses by it).
   */
  DumpOutputs(Platform platform, List<String> ddNames, long dataBytes,
      BooleanSupplier applicationsCommit) {
    this(platform, ddNames, dataBytes, applicationsCommit, name -> { });
  }

  /**
   * As the constructor above, telling {@code named} each temporary file's path before the
   * platform makes it ({@link Platform#openDumpOutput(String, long, BooleanSupplier,
   * Consumer)}).
   */
  DumpOutputs(Platform platform, List<String> ddNames, long dataBytes,
      BooleanSupplier applicationsCommit, Consumer<String> named) {
    this.ddNames = List.copyOf(ddNames);
    try {
      for (String dd : ddNames) {
        outputs.add(platform.openDumpOutput(dd, dataBytes, applicationsCommit, named));
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    OutputStream s = outputs.get(0);
    for (int i = 1; i < outputs.size(); i++) {
      s = new TeeOutputStream(s, outputs.get(i));
    }
    // The dump writer closes its stream when it is done; publishing or abandoning is ours.
    this.stream = CloseShieldOutputStream.wrap(s);
  }

  /** Where the dump is written: every output at once. */
  OutputStream stream() {
    return stream;
  }

  /** Paces every output's writes by the online system's log forces ({@link DumpOutput#paceBy}). */
  void paceBy(LongSupplier logForces) {
    outputs.forEach(o -> o.paceBy(logForces));
  }

  /** Asks every output for writes of about {@code bytes} ({@link DumpOutput#writeInBlocksOf}). */
  void writeInBlocksOf(int bytes) {
    outputs.forEach(o -> o.writeInBlocksOf(bytes));
  }

  /**
   * Asks every output for writes persisted one by one of about {@code bytes} ({@link
   * DumpOutput#persistInBlocksOf}).
   */
  void persistInBlocksOf(int bytes) {
    outputs.forEach(o -> o.persistInBlocksOf(bytes));
  }

  /**
   * Has every output write at the caller's priority, not the copy's ({@link
   * DumpOutput#writeAtCallersPriority}).
   */
  void writeAtCallersPriority() {
    outputs.forEach(DumpOutput::writeAtCallersPriority);
  }

  /** Makes the dump visible under every DD's name. */
  void publish() {
    for (DumpOutput o : outputs) {
      o.publish();
    }
  }

  /** The files the outputs are written under until they are published (local files only). */
  List<String> temporaryNames() {
    return outputs.stream().flatMap(o -> o.temporaryName().stream()).toList();
  }

  /** The local files the outputs are published as, one per DD; empty unless every DD has one. */
  List<String> publishedNames() {
    List<String> names = outputs.stream().flatMap(o -> o.publishedName().stream()).toList();
    return names.size() == outputs.size() ? names : List.of();
  }

  /** Where the step reads the published dump back: its DD, and whether from the disk. */
  record ReadBack(String dd, boolean fromDisk) {}

  /**
   * The first DD whose output can be read back ({@link DumpOutput#readableBack}), from the disk if
   * it went past the page cache; empty where none can (DUMMY, pipes, devices).
   */
  Optional<ReadBack> readBack() {
    for (int i = 0; i < outputs.size(); i++) {
      if (outputs.get(i).readableBack()) {
        return Optional.of(new ReadBack(ddNames.get(i), outputs.get(i).bypassesPageCache()));
      }
    }
    return Optional.empty();
  }

  /** The DD names, for messages. */
  String names() {
    return String.join(",", ddNames);
  }

  @Override
  public void close() {
    for (DumpOutput o : outputs) {
      o.close();
    }
  }
}
