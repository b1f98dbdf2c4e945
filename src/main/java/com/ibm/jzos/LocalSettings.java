package com.ibm.jzos;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the stubs find what z/OS would know: a system property first (so that the CLI and tests can
 * set it in-process), then an environment variable, then a documented default.
 */
final class LocalSettings {
  private LocalSettings() {}

  static Optional<String> find(String property, String environmentVariable) {
    String value = System.getProperty(property);
    if (value == null || value.isEmpty()) {
      value = System.getenv(environmentVariable);
    }
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  static String get(String property, String environmentVariable, String fallback) {
    return find(property, environmentVariable).orElse(fallback);
  }

  /** The file a DD name is allocated to: {@code bwo.dd.NAME}, else {@code DD_NAME}. */
  static Optional<String> dd(String ddname) {
    String name = ddname.toUpperCase(Locale.ROOT);
    return find("bwo.dd." + name, "DD_" + name);
  }

  /**
   * A setting of DD {@code dd} ({@code recfm}, {@code lrecl}, {@code disp}): {@code
   * bwo.dd.NAME.what}, else {@code DD_NAME_WHAT}.
   */
  static Optional<String> ddSetting(String dd, String what) {
    return find("bwo.dd." + dd + "." + what, "DD_" + dd + "_" + what.toUpperCase(Locale.ROOT));
  }

  static String jobName() {
    return get("bwo.jobname", "BWO_JOBNAME", "BWOLOCAL").toUpperCase(Locale.ROOT);
  }

  /**
   * The job id: {@code bwo.jobid}, {@code BWO_JOBID}, else one made from the process id, as JES
   * gives each submission a new number (so a run id derived from it is new for each run).
   */
  static String jobId() {
    String fallback = String.format("JOB%05d", ProcessHandle.current().pid() % 100_000);
    return get("bwo.jobid", "BWO_JOBID", fallback).toUpperCase(Locale.ROOT);
  }

  static String stepName() {
    return get("bwo.stepname", "BWO_STEPNAME", "BWO").toUpperCase(Locale.ROOT);
  }

  static String procStepName() {
    return get("bwo.procstepname", "BWO_PROCSTEPNAME", "").strip().toUpperCase(Locale.ROOT);
  }

  static String user() {
    return System.getProperty("user.name", "BWOUSER").toUpperCase(Locale.ROOT);
  }

  static Path consoleDir() {
    String fallback =
        Path.of(
                System.getProperty("java.io.tmpdir"),
                "bwo-console-" + System.getProperty("user.name"))
            .toString();
    return Path.of(get("bwo.console.dir", "BWO_CONSOLE_DIR", fallback));
  }

  static Path consoleLog() {
    return find("bwo.console.log", "BWO_CONSOLE_LOG")
        .map(Path::of)
        .orElseGet(() -> consoleDir().resolve("console.log"));
  }

  static Optional<String> datasetsDir() {
    return find("bwo.datasets", "BWO_DATASETS");
  }
}
