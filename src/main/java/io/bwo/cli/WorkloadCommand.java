package io.bwo.cli;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.DsnFilter;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import io.bwo.workload.AckCheck;
import io.bwo.workload.AckLog;
import io.bwo.workload.Workload;
import io.bwo.workload.WorkloadReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bwo workload init|run|check}: the applications that keep the segment system busy. */
@Command(
    name = "workload",
    description = "Run account transfers against the segment system and check the invariant.",
    mixinStandardHelpOptions = true,
    subcommands = {WorkloadCommand.Init.class, WorkloadCommand.Run.class,
        WorkloadCommand.Check.class})
final class WorkloadCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Options every workload verb shares. */
  static final class Selection {
    @Mixin CatalogOption catalog;

    @Option(names = "--include", paramLabel = "FILTER",
        description = "Data sets to use (default: all data sets of ONLINE segments).")
    List<String> include = List.of();

    List<DsnFilter> filters() {
      return include.stream().map(DsnFilter::parse).toList();
    }
  }

  @Command(name = "init", description = "Set every account of the chosen data sets to 1000.",
      mixinStandardHelpOptions = true)
  static final class Init implements Callable<Integer> {
    @Mixin Selection selection;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Catalog catalog = selection.catalog.open();
      try (SegmentSystem system = SegmentSystems.connect(catalog, Clock.systemUTC())) {
        Workload w = Workload.over(catalog, system, selection.filters());
        long accounts = w.init();
        spec.commandLine().getOut().println(
            Message.of(Msg.BWO902I, accounts, w.dataSets().size()));
      }
      return 0;
    }
  }

  @Command(name = "run", description = "Run transfers; print TX/S and p50/p99 latency.",
      mixinStandardHelpOptions = true)
  static final class Run implements Callable<Integer> {
    @Mixin Selection selection;
    @Spec CommandSpec spec;

    @Option(names = "--seconds", required = true, paramLabel = "S") double seconds;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "0",
        description = "Transactions per second in all (0: as fast as possible).")
    int rate;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1") long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "4") int threads;

    @Option(names = "--ack-log", paramLabel = "FILE",
        description = "Append one line per acknowledged transaction (after its commit returned).")
    Path ackLog;

    @Override
    public Integer call() {
      Catalog catalog = selection.catalog.open();
      try (SegmentSystem system = SegmentSystems.connect(catalog, Clock.systemUTC());
          AckLog log = ackLog == null ? null : AckLog.append(ackLog)) {
        Workload w = Workload.over(catalog, system, selection.filters());
        WorkloadReport r = w.run(Duration.ofMillis((long) (seconds * 1000)), threads, rate, seed,
            new AtomicBoolean(), Optional.ofNullable(log));
        spec.commandLine().getOut().println(Message.of(Msg.BWO904I, r.committed(),
            String.format("%.1f", r.elapsed().toMillis() / 1000.0),
            String.format("%.0f", r.perSecond()),
            String.format("%.3f", r.p50Nanos() / 1e6),
            String.format("%.3f", r.p99Nanos() / 1e6), r.refused()));
        if (r.ended().isPresent()) {
          // Acknowledged before the end stays acknowledged: the ack log has every one of them.
          spec.commandLine().getErr().println(r.ended().get());
          return r.ended().get().returnCode();
        }
      }
      return 0;
    }
  }

  @Command(name = "check", description = "Verify that the accounts sum to 1000 times their number.",
      mixinStandardHelpOptions = true)
  static final class Check implements Callable<Integer> {
    @Mixin Selection selection;
    @Spec CommandSpec spec;

    @Option(names = "--ack-log", paramLabel = "FILE",
        description = "Also prove that every transaction in this acknowledgement log is in the"
            + " data.")
    Path ackLog;

    @Override
    public Integer call() {
      Catalog catalog = selection.catalog.open();
      try (SegmentSystem system = SegmentSystems.connect(catalog, Clock.systemUTC())) {
        Workload w = Workload.over(catalog, system, selection.filters());
        if (ackLog != null) {
          AckCheck check = w.checkAcks(ackLog);
          (check.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr())
              .println(check.summary());
          check.faults().stream().skip(1).forEach(spec.commandLine().getErr()::println);
          return check.summary().returnCode();
        }
        long sum = w.sum();
        long accounts = w.expectedSum() / 1000;
        if (sum != w.expectedSum()) {
          Message m = Message.of(Msg.BWO906E, accounts, w.dataSets().size(), sum, w.expectedSum());
          spec.commandLine().getErr().println(m);
          return m.returnCode();
        }
        spec.commandLine().getOut().println(
            Message.of(Msg.BWO905I, accounts, w.dataSets().size(), sum));
      }
      return 0;
    }
  }
}
