package io.bwo.jcl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a data set DD's recorded attributes say that has a local meaning: whether a new data set is
 * partitioned (a library, a directory locally), and the record format a program opening the DD
 * gets (RECFM and LRECL, coded alone or inside DCB=), as z/OS merges the DD's DCB into the one the
 * program opens with.
 */
final class Dcb {
  /** SPACE=(unit,(primary,secondary,directory)...): the third is the directory blocks. */
  private static final Pattern SPACE = Pattern.compile("\\(\\s*[^,()]*,\\s*\\(([^()]*)\\)");
  private static final Pattern SUBPARAMETER =
      Pattern.compile("(?:^|[(,])\\s*(RECFM|LRECL|DSORG)\\s*=\\s*([A-Z0-9]+)");
  /** The record formats the JZOS stubs read and write: others are left to z/OS's meaning. */
  /** The attribute the JZOS stubs keep a data set's format in (com.ibm.jzos.RecordFormat). */
  static final String ATTRIBUTE = "bwo.dcb";
  private static final Pattern RECFM = Pattern.compile("[FVU]B?S?[AM]?");

  private Dcb() {}

  /**
   * Whether a new data set with {@code attributes} is partitioned: directory blocks in SPACE,
   * DSNTYPE=LIBRARY or PDS, or DSORG=PO (alone or in DCB=).
   */
  static boolean partitioned(Map<String, String> attributes) {
    Matcher space = SPACE.matcher(attributes.getOrDefault("SPACE", ""));
    if (space.lookingAt()) {
      String[] quantities = space.group(1).split(",", -1);
      if (quantities.length >= 3 && quantities[2].strip().matches("0*[1-9][0-9]*")) {
        return true;
      }
    }
    String type = attributes.getOrDefault("DSNTYPE", "").replace("(", "").toUpperCase(Locale.ROOT);
    if (type.startsWith("LIBRARY") || type.startsWith("PDS")) {
      return true;
    }
    return subparameter(attributes, "DSORG").filter(d -> d.startsWith("PO")).isPresent();
  }

  /**
   * The record format the DD gives a program, as environment variables of the JZOS stubs
   * ({@code DD_NAME_RECFM}, {@code DD_NAME_LRECL}): what RECFM and LRECL say, each only if it is
   * one the stubs can read and write (a tape's RECFM=D, say, is left to z/OS).
   */
  static Map<String, String> environment(String dd, Map<String, String> attributes) {
    Map<String, String> env = new LinkedHashMap<>();
    recfm(attributes).ifPresent(r -> env.put("DD_" + dd + "_RECFM", r));
    lrecl(attributes).ifPresent(l -> env.put("DD_" + dd + "_LRECL", l));
    return env;
  }

  private static Optional<String> recfm(Map<String, String> attributes) {
    return subparameter(attributes, "RECFM").filter(r -> RECFM.matcher(r).matches());
  }

  private static Optional<String> lrecl(Map<String, String> attributes) {
    return subparameter(attributes, "LRECL").filter(l -> l.matches("0*[1-9][0-9]{0,4}"))
        .map(l -> String.valueOf(Integer.parseInt(l)));
  }

  /**
   * The record format a new data set's DCB gives it, as the JZOS stubs keep one ({@code "FB 80"}):
   * when RECFM and LRECL are both coded and both ones the stubs read and write.
   */
  static Optional<String> label(Map<String, String> attributes) {
    return recfm(attributes).flatMap(r -> lrecl(attributes).map(l -> r + " " + l));
  }

  /**
   * Keeps {@code format} with the new data set {@code file} where the JZOS stubs read a data set's
   * format from (the user extended attribute {@value #ATTRIBUTE}; com.ibm.jzos.RecordFormat), so
   * that a later step without a DCB, or a program reading it, gets it, as from z/OS's data set
   * label. A file system without user extended attributes keeps nothing.
   */
  static void keep(Path file, String format) {
    try {
      UserDefinedFileAttributeView view =
          Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
      if (view != null) {
        view.write(ATTRIBUTE, StandardCharsets.US_ASCII.encode(format));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Nothing kept: the data set reads by its lines until a program writes it in records.
    }
  }

  /** {@code name} coded as a keyword of its own, else inside DCB=(...). */
  private static Optional<String> subparameter(Map<String, String> attributes, String name) {
    String own = attributes.get(name);
    if (own != null && !own.isBlank()) {
      return Optional.of(own.strip().toUpperCase(Locale.ROOT));
    }
    Matcher m = SUBPARAMETER.matcher(attributes.getOrDefault("DCB", "").toUpperCase(Locale.ROOT));
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return Optional.of(m.group(2));
      }
    }
    return Optional.empty();
  }
}
