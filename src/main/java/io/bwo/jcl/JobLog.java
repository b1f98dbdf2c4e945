package io.bwo.jcl;

import io.bwo.message.Message;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job log of a local submission, laid out as a JES2 job log (JESMSGLG) reads: a banner, the
 * date line, then one line per message stamped {@code hh.mm.ss JOBnnnnn}, with the step
 * statistics lines ({@code -JOBNAME  STEPNAME PROCSTEP  RC ...}) after each step.
 */
final class JobLog {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm.ss");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEEE, dd MMM yyyy", Locale.ENGLISH);

  private final Clock clock;
  private final String jobId;
  private final List<String> lines = new ArrayList<>();

  JobLog(Clock clock, String jobId) {
    this.clock = clock;
    this.jobId = jobId;
    lines.add("                    J E S 2  J O B  L O G  --  L O C A L  ( B W O  S U B M I T )");
    lines.add("");
    lines.add(stamp() + " ---- " + DATE.format(clock.instant().atZone(clock.getZone()))
        .toUpperCase(Locale.ENGLISH) + " ----");
  }

  /** Adds message {@code m}. */
  void print(Message m) {
    lines.add(stamp() + "  " + m);
  }

  /** Adds the statistics header line. */
  void stepHeader() {
    lines.add(stamp() + "  -JOBNAME  STEPNAME PROCSTEP PROGRAM      RC   ELAPSED");
  }

  /** Adds the statistics line of a step: {@code rc} is a code, FLUSH or an abend code. */
  void stepLine(String job, String step, String procStep, String program, String rc,
      double seconds) {
    lines.add(String.format("%s  -%-8s %-8s %-8s %-8s %6s %8.2fS", stamp(), job, step,
        procStep == null ? "" : procStep, program, rc, seconds));
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  private String stamp() {
    return TIME.format(clock.instant().atZone(clock.getZone())) + " " + jobId;
  }
}
