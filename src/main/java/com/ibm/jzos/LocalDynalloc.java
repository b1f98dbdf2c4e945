package com.ibm.jzos;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ZFile#bpxwdyn} off z/OS: dynamic allocation over the stubs' model of a DD, the system
 * property {@code bwo.dd.NAME} naming the DD's file, so that a DD allocated here is one that
 * {@code //DD:NAME}, {@link ZFile#ddExists} and bwo's {@code --dd} all see.
 *
 * <p>Understood, as BPXWDYN spells them:
 *
 * <ul>
 *   <li>{@code alloc fi(DD)} (or {@code dd(DD)}) with {@code da(DSN)} (or {@code dsn(DSN)}), a
 *       fully qualified data set name, quoted or not, whose file is in the data set directory; or
 *       with {@code path('/a/file')};
 *   <li>status {@code new} (the file must not exist and is created empty), or {@code shr},
 *       {@code old}, {@code mod} or none (a data set must exist, as it must be cataloged on z/OS;
 *       a path is not checked, as z/OS does not check it either);
 *   <li>{@code reuse} (an allocated DD is freed first; without it an allocated DD is refused, as
 *       z/OS refuses a DD name in use), and {@code delete} (the file is deleted when the DD is
 *       freed);
 *   <li>{@code free fi(DD)}, with {@code delete} to delete the file.
 * </ul>
 *
 * <p>{@code recfm(f,b)} and {@code lrecl(80)} become the DD's record format ({@code
 * bwo.dd.NAME.recfm}, {@code bwo.dd.NAME.lrecl}, as {@code DD_NAME_RECFM} and {@code
 * DD_NAME_LRECL} would), which a writer opened on the DD then writes, until the DD is freed or
 * allocated again. The other attributes and messages ({@code space}, {@code msg}, {@code
 * catalog}...) have no local meaning and are accepted and ignored. A partitioned data set is a
 * directory ({@link LocalLibrary}): {@code new} with {@code dir(n)}, {@code dsorg(po)}, {@code
 * dsntype(library)} or {@code pds}, a {@code like} library, or a member ({@code da(HLQ.LIB(M))})
 * creates one; a member's allocation needs only its library, the member being made or read at
 * open; {@code delete} deletes the whole data set, a member's library too, as z/OS does. Anything
 * else ({@code dummy}, {@code sysout}, {@code concat}, the {@code rt...} keys that return values)
 * is refused rather than half done.
 */
final class LocalDynalloc {
  private static final Set<String> IGNORED =
      Set.of(
          "msg", "keep", "catalog", "catlg", "uncatalog", "recfm", "lrecl", "blksize", "dsorg",
          "space", "cyl", "tracks", "block", "avgrec", "dir", "dsntype", "like", "unit", "vol",
          "volser", "storclas", "mgmtclas", "dataclas", "filedata", "release", "bufno", "hold",
          "pathopts", "pathmode", "pathdisp", "eattr", "expdt", "retpd");

  /** The file of a DUMMY DD: reads find end of file at once, writes are discarded. */
  static final Path NULL_DEVICE = Path.of("/dev/null");

  /** How many files are open on each DD: a DD is not freed while one is, as on z/OS. */
  private static final Map<String, Integer> OPEN = new ConcurrentHashMap<>();

  /** DDs allocated here with {@code delete}: their files go when they are freed. */
  private static final Map<String, Path> DELETE_ON_FREE = new ConcurrentHashMap<>();

  private LocalDynalloc() {}

  static synchronized void bpxwdyn(String parms) {
    Map<String, String> keys = parse(parms);
    String verb = keys.keySet().iterator().next();
    keys.remove(verb);
    switch (verb) {
      case "alloc" -> alloc(parms, keys);
      case "free" -> free(parms, keys, true);
      default -> throw refused(parms, "only alloc and free are supported off z/OS");
    }
  }

  /** A file was opened on DD {@code dd} (null: not on a DD). */
  static void opened(String dd) {
    if (dd != null) {
      OPEN.merge(dd, 1, Integer::sum);
    }
  }

  /** A file opened on DD {@code dd} (null: not on a DD) was closed. */
  static void closed(String dd) {
    if (dd != null) {
      OPEN.computeIfPresent(dd, (k, n) -> n > 1 ? n - 1 : null);
    }
  }

  /** Allocates the first free DD name {@code SYSnnnnn} to DUMMY, as z/OS names its own DDs. */
  static synchronized String allocDummy() {
    for (int n = 1; n <= 99_999; n++) {
      String dd = String.format("SYS%05d", n);
      if (LocalSettings.dd(dd).isEmpty()) {
        System.setProperty("bwo.dd." + dd, NULL_DEVICE.toString());
        return dd;
      }
    }
    throw new RcException("BPXWDYN alloc dummy: no free DD name SYSnnnnn", -1);
  }

  private static void alloc(String parms, Map<String, String> keys) {
    String dd = ddName(parms, keys);
    String dsn = arg(parms, keys, "da", "dsn");
    String path = arg(parms, keys, "path", "path");
    if ((dsn == null) == (path == null)) {
      throw refused(parms, "give one of da(DSN) or path('/file') off z/OS");
    }
    String recfm = arg(parms, keys, "recfm", "recfm");
    String lrecl = arg(parms, keys, "lrecl", "lrecl");
    String like = arg(parms, keys, "like", "like");
    if (like != null) {
      Path modelFile = dataSetFile(parms, like);
      if (!Files.exists(modelFile)) {
        throw refused(parms, "model data set " + unquote(like) + " of like() does not exist");
      }
      // The model's attributes, as SVC 99's DALLIKE copies them; recfm() and lrecl() given win.
      Optional<RecordFormat> model = RecordFormat.kept(modelFile);
      if (model.isPresent()) {
        recfm = recfm != null ? recfm : model.get().recfm();
        lrecl = lrecl != null ? lrecl : String.valueOf(model.get().lrecl());
      }
    }
    String dsorg = arg(parms, keys, "dsorg", "dsorg");
    String dsntype = arg(parms, keys, "dsntype", "dsntype");
    boolean partitioned = arg(parms, keys, "dir", "dir") != null
        || dsorg != null && dsorg.toLowerCase(Locale.ROOT).startsWith("po")
        || dsntype != null && dsntype.toLowerCase(Locale.ROOT).matches("library|pds")
        || like != null && LocalLibrary.isLibrary(dataSetFile(parms, like));
    boolean reuse = flag(keys, "reuse");
    boolean delete = flag(keys, "delete");
    String status = null;
    for (String s : new String[] {"new", "shr", "old", "mod"}) {
      if (flag(keys, s)) {
        if (status != null) {
          throw refused(parms, "both " + status + " and " + s);
        }
        status = s;
      }
    }
    for (String key : keys.keySet()) {
      if (!IGNORED.contains(key)) {
        throw refused(parms, "keyword " + key + " is not supported off z/OS");
      }
    }
    Path file;
    if (dsn != null) {
      file = dataSetFile(parms, dsn);
    } else {
      file = Path.of(unquote(path));
    }
    if (LocalSettings.dd(dd).isPresent()) {
      if (!reuse) {
        throw refused(parms, "DD " + dd + " is already allocated (z/OS: 0410, DD name in use)");
      }
      String property = System.getProperty("bwo.dd." + dd);
      if (property != null && !property.isEmpty()) {
        free(parms, new LinkedHashMap<>(Map.of("fi", dd)), false);
      }
      // A DD of the environment (DD_NAME) cannot be unset in the JVM; the property overrides it.
    }
    // A member's data set is its library; the member itself is made or read when it is opened.
    boolean member = dsn != null && unquote(dsn).endsWith(")");
    Path dataSet = member ? file.getParent() : file;
    if ("new".equals(status)) {
      try {
        if (partitioned || member) {
          Files.createDirectory(dataSet);
        } else {
          Files.createFile(dataSet);
        }
      } catch (FileAlreadyExistsException e) {
        throw refused(parms, "data set or file " + dataSet + " already exists");
      } catch (IOException e) {
        throw refused(parms, "cannot create " + dataSet + ": " + e);
      }
      if (dsn != null && recfm != null && lrecl != null) {
        // A new data set's DCB is in its label from the start, opened or not.
        try {
          RecordFormat.parse(dd, recfm.replace(",", "").replace(" ", ""), lrecl).keep(dataSet);
        } catch (ZFileException e) {
          throw refused(parms, e.getMessage());
        }
      }
    } else if (dsn != null && !(member ? LocalLibrary.isLibrary(dataSet)
        : Files.isRegularFile(dataSet) || LocalLibrary.isLibrary(dataSet))) {
      throw refused(parms, "data set " + dataSet + " does not exist (z/OS: 1708, not cataloged)");
    }
    System.setProperty("bwo.dd." + dd, file.toString());
    attribute(dd, "recfm", recfm == null ? null
        : recfm.replace(",", "").replace(" ", "").toUpperCase(Locale.ROOT));
    attribute(dd, "lrecl", lrecl);
    if (delete) {
      DELETE_ON_FREE.put(dd, dataSet);
    }
  }

  private static void free(String parms, Map<String, String> keys, boolean checkKeys) {
    String dd = ddName(parms, keys);
    boolean delete = flag(keys, "delete");
    if (checkKeys) {
      for (String key : keys.keySet()) {
        if (!IGNORED.contains(key)) {
          throw refused(parms, "keyword " + key + " is not supported off z/OS");
        }
      }
    }
    String property = System.getProperty("bwo.dd." + dd);
    if (OPEN.containsKey(dd)) {
      // z/OS does not unallocate a data set that is open (TSO FREE: "NOT UNALLOCATED, DATA SET
      // IS OPEN"); IBM's ZipDatasetSource frees a DD and goes on reading through it.
      throw refused(parms, "DD " + dd + " is not freed: a file is open on it");
    }
    if (property == null || property.isEmpty()) {
      throw refused(
          parms,
          LocalSettings.dd(dd).isPresent()
              ? "DD " + dd + " is allocated by the environment (DD_" + dd + "), not in this JVM"
              : "DD " + dd + " is not allocated (z/OS: 0438, DD name not found)");
    }
    System.clearProperty("bwo.dd." + dd);
    attribute(dd, "recfm", null);
    attribute(dd, "lrecl", null);
    Path toDelete = DELETE_ON_FREE.remove(dd);
    if (delete || toDelete != null) {
      // DELETE deletes the data set: a member's whole library, as on z/OS.
      Path dataSet = toDelete != null ? toDelete : Path.of(property);
      if (!LocalNames.inDataSets(dataSet) && dataSet.getParent() != null
          && LocalNames.inDataSets(dataSet.getParent())) {
        dataSet = dataSet.getParent();
      }
      try {
        if (LocalNames.inDataSets(dataSet) && LocalLibrary.isLibrary(dataSet)) {
          LocalLibrary.delete("//'" + dataSet.getFileName() + "'", dataSet);
        } else {
          Files.deleteIfExists(dataSet);
        }
      } catch (IOException e) {
        throw refused(parms, "cannot delete " + dataSet + ": " + e.getMessage());
      }
    }
  }

  /** Sets the DD's {@code what} ({@code recfm}, {@code lrecl}) to {@code value}, or clears it. */
  private static void attribute(String dd, String what, String value) {
    if (value == null) {
      System.clearProperty("bwo.dd." + dd + "." + what);
    } else {
      System.setProperty("bwo.dd." + dd + "." + what, value);
    }
  }

  private static String ddName(String parms, Map<String, String> keys) {
    String dd = arg(parms, keys, "fi", "dd");
    if (dd == null) {
      throw refused(parms, "no fi(DD) given");
    }
    try {
      return LocalNames.ddName("//DD:" + dd);
    } catch (ZFileException e) {
      throw refused(parms, "not a DD name: " + dd);
    }
  }

  /**
   * The keywords of {@code parms} in order, each lower case with its argument (null if it has
   * none); the first is the verb. An argument runs to its closing parenthesis, which may enclose
   * others (a member) or sit inside quotes.
   */
  private static Map<String, String> parse(String parms) {
    Map<String, String> keys = new LinkedHashMap<>();
    int i = 0;
    int n = parms.length();
    while (true) {
      while (i < n && (parms.charAt(i) == ' ' || parms.charAt(i) == ',')) {
        i++;
      }
      if (i == n) {
        break;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(parms.charAt(i))) {
        i++;
      }
      if (i == start) {
        throw refused(parms, "unexpected '" + parms.charAt(i) + "' at " + (i + 1));
      }
      String key = parms.substring(start, i).toLowerCase(Locale.ROOT);
      String arg = null;
      if (i < n && parms.charAt(i) == '(') {
        int depth = 0;
        char quote = 0;
        int argStart = i + 1;
        for (; i < n; i++) {
          char c = parms.charAt(i);
          if (quote != 0) {
            quote = c == quote ? 0 : quote;
          } else if (c == '\'' || c == '"') {
            quote = c;
          } else if (c == '(') {
            depth++;
          } else if (c == ')' && --depth == 0) {
            break;
          }
        }
        if (i == n) {
          throw refused(parms, "unbalanced parentheses or quotes");
        }
        arg = parms.substring(argStart, i++);
      }
      if (keys.containsKey(key)) {
        throw refused(parms, "keyword " + key + " given twice");
      }
      keys.put(key, arg);
    }
    if (keys.isEmpty()) {
      throw refused(parms, "empty request");
    }
    return keys;
  }

  /** The argument of {@code key} or its synonym, removed from {@code keys}; null if absent. */
  private static String arg(String parms, Map<String, String> keys, String key, String synonym) {
    String name = keys.containsKey(key) ? key : synonym;
    if (!keys.containsKey(name)) {
      return null;
    }
    String arg = keys.remove(name);
    if (arg == null || arg.isBlank()) {
      throw refused(parms, "keyword " + name + " needs an argument");
    }
    return arg.strip();
  }

  /** Whether keyword {@code key} was given, removing it from {@code keys}. */
  private static boolean flag(Map<String, String> keys, String key) {
    boolean given = keys.containsKey(key);
    keys.remove(key);
    return given;
  }

  /** The file of data set {@code dsn} as BPXWDYN takes it (quoted or not, never prefixed). */
  private static Path dataSetFile(String parms, String dsn) {
    String bare = unquote(dsn);
    try {
      return LocalNames.dataset(bare, "'" + bare + "'");
    } catch (ZFileException e) {
      throw refused(parms, e.getMessage());
    }
  }

  private static String unquote(String arg) {
    boolean quoted =
        arg.length() > 1
            && (arg.charAt(0) == '\'' || arg.charAt(0) == '"')
            && arg.charAt(arg.length() - 1) == arg.charAt(0);
    return quoted ? arg.substring(1, arg.length() - 1) : arg;
  }

  private static RcException refused(String parms, String why) {
    // BPXWDYN returns -21 to -9999 for a key it cannot process; the stubs' refusals are alike.
    return new RcException("BPXWDYN " + parms + ": " + why, -21);
  }
}
