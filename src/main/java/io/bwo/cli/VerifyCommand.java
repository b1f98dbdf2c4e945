package io.bwo.cli;

import io.bwo.catalog.CatalogEntry;
import io.bwo.dump.DumpHeader;
import io.bwo.dump.DumpVerifier;
import io.bwo.dump.VerifyReport;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bwo verify DUMPFILE} or {@code bwo verify --indd DDNAME}: reads a dump end to end without
 * restoring it, lists its data sets and ends with BWO402I when it is sound (exit 0), or with the
 * first fault, naming the data set and the byte range of the dump (BWO403E or BWO404E, exit 8).
 */
@Command(name = "verify", description = "Check a dump end to end without restoring it.",
    mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {
  // Verify needs no catalog; the option is taken as by every command, so scripts may pass it.
  @Mixin CatalogOption catalog;
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  FileOrDd source;

  @Override
  public Integer call() {
    String name = source.name();
    VerifyReport report;
    try (InputStream in = source.open()) {
      report = DumpVerifier.verify(in);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO407E, name, FileOrDd.why(e));
    }
    return print(name, report, spec.commandLine().getOut());
  }

  /** Lists {@code report} of the dump called {@code name}; returns the exit code it implies. */
  static int print(String name, VerifyReport report, PrintWriter out) {
    report.header().ifPresent(h -> out.println(header(name, h)));
    for (CatalogEntry e : report.dataSets()) {
      out.println(Message.of(Msg.BWO401I, e.dsn(), e.cis(), e.sizeBytes()));
    }
    Message last = report.fault().map(f -> f.message()).orElseGet(() -> Message.of(Msg.BWO402I,
        name, report.dataSets().size(), report.cis(), report.dataBytes(), report.dumpBytes()));
    out.println(last);
    out.flush();
    return last.returnCode();
  }

  private static Message header(String name, DumpHeader h) {
    return Message.of(Msg.BWO400I, name, DumpHeader.FORMAT_VERSION, h.created(), h.runId(),
        h.sourceSystem(), h.compression());
  }
}
