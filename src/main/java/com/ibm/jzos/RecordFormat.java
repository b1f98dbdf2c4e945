package com.ibm.jzos;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The record format and logical record length the stubs give a local file, e.g. {@code FBA} 133:
 * what {@link ZFile}, {@link RecordReader} and {@link RecordWriter} report, and what bounds a
 * record written. A variable LRECL counts the 4-byte record descriptor word, as on z/OS.
 */
record RecordFormat(String recfm, int lrecl) {
  private static final Pattern RECFM = Pattern.compile("(F|V|U)B?S?(A|M)?");

  /** The user extended attribute a file's format is kept in (Linux: {@code user.bwo.dcb}). */
  static final String ATTRIBUTE = "bwo.dcb";

  /**
   * The label's third word for a file of fixed-length records back to back, as a z/OS data set
   * holds them: what a record with a line end byte, which a line cannot hold, makes of the file.
   */
  static final String RECORDS = "RECORDS";

  /** A print data set, as DFSMSdss's SYSPRINT: what an output DD is unless told otherwise. */
  static final RecordFormat PRINT = new RecordFormat("FBA", 133);

  RecordFormat {
    if (!RECFM.matcher(recfm).matches() || lrecl < (recfm.startsWith("V") ? 5 : 1)) {
      throw new IllegalArgumentException("RECFM " + recfm + " LRECL " + lrecl);
    }
  }

  /**
   * The format of a file written as {@code name}: what {@link #declaredForOutput} gives, else
   * {@link #PRINT}'s.
   */
  static RecordFormat forOutput(String name, String[] options, Path file) throws ZFileException {
    return declaredForOutput(name, options, file).orElse(PRINT);
  }

  /**
   * The format given for a file written as {@code name}: {@code recfm=} and {@code lrecl=} of the
   * fopen() options ({@code recfm=*} and {@code recfm=+}: none given, the existing attributes),
   * else those of the DD ({@code bwo.dd.NAME.recfm}/{@code DD_NAME_RECFM}, {@code
   * bwo.dd.NAME.lrecl}/{@code DD_NAME_LRECL}), else the format {@code file} keeps, as an existing
   * data set's label gives it ({@link #keep}); a part not given is the kept format's, else {@link
   * #PRINT}'s. Empty where nothing gives one.
   */
  static Optional<RecordFormat> declaredForOutput(String name, String[] options, Path file)
      throws ZFileException {
    String recfm = null;
    String lrecl = null;
    for (String option : options) {
      String lower = option.toLowerCase(Locale.ROOT);
      if (lower.startsWith("recfm=")) {
        recfm = option.substring(6);
        // recfm=* and recfm=+ keep the attributes the file has (z/OS fopen()).
        if (recfm.equals("*") || recfm.equals("+")) {
          recfm = null;
        }
      } else if (lower.startsWith("lrecl=")) {
        lrecl = option.substring(6);
      }
    }
    recfm = recfm != null ? recfm : ddSetting(name, "recfm").orElse(null);
    lrecl = lrecl != null ? lrecl : ddSetting(name, "lrecl").orElse(null);
    Optional<RecordFormat> kept = kept(file);
    if (recfm == null && lrecl == null) {
      return kept;
    }
    RecordFormat base = kept.orElse(PRINT);
    return Optional.of(parse(name, recfm != null ? recfm.replace("*", "") : base.recfm,
        lrecl != null ? lrecl : String.valueOf(base.lrecl)));
  }

  /**
   * The format a file read as {@code name} has, where one is known: the DD's ({@code
   * DD_NAME_RECFM}, {@code DD_NAME_LRECL}, as DCB= on its DD statement), else the one kept with the
   * file when the stubs wrote it in record mode ({@link #keep}), each part of the DD's over the
   * kept one's (an LRECL with no RECFM is FB's). Empty where neither gives an LRECL: the file's
   * lines give it, in the DD's RECFM if it has one.
   */
  static Optional<RecordFormat> forInput(String name, Path file) throws ZFileException {
    Optional<String> recfm = ddSetting(name, "recfm");
    Optional<String> lrecl = ddSetting(name, "lrecl");
    Optional<RecordFormat> kept = kept(file);
    if (lrecl.isEmpty() && kept.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(parse(name,
        recfm.orElseGet(() -> kept.map(RecordFormat::recfm).orElse(LineRecordInput.RECFM)),
        lrecl.orElseGet(() -> String.valueOf(kept.get().lrecl()))));
  }

  /**
   * Setting {@code what} ({@code recfm}, {@code lrecl}) of the DD {@code name} opens ({@code
   * bwo.dd.NAME.what}, else {@code DD_NAME_WHAT}); empty for a name that is not a DD's.
   */
  static Optional<String> ddSetting(String name, String what) throws ZFileException {
    return LocalNames.isDd(name)
        ? LocalSettings.ddSetting(LocalNames.ddName(name), what) : Optional.empty();
  }

  /** The format {@code recfm} {@code lrecl} for {@code name}; EINVAL where it is none off z/OS. */
  static RecordFormat parse(String name, String recfm, String lrecl) throws ZFileException {
    try {
      return new RecordFormat(recfm.toUpperCase(Locale.ROOT), Integer.parseInt(lrecl));
    } catch (IllegalArgumentException e) {
      throw new ZFileException(
          name,
          "record format recfm=" + recfm + ", lrecl=" + lrecl + " is not supported off z/OS",
          ZFileException.EINVAL);
    }
  }

  /**
   * Keeps this format with {@code file}, as z/OS keeps a data set's DCB attributes in its data set
   * label, so that reading it gives its records back at their length: in a user extended attribute
   * ({@value #ATTRIBUTE}). A file system without them (or a pipe, a device) keeps nothing, and
   * reading goes by the lines.
   */
  void keep(Path file) {
    keep(file, recfm + " " + lrecl);
  }

  /**
   * Keeps this fixed format with {@code file} and marks the file as holding its records back to
   * back, as a z/OS data set does, rather than as lines ({@value #RECORDS}); true if kept.
   */
  boolean keepAsRecords(Path file) {
    return fixed() && Files.isRegularFile(file) && keep(file, recfm + " " + lrecl + " " + RECORDS);
  }

  private static boolean keep(Path file, String label) {
    // A file or a library, never a pipe, a terminal or a device's node.
    if (!Files.isRegularFile(file) && !LocalLibrary.isLibrary(file)) {
      return false;
    }
    try {
      UserDefinedFileAttributeView view =
          Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
      if (view != null) {
        view.write(ATTRIBUTE, StandardCharsets.US_ASCII.encode(label));
        return true;
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // Nothing kept: the file is read by its lines, as any file not written by the stubs.
    }
    return false;
  }

  /**
   * The format of {@code file} if it holds fixed-length records back to back ({@link
   * #keepAsRecords}), from one read of its label.
   */
  static Optional<RecordFormat> keptAsRecords(Path file) {
    try {
      return label(file)
          .filter(parts -> parts.length > 2 && parts[2].equals(RECORDS))
          .map(parts -> new RecordFormat(parts[0], Integer.parseInt(parts[1])))
          .filter(RecordFormat::fixed);
    } catch (RuntimeException e) {
      return Optional.empty(); // not ours: as if nothing were kept
    }
  }

  /**
   * The format kept with {@code file} by {@link #keep}, if any; for a member that keeps none, its
   * library's, as a member has its data set's DCB.
   */
  static Optional<RecordFormat> kept(Path file) {
    Optional<RecordFormat> own = keptBy(file);
    Path library = file.toAbsolutePath().getParent();
    return own.isPresent() || library == null || !LocalNames.inDataSets(library)
        || !LocalLibrary.isLibrary(library) ? own : keptBy(library);
  }

  private static Optional<RecordFormat> keptBy(Path file) {
    try {
      return label(file).map(parts -> new RecordFormat(parts[0], Integer.parseInt(parts[1])));
    } catch (RuntimeException e) {
      // Unreadable or not ours: as if nothing were kept.
      return Optional.empty();
    }
  }

  /** The words of the label kept with {@code file} itself, if any. */
  private static Optional<String[]> label(Path file) {
    try {
      UserDefinedFileAttributeView view =
          Files.getFileAttributeView(file, UserDefinedFileAttributeView.class);
      // A file or a library only: opening a pipe's node to read its attributes would block.
      if (view == null || !Files.isRegularFile(file) && !LocalLibrary.isLibrary(file)
          || !view.list().contains(ATTRIBUTE)) {
        return Optional.empty();
      }
      ByteBuffer value = ByteBuffer.allocate(view.size(ATTRIBUTE));
      view.read(ATTRIBUTE, value);
      return Optional.of(
          new String(value.array(), 0, value.position(), StandardCharsets.US_ASCII).split(" "));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The {@code RECFM_*} bits of {@link ZFileConstants}, as fldata reports them. */
  int bits() {
    int bits = 0;
    for (char c : recfm.toCharArray()) {
      bits |=
          switch (c) {
            case 'F' -> ZFileConstants.RECFM_F;
            case 'V' -> ZFileConstants.RECFM_V;
            case 'U' -> ZFileConstants.RECFM_U;
            case 'B' -> ZFileConstants.RECFM_B;
            case 'S' -> ZFileConstants.RECFM_S;
            case 'A' -> ZFileConstants.RECFM_A;
            default -> ZFileConstants.RECFM_M;
          };
    }
    return bits;
  }

  boolean fixed() {
    return recfm.startsWith("F");
  }

  /** The longest record's data: the LRECL, less the record descriptor word of a variable one. */
  int maxData() {
    return recfm.startsWith("V") ? lrecl - 4 : lrecl;
  }

  /** The block size the stubs report: one record a block (a V block adds its descriptor word). */
  int blksize() {
    return recfm.startsWith("V") ? lrecl + 4 : lrecl;
  }
}
