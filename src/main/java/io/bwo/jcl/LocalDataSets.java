package io.bwo.jcl;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.Dsn;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the DDs of one job's steps live on the local disk, and what their dispositions do.
 *
 * <ul>
 *   <li>A data set {@code HLQ.X} is the file {@code <catalog root>/datasets/HLQ.X}; a member
 *       {@code HLQ.LIB(M)} is {@code datasets/HLQ.LIB/M}. A VSAM cluster of the catalog is its
 *       data file, with DISP=SHR or OLD and KEEP only (define and delete clusters with
 *       {@code bwo catalog}).
 *   <li>A generation {@code HLQ.GDG(+n)}, {@code (0)}, {@code (-n)} is
 *       {@code datasets/HLQ.GDG.GnnnnV00}, numbered from the highest generation on disk when the
 *       job first names the base: as on z/OS, {@code (+1)} names the same new generation in every
 *       step of the job, and {@code (0)} the one that was current when the job began. There is no
 *       GDG base to define and no generation limit: every generation is kept until deleted.
 *   <li>A temporary data set ({@code &&NAME}, or one a new DD without DSN makes) is a file in
 *       the job's work folder, deleted when the job ends.
 *   <li>SYSOUT is a file {@code STEP.DD} in the job output folder; DUMMY is {@code /dev/null};
 *       in-stream data is a file in the work folder; a concatenation is one file holding its
 *       parts one after the other (input only).
 * </ul>
 *
 * <p>Status: NEW must not exist (it is created empty; a new member's library is created, the
 * member when the program writes it), OLD and SHR must exist, MOD creates what
 * is missing; otherwise the allocation fails, a JCL error. Dispositions apply when the step
 * ends: the normal one whatever the condition code, the abnormal one only when it abends. KEEP
 * and CATLG keep the file (it is the catalog entry), DELETE and UNCATLG remove it (DELETE of a
 * member deletes the whole library, as on z/OS), PASS keeps it for a later step and deletes a new
 * one that no later step received when the job ends. What those would delete should the job die
 * now is kept in its work folder ({@link OwedDispositions}), for the next job to settle.
 */
final class LocalDataSets {
  private static final Path DUMMY = Path.of("/dev/null");

  private final Catalog catalog;
  private final Path datasets;
  private final Path work;
  private final Path output;
  private final Map<String, Integer> highestGeneration = new HashMap<>();
  private final String job;
  /** New data sets passed and not yet received: deleted when the job ends. */
  private final Map<Path, OwedDispositions.Owed> passedNew = new LinkedHashMap<>();
  private List<OwedDispositions.Owed> owedWritten = List.of();
  private boolean owedLost;
  private final List<Message> warnings = new ArrayList<>();
  private final Set<String> outputNames = new HashSet<>();
  private int files;

  /** The folder of the data sets of the catalog whose root is {@code catalogRoot}. */
  static Path folder(Path catalogRoot) {
    return catalogRoot.resolve("datasets");
  }

  LocalDataSets(Catalog catalog, String job, Path work, Path output) {
    this.catalog = catalog;
    this.job = job;
    this.datasets = folder(catalog.root());
    this.work = work;
    this.output = output;
  }

  /** A data set, member or UNIX file a step holds, and what to do with it at step end. */
  record Held(String dd, String display, Path path, Path deletes, Disposition disposition,
      boolean created, boolean temporary, DataDefinition.UnixFile unixFile) {}

  /**
   * A file a step's allocation creates: a library (a directory) or not, and the record format its
   * DCB gives it, kept with it as z/OS writes a new data set's DCB into its label.
   */
  private record NewFile(boolean library, Optional<String> format) {
    static final NewFile PLAIN = new NewFile(false, Optional.empty());
  }

  /**
   * The files of a step's DDs, or the DD whose allocation failed and why; {@code environment} the
   * record formats their DCBs give a program ({@link Dcb#environment}).
   */
  record Allocation(Map<String, Path> dds, List<Held> held, Map<String, String> environment,
      String failedDd, String failure) {
    boolean failed() {
      return failure != null;
    }
  }

  /** A JCL error found while allocating: the DD and the reason. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final String dd;

    Refused(String dd, String reason) {
      super(reason, null, false, false);
      this.dd = dd;
    }
  }

  /** Allocates the DDs of {@code step} ({@code label} names its SYSOUT files). */
  Allocation allocate(JobNode.Step step, String label) throws IOException {
    Map<String, List<Path>> parts = new LinkedHashMap<>();
    List<Held> held = new ArrayList<>();
    // What the step's DDs create.
    Map<Path, NewFile> creates = new LinkedHashMap<>();
    Map<String, String> environment = new LinkedHashMap<>();
    try {
      for (DdStatement dd : step.dds()) {
        if (dd.name().equals("STEPLIB")) {
          continue; // the program library of z/OS: local programs need none
        }
        List<Path> paths = new ArrayList<>();
        for (DataDefinition d : dd.parts()) {
          paths.add(place(dd.name(), d, label, held, creates));
        }
        // A name coded again is allocated (and disposed of at step end through held), but the
        // program sees only the first DD of that name, as on z/OS.
        if (parts.putIfAbsent(dd.name(), paths) == null
            && dd.parts().get(0) instanceof DataDefinition.DataSet ds) {
          environment.putAll(Dcb.environment(dd.name(), ds.attributes()));
        }
      }
    } catch (Refused r) {
      return new Allocation(Map.of(), List.of(), Map.of(), r.dd, r.getMessage());
    }
    for (Map.Entry<Path, NewFile> c : creates.entrySet()) {
      Path p = c.getKey();
      Files.createDirectories(p.getParent());
      if (c.getValue().library()) {
        Files.createDirectory(p);
      } else {
        Files.write(p, new byte[0]);
      }
      c.getValue().format().ifPresent(f -> Dcb.keep(p, f));
    }
    // Written once the files exist: a list written first could, if the job died before creating
    // one, name a data set that another job creates later.
    owe(label, held);
    Map<String, Path> dds = new LinkedHashMap<>();
    for (Map.Entry<String, List<Path>> e : parts.entrySet()) {
      dds.put(e.getKey(), e.getValue().size() == 1 ? e.getValue().get(0)
          : concatenation(e.getValue()));
    }
    return new Allocation(dds, held, environment, null, null);
  }

  private Path place(String dd, DataDefinition d, String label, List<Held> held,
      Map<Path, NewFile> creates) throws IOException, Refused {
    if (d instanceof DataDefinition.InStream in) {
      Path p = workFile("instream");
      Files.writeString(p, in.records().isEmpty() ? "" : String.join("\n", in.records()) + "\n",
          StandardCharsets.UTF_8);
      return p;
    }
    if (d instanceof DataDefinition.Sysout) {
      String name = label + "." + dd;
      for (int k = 2; !outputNames.add(name); k++) {
        name = label + "." + dd + "." + k;
      }
      Path p = output.resolve(name);
      creates.put(p, NewFile.PLAIN);
      return p;
    }
    if (d instanceof DataDefinition.Dummy) {
      return Files.exists(DUMMY) ? DUMMY : workFile("dummy");
    }
    if (d instanceof DataDefinition.UnixFile u) {
      Path p = Path.of(u.path());
      if (u.create() && !Files.exists(p)) {
        creates.put(p, NewFile.PLAIN);
      }
      held.add(new Held(dd, u.path(), p, p, null, false, false, u));
      return p;
    }
    DataDefinition.DataSet ds = (DataDefinition.DataSet) d;
    return dataSet(dd, ds, held, creates);
  }

  private Path dataSet(String dd, DataDefinition.DataSet ds, List<Held> held,
      Map<Path, NewFile> creates) throws IOException, Refused {
    DsnRef ref = ds.dsn();
    Disposition disp = ds.disposition();
    Path path;
    Path library = null;
    String display;
    boolean temporary = ref.kind() == DsnRef.Kind.TEMPORARY;
    switch (ref.kind()) {
      case TEMPORARY -> {
        library = work.resolve("temp").resolve(ref.name());
        display = "&&" + ref.name();
      }
      case GENERATION -> {
        Integer known = highestGeneration.get(ref.name());
        int highest = known != null ? known : highestOnDisk(ref.name());
        highestGeneration.put(ref.name(), highest);
        int g = highest + ref.generation();
        // A new generation is in deferred roll-in until the job ends: a later step of the job
        // refers to it by the same relative number, and may share it (DISP=SHR or OLD); the
        // existence check below refuses it if no earlier step created it.
        if (g <= 0 || g > 9999) {
          throw new Refused(dd, "GENERATION " + ref + " DOES NOT EXIST"
              + (highest == 0 ? " (THE GDG HAS NO GENERATION YET)" : ""));
        }
        display = String.format("%s.G%04dV00", ref.name(), g);
        library = datasets.resolve(display);
      }
      default -> {
        Dsn dsn = Dsn.parse(ref.name());
        if (catalog.find(dsn).isPresent()) {
          return cluster(dd, ds, dsn, held);
        }
        display = ref.name();
        library = datasets.resolve(ref.name());
      }
    }
    path = ref.member() == null ? library : library.resolve(ref.member());
    if (ref.member() != null) {
      display = display + "(" + ref.member() + ")";
    }
    boolean exists = Files.exists(library);
    if (ref.member() != null && exists && !Files.isDirectory(library)) {
      throw new Refused(dd, "DATA SET " + ref.name() + " IS NOT PARTITIONED: IT HAS NO MEMBER "
          + ref.member());
    }
    boolean created;
    switch (disp.status()) {
      case NEW -> {
        if (exists) {
          throw new Refused(dd, "DATA SET " + display + " ALREADY EXISTS (DISP=NEW)");
        }
        created = true;
      }
      case MOD -> created = !exists;
      default -> {
        if (!exists) {
          throw new Refused(dd, "DATA SET " + display + " NOT FOUND (DISP=" + disp.status() + ")");
        }
        created = false;
      }
    }
    if (created && ref.member() != null) {
      // A new member's library is made now; the member itself only when the program writes it
      // (z/OS adds it at close), so that a step that never opens it leaves no empty member.
      creates.put(library, new NewFile(true, Dcb.label(ds.attributes())));
    } else if (created) {
      // Directory blocks, DSNTYPE or DSORG=PO make a new data set a library.
      creates.put(path, new NewFile(Dcb.partitioned(ds.attributes()), Dcb.label(ds.attributes())));
    }
    held.add(new Held(dd, display, path, library, disp, created, temporary, null));
    return path;
  }

  /** A VSAM cluster of the catalog: its data file, shared or old, kept. */
  private Path cluster(String dd, DataDefinition.DataSet ds, Dsn dsn, List<Held> held)
      throws Refused {
    Disposition disp = ds.disposition();
    if (ds.dsn().member() != null) {
      throw new Refused(dd, "VSAM CLUSTER " + dsn + " HAS NO MEMBERS");
    }
    boolean shared = disp.status() == Disposition.Status.SHR
        || disp.status() == Disposition.Status.OLD;
    boolean kept = Stream.of(disp.normal(), disp.abnormal()).allMatch(a -> a == null
        || a == Disposition.Action.KEEP || a == Disposition.Action.CATLG);
    if (!shared || !kept) {
      throw new Refused(dd, "VSAM CLUSTER " + dsn + " IS USED WITH DISP=SHR OR OLD AND KEPT"
          + " (DEFINE AND DELETE CLUSTERS WITH bwo catalog)");
    }
    Path p = catalog.dataFile(dsn);
    held.add(new Held(dd, dsn.name(), p, p, disp, false, false, null));
    return p;
  }

  /** The highest generation number of GDG {@code base} in the data sets folder (0: none). */
  private int highestOnDisk(String base) throws IOException {
    Pattern gen = Pattern.compile(Pattern.quote(base) + "\\.G(\\d{4})V\\d\\d");
    if (!Files.isDirectory(datasets)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(datasets)) {
      return s.map(p -> gen.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .mapToInt(m -> Integer.parseInt(m.group(1)))
          .max().orElse(0);
    }
  }

  /** Applies the dispositions of a step that ended, abended or not; returns what was done. */
  List<Message> release(String step, Allocation a, boolean abended)
      throws IOException {
    List<Message> done = new ArrayList<>();
    for (Held h : a.held()) {
      if (h.unixFile() != null) {
        if ((abended ? h.unixFile().abnormal() : h.unixFile().normal()).equals("DELETE")) {
          Files.deleteIfExists(h.path());
          done.add(Message.of(Msg.BWO716I, job, step, h.dd(), h.display(), "DELETED"));
        }
        continue;
      }
      Disposition.Action action = abended ? h.disposition().abnormalFor(h.created())
          : h.disposition().normalFor(h.created());
      if (h.temporary() && action != Disposition.Action.DELETE) {
        action = Disposition.Action.PASS; // a temporary data set cannot outlive its job
      }
      String what;
      switch (action) {
        case DELETE, UNCATLG -> {
          OwedDispositions.delete(h.deletes(), datasets);
          passedNew.remove(h.path());
          what = action == Disposition.Action.DELETE ? "DELETED"
              : "UNCATALOGED (THE LOCAL FILE IS ITS CATALOG ENTRY: REMOVED)";
        }
        case PASS -> {
          if (h.created() || passedNew.containsKey(h.path())) {
            passedNew.put(h.path(), new OwedDispositions.Owed(job, step, h.dd(),
                h.display(), h.path()));
          }
          what = "PASSED";
        }
        case CATLG -> {
          passedNew.remove(h.path());
          what = "CATALOGED";
        }
        default -> {
          passedNew.remove(h.path());
          what = "KEPT";
        }
      }
      done.add(Message.of(Msg.BWO716I, job, step, h.dd(), h.display(), what));
    }
    owe(step, List.of());
    return done;
  }

  /**
   * Records what the job owes while {@code step} runs holding {@code held}: the new data sets
   * passed and not received, and what the step's abnormal dispositions delete.
   */
  private void owe(String step, List<Held> held) {
    Map<Path, OwedDispositions.Owed> owed = new LinkedHashMap<>(passedNew);
    for (Held h : held) {
      if (h.temporary()) {
        continue; // in the work folder, which goes with the job
      }
      boolean deletes = h.unixFile() != null ? h.unixFile().abnormal().equals("DELETE")
          : switch (h.disposition().abnormalFor(h.created())) {
            case DELETE, UNCATLG -> true;
            default -> false;
          };
      if (deletes) {
        owed.put(h.deletes(), new OwedDispositions.Owed(job, step, h.dd(), h.display(),
            h.deletes()));
      } else {
        owed.remove(h.deletes()); // kept by the step's abnormal disposition, passed or not
      }
    }
    List<OwedDispositions.Owed> now = List.copyOf(owed.values());
    if (!now.equals(owedWritten)) {
      try {
        OwedDispositions.write(work, now);
        owedWritten = now;
      } catch (RuntimeException e) {
        // What is lost is only what a kill would leave behind: the job goes on, and says so once.
        if (!owedLost) {
          owedLost = true;
          warnings.add(Message.of(Msg.BWO728W, job, work.resolve(OwedDispositions.FILE),
              e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
      }
    }
  }

  /** The warnings since the last call (BWO728W), for the job log. */
  List<Message> warnings() {
    List<Message> w = List.copyOf(warnings);
    warnings.clear();
    return w;
  }

  /** Ends the job: new passed data sets no step received are deleted, the work folder too. */
  List<Message> endJob() throws IOException {
    List<Message> done = new ArrayList<>();
    for (Map.Entry<Path, OwedDispositions.Owed> e : passedNew.entrySet()) {
      if (!e.getKey().startsWith(work) && Files.exists(e.getKey())) {
        OwedDispositions.deleteTree(e.getKey());
        done.add(Message.of(Msg.BWO716I, job, "(JOB END)", "-", e.getValue().display(),
            "DELETED (PASSED, NOT RECEIVED)"));
      }
    }
    Path temp = work.resolve("temp");
    if (Files.isDirectory(temp)) {
      try (Stream<Path> s = Files.list(temp)) {
        for (Path p : s.sorted().toList()) {
          done.add(Message.of(Msg.BWO716I, job, "(JOB END)", "-",
              "&&" + p.getFileName(), "DELETED (TEMPORARY)"));
        }
      }
    }
    OwedDispositions.deleteTree(work);
    return done;
  }

  private Path concatenation(List<Path> parts) throws IOException {
    Path p = workFile("concat");
    try (OutputStream out = Files.newOutputStream(p, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      for (Path part : parts) {
        if (Files.isRegularFile(part)) {
          Files.copy(part, out);
        }
      }
    }
    return p;
  }

  private Path workFile(String kind) throws IOException {
    Path dir = work.resolve(kind);
    Files.createDirectories(dir);
    return dir.resolve(String.format("%04d", ++files));
  }
}
