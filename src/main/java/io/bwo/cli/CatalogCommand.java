package io.bwo.cli;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.DsnFilter;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bwo catalog}: IDCAMS DEFINE CLUSTER, LISTCAT, ALTER and DELETE for this world. */
@Command(
    name = "catalog",
    description = "Define, list, alter and delete LINEAR clusters in a catalog.",
    mixinStandardHelpOptions = true,
    subcommands = {
      CatalogCommand.Define.class,
      CatalogCommand.ListCat.class,
      CatalogCommand.Alter.class,
      CatalogCommand.Delete.class
    })
final class CatalogCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(name = "define", description = "Define a LINEAR cluster (zero-filled) and its segment.",
      mixinStandardHelpOptions = true)
  static final class Define implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DSN", description = "Data set name.") String dsn;

    @Option(names = "--segment", required = true, paramLabel = "SEG",
        description = "Owning segment; defined OFFLINE if new.")
    String segment;

    @Option(names = "--cis", required = true, paramLabel = "N", description = "Size in CIs.")
    long cis;

    @Option(names = "--ci-size", paramLabel = "BYTES", defaultValue = "4096",
        description = "CI size in bytes (default: ${DEFAULT-VALUE}).")
    int ciSize;

    @Option(names = "--bwo-eligible", description = "Set the backup-while-open indicator.")
    boolean bwoEligible;

    @Override
    public Integer call() {
      Catalog c = catalog.open();
      CatalogEntry e = c.define(CatalogEntry.linear(Dsn.parse(dsn), SegmentName.parse(segment),
          ciSize, cis, bwoEligible, Clock.systemUTC().instant()));
      spec.commandLine().getOut().printf("CLUSTER %s DEFINED IN SEGMENT %s: %d CIS OF %d BYTES%n",
          e.dsn(), e.segment(), e.cis(), e.ciSize());
      return 0;
    }
  }

  @Command(name = "list", description = "List the cataloged clusters (LISTCAT).",
      mixinStandardHelpOptions = true)
  static final class ListCat implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILTER", arity = "0..1", description = "DFSMSdss filter (* ** %%).")
    String filter;

    @Option(names = "--long", description = "Every attribute and the data file's path.")
    boolean longForm;

    @Override
    public Integer call() {
      Catalog c = catalog.open();
      List<DsnFilter> include = filter == null ? List.of() : List.of(DsnFilter.parse(filter));
      PrintWriter out = spec.commandLine().getOut();
      for (CatalogEntry e : c.select(include, List.of())) {
        if (longForm) {
          out.printf("CLUSTER ------- %s%n", e.dsn());
          out.printf("     TYPE------------%s   SEGMENT---------%s%n", e.type(), e.segment());
          out.printf("     CISIZE----------%d   CIS-------------%d   HI-U-RBA--------%d%n",
              e.ciSize(), e.cis(), e.highUsedRba());
          out.printf("     BWO-------------%s   DSCHA-----------%s%n",
              e.bwoEligible() ? "YES" : "NO", e.changed() ? "YES" : "NO");
          out.printf("     CREATED---------%s   UPDATED---------%s%n", e.created(), e.updated());
          out.printf("     DATA------------%s%n", c.dataFile(e.dsn()).toAbsolutePath());
        } else {
          out.printf("%-44s %-6s %-8s %10d CIS %5d BWO=%s%n", e.dsn(), e.type(), e.segment(),
              e.cis(), e.ciSize(), e.bwoEligible() ? "YES" : "NO");
        }
      }
      return 0;
    }
  }

  @Command(name = "alter", description = "Change a cluster's attributes (IDCAMS ALTER).",
      mixinStandardHelpOptions = true)
  static final class Alter implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DSN") String dsn;

    @Option(names = "--bwo-eligible", negatable = true,
        description = "Set or (--no-bwo-eligible) reset the BWO indicator.")
    Boolean bwoEligible;

    @Option(names = "--changed", negatable = true,
        description = "Set or (--no-changed) reset the data-set-changed flag.")
    Boolean changed;

    @Option(names = "--segment", paramLabel = "SEG", description = "Move to another segment.")
    String segment;

    @Override
    public Integer call() {
      Catalog c = catalog.open();
      CatalogEntry e = c.get(Dsn.parse(dsn));
      if (bwoEligible != null) {
        e = e.withBwoEligible(bwoEligible);
      }
      if (changed != null) {
        e = e.withChanged(changed);
      }
      if (segment != null) {
        SegmentName s = SegmentName.parse(segment);
        if (c.segment(s).isEmpty()) {
          c.putSegment(new SegmentDefinition(s, SegmentStatus.OFFLINE));
        }
        e = e.withSegment(s);
      }
      c.put(e.withUpdated(Clock.systemUTC().instant()));
      spec.commandLine().getOut().printf("CLUSTER %s ALTERED%n", e.dsn());
      return 0;
    }
  }

  @Command(name = "delete", description = "Delete a cluster: its entry and its data.",
      mixinStandardHelpOptions = true)
  static final class Delete implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DSN") String dsn;

    @Override
    public Integer call() {
      catalog.open().delete(Dsn.parse(dsn));
      spec.commandLine().getOut().printf("CLUSTER %s DELETED%n", Dsn.parse(dsn));
      return 0;
    }
  }
}
