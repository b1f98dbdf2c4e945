package io.bwo.platform;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DD names, and the off-z/OS convention that allocates a DD to a local file: the system property
 * {@code bwo.dd.NAME} (what {@code --dd NAME=PATH} sets), else the environment variable {@code
 * DD_NAME}. The JZOS stubs read the same two names. On z/OS neither is set, so every DD is a DD
 * statement and is reached as {@code //DD:NAME}.
 */
final class LocalDds {
  private static final Pattern DD_NAME = Pattern.compile("[A-Z@#$][A-Z0-9@#$]{0,7}");

  private LocalDds() {}

  /** {@code dd} in upper case; BWO010E unless it is 1 to 8 letters, digits or {@code @#$}. */
  static String checkName(String dd) {
    String name = dd.toUpperCase(Locale.ROOT);
    if (!DD_NAME.matcher(name).matches()) {
      throw BwoException.of(
          Msg.BWO010E, dd, "A DD NAME IS 1 TO 8 LETTERS, DIGITS OR @#$, NOT STARTING WITH A DIGIT");
    }
    return name;
  }

  static void define(String dd, String path) {
    String name = checkName(dd);
    if (path == null || path.isBlank()) {
      throw BwoException.of(Msg.BWO010E, name, "NO PATH GIVEN");
    }
    System.setProperty("bwo.dd." + name, path);
  }

  /** The local file DD {@code dd} is allocated to, if any. */
  static Optional<String> path(String dd) {
    String name = checkName(dd);
    String path = System.getProperty("bwo.dd." + name);
    if (path == null || path.isEmpty()) {
      path = System.getenv("DD_" + name);
    }
    return path == null || path.isEmpty() ? Optional.empty() : Optional.of(path);
  }
}
