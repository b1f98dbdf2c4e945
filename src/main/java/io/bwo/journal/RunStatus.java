package io.bwo.journal;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A run as the journal shows it: its state, its attempts (oldest first), the owner record of its
 * newest attempt, and warnings about lines torn by a crash.
 *
 * @param journal the journal folder, for the message of an unknown run
 */
public record RunStatus(
    RunId runId,
    RunState state,
    List<AttemptHistory> attempts,
    Optional<Owner> owner,
    List<Message> warnings,
    String journal) {

  public RunStatus {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(state, "state");
    attempts = List.copyOf(attempts);
    Objects.requireNonNull(owner, "owner");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(journal, "journal");
  }

  /** The exit code of {@code bwo status}: 0, 4, 8 or 12 (see {@link RunState}). */
  public int exitCode() {
    return state.exitCode();
  }

  /** The one-line verdict, BWO610I to BWO614S; its severity's return code is the exit code. */
  public Message summary() {
    return switch (state) {
      case SUCCEEDED -> {
        AttemptHistory a = attempts.stream().filter(AttemptHistory::succeeded).findFirst()
            .orElseThrow();
        yield Message.of(Msg.BWO610I, runId, a.number(), a.endedAt().orElseThrow());
      }
      case RUNNING -> {
        String attempt = owner.map(o -> String.valueOf(o.attempt())).orElse("?");
        String node = owner.map(Owner::node).orElse("?");
        String pid = owner.map(o -> String.valueOf(o.pid())).orElse("?");
        String beat = owner.map(o -> o.heartbeat().toString()).orElse("?");
        yield Message.of(Msg.BWO611W, runId, attempt, node, pid, beat);
      }
      case FAILED -> Message.of(Msg.BWO612E, runId, last().number(), last().reached());
      case ABANDONED -> Message.of(Msg.BWO613E, runId, last().number(), last().reached(),
          last().node().isEmpty() ? "?" : last().node());
      case UNKNOWN -> Message.of(Msg.BWO614S, runId, journal);
    };
  }

  private AttemptHistory last() {
    return attempts.get(attempts.size() - 1);
  }
}
