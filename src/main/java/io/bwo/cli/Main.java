package io.bwo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bwo} command: one subcommand per verb. Every subcommand returns its exit code; this
 * is the only place that calls {@link System#exit}.
 */
@Command(
    name = "bwo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Backup-while-open for VSAM-like data sets: DFSMSdss-style concurrent dumps.",
    subcommands = {
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
      StatusCommand.class,
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Runs {@code bwo args} and returns the exit code, without exiting the JVM. */
  public static int execute(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new MessageExceptionHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
