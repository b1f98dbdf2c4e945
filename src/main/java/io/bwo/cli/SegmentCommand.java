package io.bwo.cli;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.copy.CopySession;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.segment.FreezeLease;
import io.bwo.segment.SegmentClient;
import io.bwo.segment.SegmentServer;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import io.bwo.segment.SystemStatus;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bwo segment}: the segment system's server and the operator's commands. Without a server,
 * status, online and offline run on a segment system embedded in the command; freeze and unfreeze
 * need the server, since a freeze cannot outlive its embedded holder.
 */
@Command(
    name = "segment",
    description = "Run the segment system as a server, show it, vary segments, FREEZE/UNFREEZE.",
    mixinStandardHelpOptions = true,
    subcommands = {
      SegmentCommand.Serve.class,
      SegmentCommand.Status.class,
      SegmentCommand.Online.class,
      SegmentCommand.Offline.class,
      SegmentCommand.Freeze.class,
      SegmentCommand.Unfreeze.class
    })
final class SegmentCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(name = "serve", mixinStandardHelpOptions = true,
      description = "Run the segment server on <catalog>/.bwo/segment.sock until SIGTERM.")
  static final class Serve implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "300",
        description = "While another process runs the catalog's segment system embedded (a batch"
            + " job that found no server), wait this long for it to end (BWO234I) before failing"
            + " BWO216E; 0 fails at once (default ${DEFAULT-VALUE}).")
    long waitSeconds;

    @Override
    public Integer call() throws InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      Clock clock = Clock.systemUTC();
      EventLog log = new EventLog(out, clock);
      SegmentServer server = SegmentServer.start(catalog.open(), clock, log,
          Duration.ofSeconds(Math.max(0, waitSeconds)));
      // SIGTERM is how a server is stopped: a clean stop (thawed, sessions ended, checkpointed,
      // socket removed) that exits 0, where the JVM would report 143 for the signal. A server
      // whose system broke stops by itself and exits 12 (BWO236S), for its supervisor to see.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        log.close();
        Runtime.getRuntime().halt(exitCode(server));
      }, "bwo-segment-serve-stop"));
      server.awaitStopped();
      log.close();
      return exitCode(server);
    }

    private static int exitCode(SegmentServer server) {
      return server.failure().map(m -> m.id().returnCode()).orElse(0);
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Show the state, the segments, the freeze lease and the copy sessions.")
  static final class Status implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Catalog c = catalog.open();
      try (SegmentSystem system = SegmentSystems.connect(c, Clock.systemUTC())) {
        print(spec.commandLine().getOut(), c, system, system.status());
      }
      return 0;
    }

    private static void print(PrintWriter out, Catalog c, SegmentSystem system, SystemStatus s) {
      out.printf("SEGMENT SYSTEM OF %s: %s (%s)%n", c.root(), s.state(),
          system instanceof SegmentClient client ? "SERVER ON " + client.socket() : "EMBEDDED");
      s.lease().ifPresent(l -> out.printf("FROZEN BY %s SINCE %s, LEASE EXPIRES AT %s%n",
          l.holder(), l.acquired(), l.expires()));
      out.printf("%-8s  %s%n", "SEGMENT", "STATUS");
      for (SegmentDefinition d : s.segments()) {
        out.printf("%-8s  %s%n", d.name(), d.status());
      }
      out.printf("COPY SESSIONS: %d%n", s.sessions().size());
      for (CopySession cs : s.sessions()) {
        out.printf("%-16s  %-44s  %10d CIS  %s%n", cs.id(), cs.dsn(), cs.cis(), cs.sideFile());
      }
    }
  }

  /** What online and offline share: the segments named, and the status they are brought to. */
  abstract static class Vary implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SEG", arity = "1..*", description = "Segment names.")
    List<String> segments;

    abstract SegmentStatus status();

    @Override
    public Integer call() {
      List<SegmentName> names = segments.stream().map(SegmentName::parse).toList();
      try (SegmentSystem system = SegmentSystems.connect(catalog.open(), Clock.systemUTC())) {
        for (SegmentName s : names) {
          if (status() == SegmentStatus.ONLINE) {
            system.online(s);
          } else {
            system.offline(s);
          }
          spec.commandLine().getOut().println(Message.of(Msg.BWO209I, s, status()));
        }
      }
      return 0;
    }
  }

  @Command(name = "online", mixinStandardHelpOptions = true,
      description = "Bring segments ONLINE.")
  static final class Online extends Vary {
    @Override
    SegmentStatus status() {
      return SegmentStatus.ONLINE;
    }
  }

  @Command(name = "offline", mixinStandardHelpOptions = true,
      description = "Take segments OFFLINE, after their in-flight transactions, with a checkpoint.")
  static final class Offline extends Vary {
    @Override
    SegmentStatus status() {
      return SegmentStatus.OFFLINE;
    }
  }

  @Command(name = "freeze", mixinStandardHelpOptions = true,
      description = "FREEZE as an operator; the freeze lasts until unfreeze or its lease runs out.")
  static final class Freeze implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @Option(names = "--lease", paramLabel = "SECONDS", defaultValue = "60",
        description = "How long the freeze may last (default: ${DEFAULT-VALUE}).")
    long seconds;

    @Option(names = "--holder", paramLabel = "NAME", description = "Holder (default: your user).")
    String holder;

    @Override
    public Integer call() {
      if (seconds <= 0) {
        throw BwoException.of(Msg.BWO001E, "--lease must be a positive number of seconds");
      }
      try (SegmentClient server = server(catalog.open(), "FREEZE")) {
        FreezeLease lease =
            server.freezeDetached(holderOrUser(holder), Duration.ofSeconds(seconds));
        spec.commandLine().getOut().println(
            Message.of(Msg.BWO231I, lease.holder(), lease.expires()));
      }
      return 0;
    }
  }

  @Command(name = "unfreeze", mixinStandardHelpOptions = true,
      description = "UNFREEZE the freeze held by the holder named.")
  static final class Unfreeze implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @Option(names = "--holder", paramLabel = "NAME", description = "Holder (default: your user).")
    String holder;

    @Override
    public Integer call() {
      try (SegmentClient server = server(catalog.open(), "UNFREEZE")) {
        String name = holderOrUser(holder);
        server.unfreeze(name);
        spec.commandLine().getOut().println(Message.of(Msg.BWO232I, name));
      }
      return 0;
    }
  }

  private static SegmentClient server(Catalog c, String what) {
    return SegmentSystems.server(c).orElseThrow(
        () -> BwoException.of(Msg.BWO217E, SegmentSystems.socket(c), what));
  }

  private static String holderOrUser(String holder) {
    return holder != null ? holder : System.getProperty("user.name");
  }
}
