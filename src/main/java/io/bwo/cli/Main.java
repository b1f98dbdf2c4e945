package io.bwo.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bwo} command: one subcommand per verb, added by {@link #newCommandLine(String)}.
 * Every subcommand returns its exit code; this is the only place that calls {@link System#exit}.
 */
@Command(
    name = "bwo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Backup-while-open for VSAM-like data sets: DFSMSdss-style concurrent dumps.")
public final class Main implements Runnable {
  /** The verbs, in the order the usage lists them; help first, as it needs the others. */
  private static final List<Class<?>> VERBS = List.of(
      CommandLine.HelpCommand.class,
      CatalogCommand.class,
      SettingsCommand.class,
      SegmentCommand.class,
      WorkloadCommand.class,
      DssCommand.class,
      DemoCommand.class,
      ConsoleCommand.class,
      VerifyCommand.class,
      SubmitCommand.class,
      StatusCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Runs {@code bwo args} and returns the exit code, without exiting the JVM. */
  public static int execute(String... args) {
    return newCommandLine(args.length > 0 ? args[0] : "").execute(args);
  }

  /** The whole command: every verb and its subcommands. */
  static CommandLine newCommandLine() {
    return newCommandLine("");
  }

  /**
   * The command with only {@code verb}'s subcommand when {@code verb} names one other than {@code
   * help}, else with every verb (help, a mistyped verb's suggestions, the usage). picocli builds
   * each command's model from its annotations by reflection as it is added, and a step pays for it
   * at every start: the whole command took 236-283 ms of CPU to build here, {@code dss}'s alone
   * 143-161 ms (first use, class data sharing on).
   */
  static CommandLine newCommandLine(String verb) {
    List<Class<?>> chosen = VERBS.stream().skip(1)
        .filter(c -> c.getAnnotation(Command.class).name().equals(verb)).toList();
    CommandLine cl = new CommandLine(new Main());
    (chosen.isEmpty() ? VERBS : chosen).forEach(cl::addSubcommand);
    cl.setExecutionExceptionHandler(new MessageExceptionHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
