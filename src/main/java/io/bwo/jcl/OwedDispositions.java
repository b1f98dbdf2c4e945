package io.bwo.jcl;

import io.bwo.catalog.AtomicWrite;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.platform.DumpTemporary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.io.file.PathUtils;

/**
 * What a job owes the data sets it holds should it die now, without ending: the deletions its
 * abnormal dispositions and its end would make. A step that abends has its abnormal dispositions
 * applied and a job that ends deletes the new data sets it passed and no step received; a job
 * killed outright does neither, and would leave an empty NEW generation cataloged for good. So
 * the job keeps this list in its work folder, rewritten (write, sync, rename) whenever it changes,
 * and the next job that finds the folder of a dead job settles the list ({@link #settle}) before it
 * removes the folder, as z/OS disposes of a cancelled step's data sets.
 *
 * <p>A line per data set, its fields separated by tabs: job, step, DD, the name shown, the path.
 */
final class OwedDispositions {
  /** The list's file in a job's work folder. */
  static final String FILE = "owed-deletions";

  /** A data set or UNIX file to delete if the job dies now. */
  record Owed(String job, String step, String dd, String display, Path path) {}

  private OwedDispositions() {}

  /** Makes {@code owed} the list of the job whose work folder is {@code work}. */
  static void write(Path work, Collection<Owed> owed) {
    StringBuilder text = new StringBuilder();
    for (Owed o : owed) {
      text.append(String.join("\t", o.job(), o.step(), o.dd(), o.display(),
          o.path().toString())).append('\n');
    }
    AtomicWrite.replace(work.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Deletes what the dead job whose work folder is {@code work} owed, with the temporary files of
   * dumps left beside those in {@code datasets}, the catalog's data sets ({@link #delete}); BWO716I
   * for each that was there. Settling twice deletes nothing more: a sweep killed halfway is done
   * again.
   */
  static List<Message> settle(Path work, Path datasets) throws IOException {
    Path file = work.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    String job = work.getFileName().toString();
    List<Message> done = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        continue; // not one of ours: a rename makes the file whole, so none is torn
      }
      Path path = Path.of(f[4]);
      if (delete(path, datasets)) {
        done.add(Message.of(Msg.BWO716I, f[0], f[1], f[2], f[3],
            "DELETED (JOB " + job + " DID NOT END: ITS ABNORMAL DISPOSITION)"));
      }
    }
    return done;
  }

  /**
   * Deletes {@code path}, and if it is a data set of the catalog whose data sets are in {@code
   * datasets}, the temporary files its dumps' dead writers left (a step killed while it wrote a
   * dump to it); a UNIX file's neighbours are the user's. Returns whether {@code path} was there.
   */
  static boolean delete(Path path, Path datasets) throws IOException {
    if (path.startsWith(datasets) && Files.isDirectory(path.getParent())) {
      DumpTemporary.removeAbandoned(path);
    }
    boolean there = Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    deleteTree(path);
    return there;
  }

  /** Deletes a file, or a library and its members (a directory), if it is there. */
  static void deleteTree(Path p) throws IOException {
    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      PathUtils.delete(p);
    }
  }
}
