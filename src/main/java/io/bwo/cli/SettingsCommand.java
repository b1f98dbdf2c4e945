package io.bwo.cli;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.Settings;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.platform.DumpOutput;
import io.bwo.platform.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bwo settings export|import}: the catalog's definitions, without the data, as JSON
 * (docs/settings-format.md), to and from a file or a DD ({@code --outdd}, {@code --indd}: the
 * BWOSETX job writes a generation of the settings GDG).
 */
@Command(
    name = "settings",
    description = "Export or import catalog entries and segment definitions (no data).",
    mixinStandardHelpOptions = true,
    subcommands = {SettingsCommand.Export.class, SettingsCommand.Import.class})
final class SettingsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(name = "export", description = "Write the settings to FILE (atomically) or a DD.",
      mixinStandardHelpOptions = true)
  static final class Export implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where the settings go: a file, or a DD. */
    static final class Target {
      @Parameters(paramLabel = "FILE", description = "The file to write.")
      Path file;

      @Option(names = "--outdd", paramLabel = "DDNAME",
          description = "Write to this DD (off z/OS: DD_<DDNAME> names its file).")
      String outdd;
    }

    @Override
    public Integer call() {
      Catalog c = catalog.open();
      Settings s = Settings.export(c, Clock.systemUTC().instant());
      String name;
      if (target.file != null) {
        try {
          s.write(target.file);
        } catch (UncheckedIOException e) {
          throw BwoException.of(Msg.BWO004E, target.file, FileOrDd.why(e.getCause()));
        }
        name = target.file.toString();
      } else {
        name = "DD " + target.outdd.toUpperCase(Locale.ROOT);
        try (DumpOutput out = Platform.jzos().openDumpOutput(target.outdd)) {
          s.write(out);
          out.publish();
        } catch (IOException e) {
          throw BwoException.of(Msg.BWO012E, target.outdd, e.getMessage());
        }
      }
      spec.commandLine().getOut().println(
          Message.of(Msg.BWO804I, name, s.segments().size(), s.clusters().size()));
      return 0;
    }
  }

  @Command(name = "import", description = "Define what FILE (or a DD) holds; existing "
      + "definitions, and those of ONLINE segments, change only with --replace.",
      mixinStandardHelpOptions = true)
  static final class Import implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    FileOrDd source;

    @Option(names = "--replace",
        description = "Change existing definitions that differ, also of ONLINE segments.")
    boolean replace;

    @Override
    public Integer call() {
      String name = source.name();
      Settings settings;
      try (InputStream in = source.open()) {
        settings = Settings.read(in, name);
      } catch (IOException e) {
        throw BwoException.of(Msg.BWO801E, name, FileOrDd.why(e));
      }
      Settings.ImportReport r = settings.importInto(catalog.open(), replace);
      if (r.resumed()) {
        spec.commandLine().getOut().println(Message.of(Msg.BWO806W, name));
      }
      spec.commandLine().getOut().println(Message.of(Msg.BWO805I, name, r.segmentsDefined(),
          r.clustersDefined(), r.replaced()));
      return 0;
    }
  }
}
