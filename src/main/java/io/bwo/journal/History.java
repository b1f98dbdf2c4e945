package io.bwo.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The attempts of one run, read from its folder, oldest first.
 *
 * <p>A crash can tear only the end of an attempt file (lines are appended and forced one at a
 * time, and a new attempt writes a new file), so an unfinished last line is ignored: its record()
 * never returned, so its phase never took effect. Any other line that is not valid JSON is
 * ignored too. Both are reported (BWO607W) and neither stops a re-run.
 */
record History(List<AttemptHistory> attempts, List<Message> warnings) {

  private static final Pattern ATTEMPT_FILE = Pattern.compile("attempt-(\\d{6})\\.jsonl");

  History {
    attempts = List.copyOf(attempts);
    warnings = List.copyOf(warnings);
  }

  static String fileName(int attempt) {
    return String.format("attempt-%06d.jsonl", attempt);
  }

  /** The run's attempts in {@code dir}; none when the folder does not exist. */
  static History read(Path dir, ObjectMapper json) {
    List<Integer> numbers = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.forEach(p -> {
          Matcher m = ATTEMPT_FILE.matcher(p.getFileName().toString());
          if (m.matches()) {
            numbers.add(Integer.parseInt(m.group(1)));
          }
        });
      } catch (IOException e) {
        throw BwoException.of(Msg.BWO609E, dir, e.getMessage());
      }
    }
    numbers.sort(null);
    List<AttemptHistory> attempts = new ArrayList<>();
    List<Message> warnings = new ArrayList<>();
    List<Leftover> carried = List.of();
    for (int n : numbers) {
      Path file = dir.resolve(fileName(n));
      Optional<AttemptHistory> read = parse(n, file, carried, json);
      if (read.isEmpty()) {
        continue;
      }
      AttemptHistory a = read.get();
      for (int line : a.damagedLines()) {
        warnings.add(Message.of(Msg.BWO607W, file, line));
      }
      attempts.add(a);
      carried = a.leftovers();
    }
    return new History(attempts, warnings);
  }

  /** Attempt {@code number} from {@code file}; empty when a new attempt pruned it meanwhile. */
  private static Optional<AttemptHistory> parse(int number, Path file, List<Leftover> carried,
      ObjectMapper json) {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO609E, file, e.getMessage());
    }
    List<JournalLine> lines = new ArrayList<>();
    List<Integer> damaged = new ArrayList<>();
    String[] parts = text.split("\n", -1);
    // The text after the last newline is empty for a whole file, a torn line otherwise.
    for (int i = 0; i < parts.length; i++) {
      boolean complete = i < parts.length - 1;
      if (parts[i].isEmpty() && complete) {
        continue;
      }
      if (!complete) {
        if (!parts[i].isEmpty()) {
          damaged.add(i + 1);
        }
        continue;
      }
      try {
        JournalLine line = json.readValue(parts[i], JournalLine.class);
        if (line == null) {
          // The text "null" is JSON, but not a journal line.
          damaged.add(i + 1);
        } else {
          lines.add(line);
        }
      } catch (JsonProcessingException e) {
        damaged.add(i + 1);
      }
    }
    return Optional.of(fold(number, lines, carried, damaged));
  }

  private static AttemptHistory fold(int number, List<JournalLine> lines, List<Leftover> carried,
      List<Integer> damaged) {
    Optional<JournalLine> start =
        lines.stream().filter(l -> l.phase() == RunPhase.STARTED).findFirst();
    // Without its STARTED line, an attempt still holds what the attempt before it left.
    Set<Leftover> leftovers = new LinkedHashSet<>(start.map(JournalLine::inherited).orElse(carried));
    List<PhaseRecord> phases = new ArrayList<>();
    List<PublishedDump> dumps = new ArrayList<>();
    for (JournalLine l : lines) {
      leftovers.addAll(l.acquired());
      l.released().forEach(leftovers::remove);
      if (l.phase() != null) {
        phases.add(new PhaseRecord(l.phase(), l.at(), l.detail()));
      }
      if (l.dump() != null) {
        dumps.add(l.dump());
      }
    }
    return new AttemptHistory(
        number,
        start.map(JournalLine::node).orElse(""),
        start.map(JournalLine::pid).orElse(0L),
        start.map(JournalLine::sysin).orElse(""),
        phases,
        List.copyOf(leftovers),
        dumps,
        damaged);
  }

  boolean isEmpty() {
    return attempts.isEmpty();
  }

  /** The number of the newest attempt, 0 when there is none. */
  int lastNumber() {
    return attempts.isEmpty() ? 0 : attempts.get(attempts.size() - 1).number();
  }

  Optional<AttemptHistory> last() {
    return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
  }

  /** The attempt that succeeded; after it, no attempt does work. */
  Optional<AttemptHistory> succeeded() {
    return attempts.stream().filter(AttemptHistory::succeeded).findFirst();
  }

  /** True when attempt {@code n} is in the journal and recorded SUCCEEDED or FAILED. */
  boolean ended(int n) {
    return attempts.stream().anyMatch(a -> a.number() == n && a.ending().isPresent());
  }

  /** What the last attempt ended as, for a new attempt that holds the run's lock. */
  PriorOutcome prior() {
    Optional<AttemptHistory> ok = succeeded();
    if (ok.isPresent()) {
      AttemptHistory a = ok.get();
      return new PriorOutcome.Succeeded(a.number(), a.endedAt().orElseThrow(), a.dumps(),
          Math.min(a.returnCode(), 7));
    }
    Optional<AttemptHistory> last = last();
    if (last.isEmpty()) {
      return new PriorOutcome.NeverRan();
    }
    AttemptHistory a = last.get();
    PriorOutcome.Ending ending =
        a.ending().isPresent() ? PriorOutcome.Ending.FAILED : PriorOutcome.Ending.ABANDONED;
    return new PriorOutcome.Unfinished(
        a.number(), ending, a.reached(), a.node(), a.sysinDigest(), a.leftovers());
  }
}
