package io.bwo.cli;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.Settings;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bwo settings export|import}: the catalog's definitions, without the data, as JSON. */
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

  @Command(name = "export", description = "Write the settings to FILE (atomically).",
      mixinStandardHelpOptions = true)
  static final class Export implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE") Path file;

    @Override
    public Integer call() {
      Catalog c = catalog.open();
      Settings s = Settings.export(c, Clock.systemUTC().instant());
      s.write(file);
      spec.commandLine().getOut().println(
          Message.of(Msg.BWO804I, file, s.segments().size(), s.clusters().size()));
      return 0;
    }
  }

  @Command(name = "import", description = "Define what FILE holds; existing definitions change "
      + "only with --replace.", mixinStandardHelpOptions = true)
  static final class Import implements Callable<Integer> {
    @Mixin CatalogOption catalog;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = "--replace", description = "Change existing definitions that differ.")
    boolean replace;

    @Override
    public Integer call() {
      Settings.ImportReport r = Settings.read(file).importInto(catalog.open(), replace);
      spec.commandLine().getOut().println(Message.of(Msg.BWO805I, file, r.segmentsDefined(),
          r.clustersDefined(), r.replaced()));
      return 0;
    }
  }
}
