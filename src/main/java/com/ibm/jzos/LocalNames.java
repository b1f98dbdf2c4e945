package com.ibm.jzos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the names {@link ZFile} and the record classes accept into local files: {@code //DD:NAME}
 * is the file the DD is allocated to, {@code //'HLQ.X'} is the file {@code HLQ.X} in the data set
 * directory, {@code //HLQ.X} is prefixed with the user id as fopen() does, and any other name is a
 * path. A partitioned data set is a directory ({@link LocalLibrary}): {@code //'HLQ.LIB(M)'} and
 * {@code //DD:NAME(M)} are its member's file.
 */
final class LocalNames {
  /** A DD name or a member name: 1 to 8 letters, digits, @ # $, not starting with a digit. */
  static final Pattern NAME = Pattern.compile("[A-Z@#$][A-Z0-9@#$]{0,7}");
  /**
   * A data set name: qualifiers of 1 to 8 letters, digits, @ # $ and hyphens, not starting with a
   * digit or hyphen, joined by periods, 44 characters at most.
   */
  private static final Pattern DSN =
      Pattern.compile("[A-Z@#$][A-Z0-9@#$-]{0,7}(\\.[A-Z@#$][A-Z0-9@#$-]{0,7})*");

  private LocalNames() {}

  /**
   * Whether bytes written to {@code file} can be forced to disk: a regular file's can, where a
   * pipe, a terminal or the null device (DD_SYSPRINT=/dev/stdout, a DUMMY DD) take them as they are
   * written, and fsync(2) refuses them (EINVAL).
   */
  static boolean syncable(Path file) {
    return Files.isRegularFile(file);
  }

  /**
   * Whether {@code name} is the {@code //DD:NAME} of a DD allocated with DISP=MOD ({@code
   * bwo.dd.NAME.disp} or {@code DD_NAME_DISP} is {@code MOD}, as {@code bwo submit} sets it): an
   * output open of it goes on at its end, as z/OS opens such a data set for output.
   */
  static boolean modDd(String name) throws ZFileException {
    if (!isDd(name)) {
      return false;
    }
    return LocalSettings.ddSetting(ddName(name), "disp")
        .map(d -> d.equalsIgnoreCase("MOD")).orElse(false);
  }

  /** Whether {@code name} names a member: {@code //'HLQ.LIB(M)'}, {@code //DD:NAME(M)}. */
  static boolean isMember(String name) {
    return name.startsWith("//") && (name.endsWith(")") || name.endsWith(")'"));
  }

  /** Whether {@code file} is a data set's of the data set directory, a member's or a library's. */
  static boolean inDataSets(Path file) {
    Optional<String> dir = LocalSettings.datasetsDir();
    Path parent = file.toAbsolutePath().normalize().getParent();
    return dir.isPresent() && parent != null
        && parent.equals(Path.of(dir.get()).toAbsolutePath().normalize());
  }

  static boolean isDd(String name) {
    return name.regionMatches(true, 0, "//DD:", 0, 5);
  }

  /** The DD name of a {@code //DD:NAME} or {@code //DD:NAME(MEMBER)} name, upper case. */
  static String ddName(String name) throws ZFileException {
    String dd = name.substring(5).toUpperCase(Locale.ROOT);
    int paren = dd.indexOf('(');
    dd = paren < 0 ? dd : dd.substring(0, paren);
    if (!NAME.matcher(dd).matches()) {
      throw new ZFileException(name, "not a valid DD name", ZFileException.EINVAL);
    }
    return dd;
  }

  static Path resolve(String name) throws ZFileException {
    if (isDd(name)) {
      String dd = ddName(name);
      Path file = LocalSettings.dd(dd)
          .map(Path::of)
          .orElseThrow(
              () ->
                  new ZFileException(
                      name,
                      "DD " + dd + " is not allocated: set -Dbwo.dd." + dd + " or DD_" + dd,
                      ZFileException.ENOENT));
      int paren = name.indexOf('(');
      return paren < 0 ? file : LocalLibrary.member(name, file, name.substring(paren));
    }
    if (name.startsWith("//")) {
      return dataset(name, name.substring(2));
    }
    return Path.of(name);
  }

  /**
   * The data set name z/OS would give for {@code file}: {@code NULLFILE} for the null device (a
   * DUMMY DD), the data set's name for a file of the data set directory, else the path (as for a
   * {@code PATH=} DD).
   */
  static String dsnOf(Path file) {
    if (file.equals(Path.of("/dev/null"))) {
      return "NULLFILE";
    }
    Path normal = file.toAbsolutePath().normalize();
    if (inDataSets(normal)) {
      return normal.getFileName().toString();
    }
    Path library = normal.getParent();
    if (library != null && inDataSets(library)) {
      return library.getFileName() + "(" + normal.getFileName() + ")";
    }
    return file.toString();
  }

  /**
   * The file of a data set name, quoted ({@code 'HLQ.X'}) or not (prefixed with the user); of a
   * member ({@code 'HLQ.LIB(M)'}), the member's file in the library's directory.
   */
  static Path dataset(String name, String dsn) throws ZFileException {
    String full =
        dsn.startsWith("'") && dsn.endsWith("'") && dsn.length() > 2
            ? dsn.substring(1, dsn.length() - 1)
            : LocalSettings.user() + "." + dsn;
    full = full.toUpperCase(Locale.ROOT);
    int paren = full.indexOf('(');
    String library = paren < 0 ? full : full.substring(0, paren);
    if (library.length() > 44 || !DSN.matcher(library).matches()) {
      // A data set name is a file name in the data set directory, never a path out of it.
      throw new ZFileException(name, "not a data set name: " + library + " (1 to 44 characters,"
          + " qualifiers of 1 to 8 letters, digits, @ # $ and -, not starting with a digit or"
          + " -, joined by periods)", ZFileException.EINVAL);
    }
    String dir =
        LocalSettings.datasetsDir()
            .orElseThrow(
                () ->
                    new ZFileException(
                        name,
                        "data set names need a data set directory: set BWO_DATASETS or"
                            + " -Dbwo.datasets",
                        ZFileException.ENOENT));
    Path file = Path.of(dir, library);
    return paren < 0 ? file : LocalLibrary.member(name, file, full.substring(paren));
  }
}
