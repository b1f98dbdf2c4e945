package io.bwo.control;

import static io.bwo.control.Keyword.BY;
import static io.bwo.control.Keyword.COMPRESS;
import static io.bwo.control.Keyword.CONCURRENT;
import static io.bwo.control.Keyword.DATASET;
import static io.bwo.control.Keyword.DELETE;
import static io.bwo.control.Keyword.ENQFAILURE;
import static io.bwo.control.Keyword.EXCLUDE;
import static io.bwo.control.Keyword.FILTERDD;
import static io.bwo.control.Keyword.INCLUDE;
import static io.bwo.control.Keyword.INDDNAME;
import static io.bwo.control.Keyword.IOERROR;
import static io.bwo.control.Keyword.NOTIFYCONCURRENT;
import static io.bwo.control.Keyword.OPTIMIZE;
import static io.bwo.control.Keyword.OUTDDNAME;
import static io.bwo.control.Keyword.PURGE;
import static io.bwo.control.Keyword.RENAME;
import static io.bwo.control.Keyword.RENAMEUNCONDITIONAL;
import static io.bwo.control.Keyword.REPLACE;
import static io.bwo.control.Keyword.REPLACEUNCONDITIONAL;
import static io.bwo.control.Keyword.RESET;
import static io.bwo.control.Keyword.SHARE;
import static io.bwo.control.Keyword.TOLERATE;
import static io.bwo.control.Keyword.WAIT;

import io.bwo.control.DumpDataSet.ByCriterion;
import io.bwo.control.RestoreDataSet.Rename;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one statement into its command and checks it: keywords known and coded once, required
 * keywords present, exclusive keywords apart, every value well formed. Reports every error it
 * finds in the statement, not only the first, so that one run shows what to fix.
 */
final class StatementParser {
  private static final Set<Keyword> DUMP_KEYWORDS = EnumSet.of(DATASET, OUTDDNAME, CONCURRENT,
      NOTIFYCONCURRENT, TOLERATE, SHARE, WAIT, COMPRESS, OPTIMIZE, DELETE, PURGE, RESET);
  /**
   * DFSMSdss's commands other than DUMP and RESTORE (IBM's command list: BUILDSA, COMPRESS,
   * CONSOLIDATE, CONVERTV, COPY, COPYDUMP, DEFRAG, PRINT, RELEASE): a deck that codes one runs no
   * task, as for any ADR100E, whose text then names the command as DFSMSdss's.
   */
  private static final Set<String> OTHER_DFSMSDSS_COMMANDS = Set.of("BUILDSA", "COMPRESS",
      "CONSOLIDATE", "CONVERTV", "COPY", "COPYDUMP", "DEFRAG", "PRINT", "RELEASE");
  private static final Set<Keyword> RESTORE_KEYWORDS = EnumSet.of(DATASET, INDDNAME, REPLACE,
      REPLACEUNCONDITIONAL, RENAMEUNCONDITIONAL, RENAME, PURGE);
  /** DATASET(...)'s keywords, the same on DUMP and RESTORE. */
  private static final Set<Keyword> SELECTION = EnumSet.of(INCLUDE, EXCLUDE, BY, FILTERDD);
  private static final int MAX_OUTDD = 255;
  private static final int MAX_OPTIMIZE = 4;

  private final Statement statement;
  private final List<Message> errors;
  private final int errorsBefore;

  private StatementParser(Statement statement, List<Message> errors) {
    this.statement = statement;
    this.errors = errors;
    this.errorsBefore = errors.size();
  }

  /** The command {@code statement} codes, or empty with its errors added to {@code errors}. */
  static Optional<Command> parse(Statement statement, List<Message> errors) {
    return new StatementParser(statement, errors).command();
  }

  /**
   * The filtering criteria of a FILTERDD data set whose tokens are {@code statement}'s: INCLUDE,
   * EXCLUDE and BY, each once, checked as on the command; or empty with the errors added to
   * {@code errors}.
   */
  static Optional<FilterCriteria> filter(Statement statement, List<Message> errors) {
    return new StatementParser(statement, errors).filterCriteria();
  }

  private Optional<FilterCriteria> filterCriteria() {
    TreeParser.Tree tree = TreeParser.parse(statement.tokens());
    if (tree.unbalanced().isPresent()) {
      error(Msg.ADR103E, tree.unbalanced().get());
      return Optional.empty();
    }
    Map<Keyword, Node> s = keywords(tree.nodes(), EnumSet.of(INCLUDE, EXCLUDE, BY), "FILTERDD");
    List<String> include = s.containsKey(INCLUDE) ? masks(s.get(INCLUDE), "INCLUDE") : List.of();
    List<String> exclude = s.containsKey(EXCLUDE) ? masks(s.get(EXCLUDE), "EXCLUDE") : List.of();
    List<ByCriterion> by = s.containsKey(BY) ? byCriteria(s.get(BY)) : List.of();
    return failed() ? Optional.empty() : Optional.of(new FilterCriteria(include, exclude, by));
  }

  private Optional<Command> command() {
    TreeParser.Tree tree = TreeParser.parse(statement.tokens());
    if (tree.unbalanced().isPresent()) {
      error(Msg.ADR103E, tree.unbalanced().get());
      return Optional.empty();
    }
    Node verb = tree.nodes().get(0);
    List<Node> operands = tree.nodes().subList(1, tree.nodes().size());
    Optional<Keyword> command = verb.isPlainWord()
        ? Keyword.find(verb.token().text(), EnumSet.of(Keyword.DUMP, Keyword.RESTORE))
        : Optional.empty();
    if (command.isEmpty()) {
      // DFSMSdss recognises commands in upper case only: say so when that is all that is wrong.
      String text = verb.token().text();
      boolean lowerCase = verb.isPlainWord() && !text.equals(text.toUpperCase(Locale.ROOT))
          && Keyword.find(text.toUpperCase(Locale.ROOT), Keyword.COMMANDS).isPresent();
      String supported = "BWO SUPPORTS DUMP, RESTORE, SET, IF-THEN-ELSE, EOJ, PARALLEL AND SERIAL";
      error(Msg.ADR100E, verb.token(), lowerCase
          ? "A COMMAND MUST BE CODED IN UPPER CASE: " + text.toUpperCase(Locale.ROOT)
          : OTHER_DFSMSDSS_COMMANDS.contains(text)
              ? text + " IS A DFSMSDSS COMMAND THAT BWO DOES NOT RUN; " + supported
              : supported);
      return Optional.empty();
    }
    return command.get() == Keyword.DUMP ? dump(verb, operands) : restore(verb, operands);
  }

  private boolean failed() {
    return errors.size() > errorsBefore;
  }

  // ---- DUMP ------------------------------------------------------------------------------------

  private Optional<Command> dump(Node verb, List<Node> operands) {
    List<UnimplementedKeyword.Coded> unimplemented = new ArrayList<>();
    Map<Keyword, Node> k = keywords(operands, DUMP_KEYWORDS, "DUMP", Keyword.DUMP, unimplemented);
    Selection selection = selection(verb, k, "DUMP DATASET", unimplemented);
    List<String> out = List.of();
    if (k.containsKey(OUTDDNAME)) {
      out = ddNames(k.get(OUTDDNAME), "OUTDDNAME", MAX_OUTDD);
    } else {
      missing(verb, "KEYWORD OUTDDNAME");
    }
    Concurrent concurrent = k.containsKey(CONCURRENT)
        ? concurrent(k.get(CONCURRENT))
        : Concurrent.NONE;
    boolean notify = flag(k, NOTIFYCONCURRENT);
    if (notify && !k.containsKey(CONCURRENT)) {
      missing(k.get(NOTIFYCONCURRENT), "KEYWORD CONCURRENT");
    }
    Set<Keyword> tolerate = k.containsKey(TOLERATE)
        ? subkeywords(k.get(TOLERATE), EnumSet.of(ENQFAILURE, IOERROR), "TOLERATE")
        : Set.of();
    DumpDataSet.Wait wait = k.containsKey(WAIT) ? waitOf(k.get(WAIT)) : DumpDataSet.Wait.DEFAULT;
    int optimize = k.containsKey(OPTIMIZE)
        ? number(k.get(OPTIMIZE), "OPTIMIZE", 1, MAX_OPTIMIZE).orElse(1)
        : 1;
    boolean share = flag(k, SHARE);
    boolean compress = flag(k, COMPRESS);
    boolean delete = flag(k, DELETE);
    boolean purge = flag(k, PURGE);
    boolean reset = flag(k, RESET);
    if (reset && share) {
      // IBM: "Do not specify the DELETE, RESET, or UNCATALOG keyword if you specify SHARE."
      Node later = later(k.get(RESET), k.get(SHARE));
      error(Msg.ADR106E, later.token(), later == k.get(RESET) ? "SHARE" : "RESET");
    }
    if (purge && !delete) {
      missing(k.get(PURGE), "KEYWORD DELETE");
    }
    // Read and checked, but with nothing to act on: listed as such (BWO531I).
    unimplemented.addAll(UnimplementedKeyword.dumpOptionsListed(share,
        k.containsKey(WAIT) ? Optional.of(wait) : Optional.empty(), tolerate.contains(IOERROR)));
    if (failed()) {
      return Optional.empty();
    }
    return Optional.of(new DumpDataSet(statement.firstRecord(), statement.lastRecord(),
        selection.include, selection.exclude, selection.by, selection.filterDd, out,
        concurrent, notify, tolerate.contains(ENQFAILURE), tolerate.contains(IOERROR),
        share, wait, compress, optimize, delete, purge, reset, unimplemented));
  }

  private Concurrent concurrent(Node node) {
    if (!node.hasList()) {
      return Concurrent.PREFERRED; // DFSMSdss's default sub-keyword
    }
    List<Token> words = words(node, "CONCURRENT", 1, 1, "CONCURRENT TAKES ONE SUB-KEYWORD");
    if (words.isEmpty()) {
      return Concurrent.NONE;
    }
    Token t = words.get(0);
    Optional<Concurrent> c = Concurrent.find(t.text());
    if (c.isEmpty()) {
      error(Msg.ADR102E, t, "CONCURRENT");
      return Concurrent.NONE;
    }
    return c.get();
  }

  private DumpDataSet.Wait waitOf(Node node) {
    List<Token> words = words(node, "WAIT", 2, 2, "WAIT TAKES (NUMSECS,NUMRETRIES)");
    if (words.size() != 2) {
      return DumpDataSet.Wait.DEFAULT;
    }
    Optional<Integer> seconds = number(words.get(0), "WAIT", 0, DumpDataSet.Wait.MAX);
    Optional<Integer> retries = number(words.get(1), "WAIT", 0, DumpDataSet.Wait.MAX);
    if (seconds.isEmpty() || retries.isEmpty()) {
      return DumpDataSet.Wait.DEFAULT;
    }
    return new DumpDataSet.Wait(seconds.get(), retries.get());
  }

  private List<ByCriterion> byCriteria(Node by) {
    List<Node> items = list(by);
    if (items.isEmpty()) {
      return List.of();
    }
    if (!items.get(0).isBareList()) {
      // BY(schar,op,arg): one criterion without its own parentheses.
      return criterion(by, items).stream().toList();
    }
    List<ByCriterion> result = new ArrayList<>();
    for (Node item : items) {
      if (item.isBareList()) {
        criterion(item, item.items()).ifPresent(result::add);
      } else {
        invalid(item.token(), item.text(), "BY", "EXPECTED (SCHAR,OP,ARG)");
      }
    }
    return result;
  }

  private Optional<ByCriterion> criterion(Node at, List<Node> parts) {
    if (parts.size() != 3 || !parts.get(0).isPlainWord() || !parts.get(1).isPlainWord()) {
      invalid(at.listStart(), at.text(), "BY", "EXPECTED (SCHAR,OP,ARG)");
      return Optional.empty();
    }
    Token schar = parts.get(0).token();
    Token op = parts.get(1).token();
    Optional<ByCharacteristic> c = ByCharacteristic.find(schar.text());
    if (c.isEmpty()) {
      invalid(schar, "BY", "THE CHARACTERISTICS ARE " + ByCharacteristic.names());
      return Optional.empty();
    }
    Optional<String> operator = ByCharacteristic.operator(op.text()).filter(c.get()::takes);
    if (operator.isEmpty()) {
      invalid(op, "BY", c.get().operatorsExpected());
      return Optional.empty();
    }
    String expected = c.get().argumentsExpected();
    Node arg = parts.get(2);
    List<Token> args;
    if (arg.isPlainWord()) {
      args = List.of(arg.token());
    } else if (arg.isBareList()) {
      args = words(arg, "BY", 1, Integer.MAX_VALUE, expected);
    } else {
      invalid(arg.token(), arg.text(), "BY", expected);
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (Token t : args) {
      c.get().argument(t.text())
          .ifPresentOrElse(values::add, () -> invalid(t, "BY", expected));
    }
    if (values.size() != args.size() || values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ByCriterion(schar.text(), operator.get(), values));
  }

  // ---- RESTORE ---------------------------------------------------------------------------------

  private Optional<Command> restore(Node verb, List<Node> operands) {
    List<UnimplementedKeyword.Coded> unimplemented = new ArrayList<>();
    Map<Keyword, Node> k =
        keywords(operands, RESTORE_KEYWORDS, "RESTORE", Keyword.RESTORE, unimplemented);
    Selection selection = selection(verb, k, "RESTORE DATASET", unimplemented);
    if (!selection.by.isEmpty()) {
      Node by = selection.byNode.orElseThrow();
      unimplemented.add(new UnimplementedKeyword.Coded(UnimplementedKeyword.RESTORE_BY,
          "BY" + by.text().substring(by.token().text().length())));
    }
    Optional<String> in = Optional.empty();
    if (k.containsKey(INDDNAME)) {
      in = ddNames(k.get(INDDNAME), "INDDNAME", 1).stream().findFirst();
    } else {
      missing(verb, "KEYWORD INDDNAME");
    }
    // IBM: RESTORE takes PURGE "and treats it the same as REPLACE".
    Keyword replacing = k.containsKey(REPLACE) ? REPLACE : PURGE;
    boolean replace = flag(k, REPLACE) | flag(k, PURGE);
    boolean replaceUnconditional = flag(k, REPLACEUNCONDITIONAL);
    if (replace && replaceUnconditional) {
      Node later = later(k.get(replacing), k.get(REPLACEUNCONDITIONAL));
      Keyword other = later == k.get(replacing) ? REPLACEUNCONDITIONAL : replacing;
      error(Msg.ADR106E, later.token(), other.name());
    }
    if (k.containsKey(RENAME) && k.containsKey(RENAMEUNCONDITIONAL)) {
      Node later = later(k.get(RENAME), k.get(RENAMEUNCONDITIONAL));
      Keyword other = later == k.get(RENAME) ? RENAMEUNCONDITIONAL : RENAME;
      error(Msg.ADR106E, later.token(), other.name());
    }
    Keyword renaming = k.containsKey(RENAME) ? RENAME : RENAMEUNCONDITIONAL;
    Optional<String> prefix = Optional.empty();
    List<Rename> renames = List.of();
    if (k.containsKey(renaming)) {
      List<Node> items = list(k.get(renaming));
      if (items.size() == 1 && items.get(0).isPlainWord()) {
        prefix = prefix(items.get(0).token(), renaming);
      } else {
        boolean bracketed = !items.isEmpty() && isBracketedPrefix(items.get(0));
        prefix = bracketed ? prefix(items.get(0).items().get(0).token(), renaming)
            : Optional.empty();
        renames = renames(bracketed ? items.subList(1, items.size()) : items, renaming);
      }
    }
    if (failed() || in.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RestoreDataSet(statement.firstRecord(), statement.lastRecord(),
        selection.include, selection.exclude, selection.filterDd, in.get(), replace,
        replaceUnconditional, prefix, renames, renaming == RENAME, unimplemented));
  }

  /** True for the {@code (pfx)} that may open the list of RENAME or RENAMEUNCONDITIONAL. */
  private static boolean isBracketedPrefix(Node first) {
    return first.isBareList() && first.items().size() == 1 && first.items().get(0).isPlainWord();
  }

  private Optional<String> prefix(Token t, Keyword renaming) {
    Optional<String> problem = DsnMask.qualifierProblem(t.text(), false);
    problem.ifPresent(p -> invalid(t, renaming.name(), p));
    return problem.isPresent() ? Optional.empty() : Optional.of(t.text());
  }

  private List<Rename> renames(List<Node> pairs, Keyword renaming) {
    List<Rename> result = new ArrayList<>();
    for (Node pair : pairs) {
      boolean ok = pair.isBareList() && pair.items().size() == 2
          && pair.items().stream().allMatch(Node::isPlainWord);
      if (!ok) {
        invalid(pair.listStart(), pair.text(), renaming.name(), "EXPECTED (OLDNAME,NEWNAME)");
        continue;
      }
      Token old = pair.items().get(0).token();
      Token neu = pair.items().get(1).token();
      // Both checked: a bad old name must not hide a bad new name.
      Optional<String> oldName = mask(old, renaming.name());
      Optional<String> newName = mask(neu, renaming.name());
      if (oldName.isPresent() && newName.isPresent()) {
        result.add(new Rename(oldName.get(), newName.get()));
      }
    }
    return result;
  }

  // ---- shared ----------------------------------------------------------------------------------

  /** The data set selection of DATASET(...): INCLUDE, EXCLUDE, BY or FILTERDD. */
  private record Selection(List<String> include, List<String> exclude, List<ByCriterion> by,
      Optional<Node> byNode, Optional<String> filterDd) {
    static final Selection NONE = new Selection(List.of(), List.of(), List.of(), Optional.empty(),
        Optional.empty());
  }

  /**
   * The command's DATASET(...), which is required unless a keyword of a physical dump or restore
   * ({@code FULL}, {@code TRACKS}, input volumes) was coded: its task then refuses it (BWO515E).
   */
  private Selection selection(Node verb, Map<Keyword, Node> k, String context,
      List<UnimplementedKeyword.Coded> unimplemented) {
    if (!k.containsKey(DATASET)) {
      if (unimplemented.stream().noneMatch(c -> c.keyword().physical())) {
        missing(verb, "KEYWORD DATASET");
      }
      return Selection.NONE;
    }
    Node dataset = k.get(DATASET);
    Map<Keyword, Node> s = keywords(list(dataset), SELECTION, context);
    List<String> include = s.containsKey(INCLUDE) ? masks(s.get(INCLUDE), "INCLUDE") : List.of();
    List<String> exclude = s.containsKey(EXCLUDE) ? masks(s.get(EXCLUDE), "EXCLUDE") : List.of();
    List<ByCriterion> by = s.containsKey(BY) ? byCriteria(s.get(BY)) : List.of();
    Optional<String> filterDd = s.containsKey(FILTERDD)
        ? ddNames(s.get(FILTERDD), "FILTERDD", 1).stream().findFirst()
        : Optional.empty();
    String choices = "INCLUDE, EXCLUDE OR BY";
    if (s.containsKey(FILTERDD) && (s.containsKey(INCLUDE) || s.containsKey(EXCLUDE)
        || s.containsKey(BY))) {
      error(Msg.ADR106E, s.get(FILTERDD).token(), choices);
    } else if (dataset.hasList() && dataset.items().isEmpty()) {
      missing(dataset, choices.replace(" OR ", ", ") + " OR FILTERDD");
    }
    return new Selection(include, exclude, by, Optional.ofNullable(s.get(BY)), filterDd);
  }

  /**
   * The keywords of one level, each found among {@code allowed} by its spellings; an unknown
   * keyword or one coded twice is an error and left out.
   */
  private Map<Keyword, Node> keywords(List<Node> nodes, Set<Keyword> allowed, String context) {
    return keywords(nodes, allowed, context, null, new ArrayList<>());
  }

  /**
   * The keywords of a command's own level, where a DFSMSdss keyword bwo does not implement is
   * also recognised (for {@code command}) and added to {@code unimplemented}.
   */
  private Map<Keyword, Node> keywords(List<Node> nodes, Set<Keyword> allowed, String context,
      Keyword command, List<UnimplementedKeyword.Coded> unimplemented) {
    Map<Keyword, Node> found = new EnumMap<>(Keyword.class);
    Set<UnimplementedKeyword> others = EnumSet.noneOf(UnimplementedKeyword.class);
    for (Node n : nodes) {
      boolean word = n.token().kind() == Token.Kind.WORD;
      Optional<Keyword> k = word ? Keyword.find(n.token().text(), allowed) : Optional.empty();
      Optional<UnimplementedKeyword> other = word && k.isEmpty() && command != null
          ? UnimplementedKeyword.find(n.token().text(), command)
          : Optional.empty();
      if (other.isPresent()) {
        if (!others.add(other.get())) {
          error(Msg.ADR110E, n.token());
        } else {
          // A password is not listed (Passwords): only that the keyword was coded.
          String value = !n.hasList() ? ""
              : other.get().secret() ? "(...)"
              : n.text().substring(n.token().text().length());
          unimplemented.add(new UnimplementedKeyword.Coded(other.get(),
              other.get().name() + value));
        }
      } else if (k.isEmpty()) {
        error(Msg.ADR102E, n.token(), context);
      } else if (found.containsKey(k.get())) {
        error(Msg.ADR110E, n.token());
      } else {
        found.put(k.get(), n);
      }
    }
    return found;
  }

  private Set<Keyword> subkeywords(Node node, Set<Keyword> allowed, String context) {
    List<Node> items = list(node);
    if (node.hasList() && items.isEmpty()) {
      missing(node, "A SUB-KEYWORD IN PARENTHESES");
    }
    Map<Keyword, Node> found = keywords(items, allowed, context);
    for (Node n : found.values()) {
      if (n.hasList()) {
        invalid(n.listStart(), n.text(), context, n.token().text() + " TAKES NO VALUE");
      }
    }
    return found.keySet();
  }

  /** True if {@code keyword} was coded, which must be without a value. */
  private boolean flag(Map<Keyword, Node> k, Keyword keyword) {
    Node n = k.get(keyword);
    if (n == null) {
      return false;
    }
    if (n.hasList()) {
      invalid(n.listStart(), n.text(), keyword.name(), keyword.name() + " TAKES NO VALUE");
    }
    return true;
  }

  /** The items of the list that must follow {@code keyword}. */
  private List<Node> list(Node keyword) {
    if (!keyword.hasList()) {
      missing(keyword, "A VALUE IN PARENTHESES");
    }
    return keyword.items();
  }

  /**
   * The items of {@code node}'s list, which must be {@code min} to {@code max} plain words;
   * empty after an error.
   */
  private List<Token> words(Node node, String context, int min, int max, String expected) {
    List<Node> items = list(node);
    if (!node.hasList()) {
      return List.of();
    }
    List<Token> words = new ArrayList<>();
    for (Node item : items) {
      if (item.isPlainWord()) {
        words.add(item.token());
      } else {
        invalid(item.listStart(), item.text(), context, expected);
        return List.of();
      }
    }
    if (words.isEmpty()) {
      missing(node, "A VALUE IN PARENTHESES");
    } else if (words.size() < min || words.size() > max) {
      invalid(node.listStart(), node.text(), context, expected);
      return List.of();
    }
    return words;
  }

  private List<String> ddNames(Node node, String context, int max) {
    String expected = max == 1 ? context + " TAKES ONE DD NAME" : "AT MOST " + max + " DD NAMES";
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Token t : words(node, context, 1, max, expected)) {
      Optional<String> problem = DdName.problem(t.text());
      if (problem.isPresent()) {
        invalid(t, context, problem.get());
      } else if (!seen.add(t.text())) {
        invalid(t, context, "DD NAME " + t.text() + " IS REPEATED");
      } else {
        names.add(t.text());
      }
    }
    return names;
  }

  /**
   * INCLUDE's or EXCLUDE's entries: data set name filters, or a generation data group's name
   * with a relative generation number ({@code PROD.POSTED.DAILY(0)}, which IBM allows there:
   * "Generation names in relative generation number, dsn(n), can be specified in the INCLUDE and
   * EXCLUDE parameters", u2074.htm and u2105.htm), kept as coded; the task says what it selects.
   */
  private List<String> masks(Node node, String context) {
    List<Node> items = list(node);
    if (!node.hasList()) {
      return List.of();
    }
    if (items.isEmpty()) {
      missing(node, "A VALUE IN PARENTHESES");
    }
    List<String> masks = new ArrayList<>();
    for (Node item : items) {
      if (item.isPlainWord()) {
        mask(item.token(), context).ifPresent(masks::add);
      } else if (item.token().kind() == Token.Kind.WORD && item.items().size() == 1
          && item.items().get(0).isPlainWord()) {
        generation(item, context).ifPresent(masks::add);
      } else {
        invalid(item.listStart(), item.text(), context, "EXPECTED DATA SET NAME FILTERS");
        return List.of();
      }
    }
    return masks;
  }

  /** {@code item}, a GDG's name and a relative generation number, as coded; or its error. */
  private Optional<String> generation(Node item, String context) {
    String base = unquoted(item.token().text());
    String number = item.items().get(0).token().text();
    Optional<String> problem = DsnMask.generationProblem(base, number);
    problem.ifPresent(p -> invalid(item.token(), item.text(), context, p));
    return problem.isEmpty() ? Optional.of(base + "(" + number + ")") : Optional.empty();
  }

  /**
   * A name in apostrophes is the name: IBM's own generated decks (its Ansible collection's
   * {@code INCL( 'DSN' )}) quote fully qualified names, as TSO does.
   */
  private static String unquoted(String text) {
    return text.length() > 2 && text.startsWith("'") && text.endsWith("'")
        ? text.substring(1, text.length() - 1) : text;
  }

  /** The name or filter {@code t} codes, unquoted, or empty with its error added. */
  private Optional<String> mask(Token t, String context) {
    String name = unquoted(t.text());
    Optional<String> problem = DsnMask.problem(name);
    problem.ifPresent(p -> invalid(t, context, p));
    return problem.isEmpty() ? Optional.of(name) : Optional.empty();
  }

  private Optional<Integer> number(Node node, String context, int min, int max) {
    List<Token> words = words(node, context, 1, 1, context + " TAKES ONE NUMBER");
    return words.isEmpty() ? Optional.empty() : number(words.get(0), context, min, max);
  }

  private Optional<Integer> number(Token t, String context, int min, int max) {
    String s = t.text();
    // At most 9 digits, so that parseInt cannot overflow.
    boolean digits = !s.isEmpty() && s.length() <= 9
        && s.chars().allMatch(c -> c >= '0' && c <= '9');
    int value = digits ? Integer.parseInt(s) : -1;
    if (value < min || value > max) {
      invalid(t, context, "EXPECTED A NUMBER FROM " + min + " TO " + max);
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static Node later(Node a, Node b) {
    Token x = a.token();
    Token y = b.token();
    boolean aLater = x.record() > y.record()
        || (x.record() == y.record() && x.column() > y.column());
    return aLater ? a : b;
  }

  // ---- errors ----------------------------------------------------------------------------------

  private void error(Msg id, Token at, Object... more) {
    Object[] args = new Object[4 + more.length];
    args[0] = statement.firstRecord();
    args[1] = at.text();
    args[2] = at.record();
    args[3] = at.column();
    System.arraycopy(more, 0, args, 4, more.length);
    errors.add(Message.of(id, args));
  }

  private void invalid(Token at, String context, String why) {
    invalid(at, at.text(), context, why);
  }

  /** ADR104E for {@code value}, which starts at {@code at}. */
  private void invalid(Token at, String value, String context, String why) {
    Token shown = new Token(at.kind(), value, at.record(), at.column());
    error(Msg.ADR104E, shown, context, why);
  }

  /** ADR105E: {@code node} needs {@code what}. */
  private void missing(Node node, String what) {
    error(Msg.ADR105E, node.token(), what);
  }
}
