package io.bwo.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of an attempt file, as JSON. A phase line has {@code phase}; the STARTED line also
 * carries the format, attempt, node, pid, SYSIN digest and the leftovers inherited from the
 * attempt before; a PUBLISHED line carries the dump; lines without a phase carry
 * only {@code acquired} or {@code released} leftovers. Absent fields are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record JournalLine(
    int seq,
    Instant at,
    RunPhase phase,
    String detail,
    Integer format,
    Integer attempt,
    String node,
    Long pid,
    String sysin,
    List<Leftover> inherited,
    List<Leftover> acquired,
    List<Leftover> released,
    PublishedDump dump) {

  static final int FORMAT = 1;

  JournalLine {
    Objects.requireNonNull(at, "at");
    detail = Objects.requireNonNullElse(detail, "");
    inherited = inherited == null ? List.of() : List.copyOf(inherited);
    acquired = acquired == null ? List.of() : List.copyOf(acquired);
    released = released == null ? List.of() : List.copyOf(released);
  }

  static JournalLine started(Instant at, int attempt, String node, long pid, String sysin,
      List<Leftover> inherited) {
    String detail = "NODE " + node + " PID " + pid;
    return new JournalLine(1, at, RunPhase.STARTED, detail, FORMAT, attempt, node, pid, sysin,
        inherited, null, null, null);
  }

  static JournalLine phase(int seq, Instant at, RunPhase phase, String detail,
      List<Leftover> acquired) {
    return new JournalLine(seq, at, phase, detail, null, null, null, null, null, null, acquired,
        null, null);
  }

  static JournalLine published(int seq, Instant at, PublishedDump dump) {
    String detail = dump.name();
    return new JournalLine(seq, at, RunPhase.PUBLISHED, detail, null, null, null, null, null, null,
        null, null, dump);
  }

  static JournalLine acquired(int seq, Instant at, List<Leftover> leftovers) {
    return new JournalLine(seq, at, null, null, null, null, null, null, null, null, leftovers, null,
        null);
  }

  static JournalLine released(int seq, Instant at, List<Leftover> gone) {
    return new JournalLine(seq, at, null, null, null, null, null, null, null, null, null, gone,
        null);
  }
}
