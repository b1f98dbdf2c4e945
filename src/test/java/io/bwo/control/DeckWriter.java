package io.bwo.control;

import io.bwo.control.DumpDataSet.ByCriterion;
import io.bwo.control.RestoreDataSet.Rename;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Makes random valid commands and codes them as an operator might: keywords in any order, any
 * legal abbreviation, blanks, commas and comments as separators, statements split across
 * continued records at any separator, comments split across records, junk in column 1 and
 * sequence numbers in columns 73 to 80. Knows which records each statement lands on.
 */
final class DeckWriter {
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ@#$";
  private static final String ALNUM = LETTERS + "0123456789";
  private static final int MAX_CONTENT = 69; // columns 2 to 70, leaving " -" in 71 and 72
  /** The keywords bwo does not implement that take no value, which the writer codes. */
  private static final java.util.Set<UnimplementedKeyword> FLAGS = java.util.EnumSet.of(
      UnimplementedKeyword.ADMINISTRATOR, UnimplementedKeyword.ALLEXCP,
      UnimplementedKeyword.CANCELERROR, UnimplementedKeyword.SPHERE, UnimplementedKeyword.VALIDATE,
      UnimplementedKeyword.UNCATALOG, UnimplementedKeyword.CATALOG,
      UnimplementedKeyword.NULLSTORCLAS, UnimplementedKeyword.DYNALLOC);

  /** The records of a deck and the commands they must parse to. */
  record Written(List<String> records, List<Command> commands) {}

  private final Random random;

  DeckWriter(Random random) {
    this.random = random;
  }

  /** One to three random commands, coded. */
  Written deck() {
    List<String> records = new ArrayList<>();
    List<Command> commands = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(4) == 0) {
        records.add(random.nextBoolean() ? "" : " /* BETWEEN STATEMENTS */");
      }
      Command c = random.nextBoolean() ? dump() : restore();
      List<String> lines = code(terms(c));
      int first = records.size() + 1;
      records.addAll(lines);
      commands.add(withRecords(c, first, records.size()));
    }
    return new Written(records, commands);
  }

  /** The records of a FILTERDD data set and the criteria they must read as. */
  record WrittenFilter(List<String> records, FilterCriteria criteria) {}

  /**
   * Random filtering criteria, with BY ({@code withBy}) or without, coded as a FILTERDD data
   * set: INCLUDE, EXCLUDE and BY in any order and spelling, continued as a statement is, now and
   * then after a comment record.
   */
  WrittenFilter filter(boolean withBy) {
    FilterCriteria c = selection(random.nextInt(withBy ? 3 : 2), withBy);
    List<String> records = new ArrayList<>();
    if (random.nextInt(4) == 0) {
      records.add(" /* FILTERING CRITERIA */");
    }
    records.addAll(code(dataset(c.include(), c.exclude(), c.by(), Optional.empty()).items()));
    return new WrittenFilter(records, c);
  }

  /**
   * A random selection of one of three {@code kind}s: INCLUDE with EXCLUDE and BY now and then;
   * EXCLUDE with BY now and then; BY alone (BY only {@code withBy}).
   */
  private FilterCriteria selection(int kind, boolean withBy) {
    return switch (kind) {
      case 0 -> new FilterCriteria(masks(1 + random.nextInt(3)),
          random.nextBoolean() ? masks(1 + random.nextInt(2)) : List.of(),
          withBy && random.nextInt(4) == 0 ? criteria() : List.of());
      case 1 -> new FilterCriteria(List.of(), masks(1 + random.nextInt(2)),
          withBy && random.nextBoolean() ? criteria() : List.of());
      default -> new FilterCriteria(List.of(), List.of(), criteria());
    };
  }

  // ---- random commands -------------------------------------------------------------------------

  DumpDataSet dump() {
    int kind = random.nextInt(4);
    FilterCriteria selection = kind < 3 ? selection(kind, true)
        : new FilterCriteria(List.of(), List.of(), List.of());
    Optional<String> filterDd = kind < 3 ? Optional.empty() : Optional.of(ddName());
    List<String> include = selection.include();
    List<String> exclude = selection.exclude();
    List<ByCriterion> by = selection.by();
    Concurrent cc = pick(Concurrent.values());
    boolean delete = random.nextBoolean();
    DumpDataSet.Wait wait = random.nextBoolean() ? DumpDataSet.Wait.DEFAULT
        : new DumpDataSet.Wait(random.nextInt(256), random.nextInt(256));
    boolean notify = cc != Concurrent.NONE && random.nextBoolean();
    boolean enq = random.nextBoolean();
    boolean io = random.nextBoolean();
    boolean share = random.nextBoolean();
    boolean compress = random.nextBoolean();
    int optimize = 1 + random.nextInt(4);
    boolean purge = delete && random.nextBoolean();
    // IBM: not RESET with SHARE (ADR106E).
    boolean reset = !share && random.nextBoolean();
    List<UnimplementedKeyword.Coded> unimplemented = new ArrayList<>(unimplemented(Keyword.DUMP));
    unimplemented.addAll(UnimplementedKeyword.dumpOptionsListed(share,
        Optional.of(wait).filter(w -> !w.equals(DumpDataSet.Wait.DEFAULT)), io));
    return new DumpDataSet(1, 1, include, exclude, by, filterDd, ddNames(1 + random.nextInt(3)),
        cc, notify, enq, io, share, wait, compress, optimize, delete, purge, reset, unimplemented);
  }

  /** Some of the value-less DFSMSdss keywords of {@code command} that bwo does not implement. */
  private List<UnimplementedKeyword.Coded> unimplemented(Keyword command) {
    List<UnimplementedKeyword.Coded> coded = new ArrayList<>();
    for (UnimplementedKeyword k : UnimplementedKeyword.values()) {
      if (k.of(command) && FLAGS.contains(k) && random.nextInt(6) == 0) {
        coded.add(new UnimplementedKeyword.Coded(k, k.name()));
      }
    }
    Collections.shuffle(coded, random);
    return coded;
  }

  RestoreDataSet restore() {
    List<String> include = List.of();
    List<String> exclude = List.of();
    Optional<String> filterDd = Optional.empty();
    switch (random.nextInt(3)) {
      case 0 -> {
        include = masks(1 + random.nextInt(3));
        exclude = random.nextBoolean() ? masks(1) : List.of();
      }
      case 1 -> exclude = masks(1 + random.nextInt(2));
      default -> filterDd = Optional.of(ddName());
    }
    int replace = random.nextInt(3);
    Optional<String> prefix = random.nextInt(3) == 0 ? Optional.of(qualifier()) : Optional.empty();
    List<Rename> renames = new ArrayList<>();
    for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; i > 0; i--) {
      renames.add(new Rename(mask(), mask()));
    }
    boolean conditional = (prefix.isPresent() || !renames.isEmpty()) && random.nextBoolean();
    return new RestoreDataSet(1, 1, include, exclude, filterDd, ddName(), replace == 1,
        replace == 2, prefix, renames, conditional, unimplemented(Keyword.RESTORE));
  }

  private List<ByCriterion> criteria() {
    List<ByCriterion> criteria = new ArrayList<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      String schar = pick("DSCHA", "DSCHA", "CATLG", "MULTI", "DSORG");
      List<String> args = new ArrayList<>();
      for (int j = 1 + random.nextInt(2); j > 0; j--) {
        args.add(schar.equals("DSORG") ? pick(ByCharacteristic.ORGANIZATIONS)
            : random.nextBoolean() ? "YES" : "NO");
      }
      criteria.add(new ByCriterion(schar, random.nextBoolean() ? "EQ" : "NE", args));
    }
    return criteria;
  }

  String ddName() {
    StringBuilder b = new StringBuilder().append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    for (int i = random.nextInt(8); i > 0; i--) {
      b.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
    }
    return b.toString();
  }

  private List<String> ddNames(int n) {
    List<String> names = new ArrayList<>();
    while (names.size() < n) {
      String dd = ddName();
      if (!names.contains(dd)) {
        names.add(dd);
      }
    }
    return names;
  }

  private String qualifier() {
    String q = ddName();
    return random.nextInt(4) == 0 && q.length() > 1 ? q.substring(0, q.length() - 1) + "-" : q;
  }

  String mask() {
    StringBuilder b = new StringBuilder();
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      String q = switch (random.nextInt(8)) {
        case 0 -> "**";
        case 1 -> "*";
        case 2 -> {
          String s = qualifier();
          yield s.length() < 8 ? s + "*" : s;
        }
        case 3 -> {
          String s = qualifier();
          yield s.length() > 1 ? s.charAt(0) + "%" + s.substring(2) : s;
        }
        default -> qualifier();
      };
      if (b.length() + q.length() + 1 > DsnMask.MAX_LENGTH) {
        break;
      }
      b.append(b.length() == 0 ? "" : ".").append(q);
    }
    return b.toString();
  }

  private List<String> masks(int n) {
    List<String> masks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      masks.add(mask());
    }
    return masks;
  }

  static Command withRecords(Command c, int first, int last) {
    if (c instanceof DumpDataSet d) {
      return new DumpDataSet(first, last, d.include(), d.exclude(), d.byCriteria(), d.filterDd(),
          d.outDdNames(), d.concurrent(), d.notifyConcurrent(), d.tolerateEnqFailure(),
          d.tolerateIoError(), d.share(), d.waitOption(), d.compress(), d.optimize(), d.delete(),
          d.purge(), d.reset(), d.unimplemented());
    }
    RestoreDataSet r = (RestoreDataSet) c;
    return new RestoreDataSet(first, last, r.include(), r.exclude(), r.filterDd(), r.inDdName(),
        r.replace(), r.replaceUnconditional(), r.renamePrefix(), r.renames(),
        r.renameConditional(), r.unimplemented());
  }

  // ---- commands as terms -----------------------------------------------------------------------

  /** A word with an optional list after it, or (head null) a list of its own. */
  record Term(String head, List<Term> items, boolean list) {
    static Term word(String w) {
      return new Term(w, List.of(), false);
    }

    static Term of(String head, List<Term> items) {
      return new Term(head, items, true);
    }

    static Term bare(List<Term> items) {
      return new Term(null, items, true);
    }
  }

  /** The command's verb and operands, in a random order with random spellings. */
  List<Term> terms(Command c) {
    List<Term> operands = new ArrayList<>();
    String verb;
    if (c instanceof DumpDataSet d) {
      verb = spell(Keyword.DUMP);
      operands.add(dataset(d.include(), d.exclude(), d.byCriteria(), d.filterDd()));
      operands.add(keyword(Keyword.OUTDDNAME, words(d.outDdNames())));
      if (d.concurrent() != Concurrent.NONE) {
        operands.add(d.concurrent() == Concurrent.PREFERRED && random.nextBoolean()
            ? Term.word(spell(Keyword.CONCURRENT))
            : keyword(Keyword.CONCURRENT, List.of(Term.word(spell(d.concurrent())))));
      }
      flag(operands, d.notifyConcurrent(), Keyword.NOTIFYCONCURRENT);
      List<Term> tolerate = new ArrayList<>();
      flag(tolerate, d.tolerateEnqFailure(), Keyword.ENQFAILURE);
      flag(tolerate, d.tolerateIoError(), Keyword.IOERROR);
      if (!tolerate.isEmpty()) {
        Collections.shuffle(tolerate, random);
        operands.add(keyword(Keyword.TOLERATE, tolerate));
      }
      flag(operands, d.share(), Keyword.SHARE);
      if (!d.waitOption().equals(DumpDataSet.Wait.DEFAULT)) {
        operands.add(keyword(Keyword.WAIT, List.of(Term.word("" + d.waitOption().seconds()),
            Term.word("" + d.waitOption().retries()))));
      }
      flag(operands, d.compress(), Keyword.COMPRESS);
      if (d.optimize() != 1 || random.nextBoolean()) {
        operands.add(keyword(Keyword.OPTIMIZE, List.of(Term.word("" + d.optimize()))));
      }
      flag(operands, d.delete(), Keyword.DELETE);
      flag(operands, d.purge(), Keyword.PURGE);
      flag(operands, d.reset(), Keyword.RESET);
    } else {
      RestoreDataSet r = (RestoreDataSet) c;
      verb = spell(Keyword.RESTORE);
      operands.add(dataset(r.include(), r.exclude(), List.of(), r.filterDd()));
      operands.add(keyword(Keyword.INDDNAME, List.of(Term.word(r.inDdName()))));
      flag(operands, r.replace(), Keyword.REPLACE);
      flag(operands, r.replaceUnconditional(), Keyword.REPLACEUNCONDITIONAL);
      if (r.renamePrefix().isPresent() || !r.renames().isEmpty()) {
        operands.add(keyword(r.renameConditional() ? Keyword.RENAME : Keyword.RENAMEUNCONDITIONAL,
            renames(r.renamePrefix(), r.renames())));
      }
    }
    Collections.shuffle(operands, random);
    unimplemented(operands, c.unimplemented());
    operands.add(0, Term.word(verb));
    return operands;
  }

  private Term dataset(List<String> include, List<String> exclude, List<ByCriterion> by,
      Optional<String> filterDd) {
    List<Term> items = new ArrayList<>();
    if (!include.isEmpty()) {
      items.add(keyword(Keyword.INCLUDE, words(include)));
    }
    if (!exclude.isEmpty()) {
      items.add(keyword(Keyword.EXCLUDE, words(exclude)));
    }
    if (!by.isEmpty()) {
      items.add(keyword(Keyword.BY, by(by)));
    }
    filterDd.ifPresent(dd -> items.add(keyword(Keyword.FILTERDD, List.of(Term.word(dd)))));
    Collections.shuffle(items, random);
    return keyword(Keyword.DATASET, items);
  }

  private List<Term> by(List<ByCriterion> criteria) {
    List<Term> coded = new ArrayList<>();
    for (ByCriterion c : criteria) {
      List<Term> args = c.arguments().stream()
          .map(a -> Term.word(a.equals("YES") ? pick("YES", "1")
              : a.equals("NO") ? pick("NO", "0") : a))
          .toList();
      Term arg = args.size() == 1 && random.nextBoolean() ? args.get(0) : Term.bare(args);
      coded.add(Term.bare(List.of(Term.word(c.characteristic()), Term.word(c.operator()), arg)));
    }
    // One criterion may go without its own parentheses: BY(DSCHA,EQ,1).
    return coded.size() == 1 && random.nextBoolean() ? coded.get(0).items() : coded;
  }

  private List<Term> renames(Optional<String> prefix, List<Rename> pairs) {
    if (pairs.isEmpty() && random.nextBoolean()) {
      return List.of(Term.word(prefix.orElseThrow()));
    }
    List<Term> items = new ArrayList<>();
    prefix.ifPresent(p -> items.add(Term.bare(List.of(Term.word(p)))));
    for (Rename r : pairs) {
      items.add(Term.bare(List.of(Term.word(r.oldName()), Term.word(r.newName()))));
    }
    return items;
  }

  /**
   * Codes each keyword with a random spelling among the shuffled operands, keeping the command's
   * order of them: the parser lists them in the order coded.
   */
  private void unimplemented(List<Term> terms, List<UnimplementedKeyword.Coded> coded) {
    int at = 0;
    for (UnimplementedKeyword.Coded c : coded) {
      if (c.keyword().spellings().isEmpty()) {
        continue; // coded as the implemented keyword it is listed for
      }
      at += random.nextInt(terms.size() - at + 1);
      terms.add(at++, Term.word(pick(SpellingTest.tokens(c.keyword().spellings()))));
    }
  }

  private void flag(List<Term> terms, boolean coded, Keyword keyword) {
    if (coded) {
      terms.add(Term.word(spell(keyword)));
    }
  }

  private Term keyword(Keyword k, List<Term> items) {
    return Term.of(spell(k), items);
  }

  private static List<Term> words(List<String> words) {
    return words.stream().map(Term::word).toList();
  }

  private String spell(Keyword k) {
    return pick(SpellingTest.tokens(k.spellings()));
  }

  private String spell(Concurrent c) {
    return pick(SpellingTest.tokens(c.spellings()));
  }

  // ---- terms as records ------------------------------------------------------------------------

  /** An atom of text and the separator coded before it. */
  private record Atom(String separator, String text) {}

  /** The card images of one statement. */
  List<String> code(List<Term> terms) {
    List<Atom> atoms = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      // A command is separated from its keywords by blanks or a comment, not a comma.
      String sep = i == 0 ? "" : i == 1 ? pick(" ", "  ", " /* OPTIONS */ ") : separator(false);
      atomize(terms.get(i), sep, atoms);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent());
    for (int i = 0; i < atoms.size(); i++) {
      Atom a = atoms.get(i);
      boolean fits = line.length() + a.separator().length() + a.text().length() <= MAX_CONTENT;
      if (i > 0 && (!fits || random.nextInt(8) == 0)) {
        String comment = "";
        if (random.nextInt(6) == 0 && line.length() + 12 <= MAX_CONTENT) {
          line.append(" /* SPLIT");
          comment = "COMMENT */";
        }
        lines.add(card(line.append(" -").toString()));
        if (random.nextInt(10) == 0 && comment.isEmpty()) {
          lines.add(card(pick("-", "  -", " /* CONTINUED */ -")));
        }
        line = new StringBuilder(indent()).append(comment);
        String sep = comment.isEmpty() ? a.separator() : a.separator().isEmpty() ? " "
            : a.separator();
        line.append(sep).append(a.text());
      } else {
        line.append(i == 0 ? "" : a.separator()).append(a.text());
      }
    }
    lines.add(card(line.toString()));
    return lines;
  }

  private void atomize(Term t, String separator, List<Atom> atoms) {
    String sep = separator;
    if (t.head() != null) {
      atoms.add(new Atom(sep, t.head()));
      sep = pick("", "", " ");
    }
    if (!t.list()) {
      return;
    }
    atoms.add(new Atom(sep, "("));
    Term previous = null;
    for (Term item : t.items()) {
      String itemSep = previous == null ? pick("", "", " ")
          : separator(previous.head() != null && !previous.list() && item.head() == null);
      atomize(item, itemSep, atoms);
      previous = item;
    }
    atoms.add(new Atom(pick("", "", " "), ")"));
  }

  /** A separator between operands; a list after a plain word needs a comma to stand apart. */
  private String separator(boolean needsComma) {
    return needsComma
        ? pick(",", ", ", " ,", ",/*C*/", " /* C */,")
        : pick(" ", ",", ", ", "  ", " /* C */ ", "/*C*/", ",/*C*/");
  }

  private String indent() {
    return " ".repeat(random.nextInt(5));
  }

  /** A card image: junk in column 1 now and then, sequence numbers in 73 to 80 now and then. */
  private String card(String content) {
    if (content.length() > 71) {
      throw new IllegalStateException("content past column 72: " + content);
    }
    String column1 = random.nextInt(5) == 0 ? pick("X", "*", "1", "/", "-") : " ";
    String card = column1 + content;
    if (random.nextBoolean()) {
      card = card + " ".repeat(72 - card.length()) + String.format("%08d", random.nextInt(1000000));
    }
    return card;
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
