package io.bwo.journal;

import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a run's id comes from, in order: the {@code --run-id} option, {@code RUNID=} in the JCL
 * PARM, the environment variable {@code BWO_RUN_ID}. The first one given wins; a given one that
 * is not a valid id stops the step (BWO601E) rather than falling through to the next.
 */
public final class RunIds {
  /** The environment variable a scheduler sets to pass its execution id. */
  public static final String ENV = "BWO_RUN_ID";

  static final String OPTION = "--run-id";
  static final String PARM = "PARM RUNID=";
  private static final String PARM_KEYWORD = "RUNID=";

  private RunIds() {}

  /** A run id and the place it was found, for the listing (BWO600I). */
  public record Resolved(RunId id, String from) {
    public Resolved {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(from, "from");
    }

    /** BWO600I naming the id and its source. */
    public Message message() {
      return Message.of(Msg.BWO600I, id, from);
    }
  }

  /**
   * The run id from {@code option} (the value of {@code --run-id}), else from {@code parm} (the
   * whole EXEC PARM text, e.g. {@code TYPRUN=NORUN,RUNID=@A123}), else from {@code env}'s
   * {@code BWO_RUN_ID}; empty when none is given, and the caller derives one ({@link
   * RunId#derive}). An empty {@code BWO_RUN_ID} counts as not set, as schedulers export empty
   * variables.
   */
  public static Optional<Resolved> resolve(
      Optional<String> option, Optional<String> parm, Map<String, String> env) {
    if (option.isPresent()) {
      return Optional.of(checked(option.get(), OPTION));
    }
    Optional<String> fromParm = parm.flatMap(RunIds::runIdInParm);
    if (fromParm.isPresent()) {
      return Optional.of(checked(fromParm.get(), PARM));
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(checked(fromEnv.trim(), ENV));
    }
    return Optional.empty();
  }

  /** The value of the one {@code RUNID=} among the PARM's comma-separated keywords. */
  private static Optional<String> runIdInParm(String parm) {
    String found = null;
    for (String item : parm.split(",")) {
      String keyword = item.trim();
      if (keyword.toUpperCase(Locale.ROOT).startsWith(PARM_KEYWORD)) {
        if (found != null) {
          throw BwoException.of(Msg.BWO601E, keyword.substring(PARM_KEYWORD.length()), PARM,
              "RUNID= IS GIVEN MORE THAN ONCE");
        }
        found = keyword.substring(PARM_KEYWORD.length());
      }
    }
    return Optional.ofNullable(found);
  }

  private static Resolved checked(String value, String from) {
    String broken = RunId.brokenRule(value);
    if (broken != null) {
      throw BwoException.of(Msg.BWO601E, value, from, broken);
    }
    return new Resolved(new RunId(value), from);
  }
}
