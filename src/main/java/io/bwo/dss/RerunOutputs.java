package io.bwo.dss;

import io.bwo.journal.PriorOutcome;
import io.bwo.journal.PublishedDump;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.platform.DumpOutput;
import io.bwo.platform.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The output DDs of a re-run of a run that already succeeded. The re-run does no work, but the
 * job that re-runs it may have allocated a dump DD anew: a NEW generation {@code (+1)} is another
 * data set than the one the run wrote, and would stay empty, so that the job's next steps (a
 * verify, a restore) read nothing after a step that ended with the return code of success. Such a
 * DD, a local file that is empty, is given the run's dump, copied from the file the run published
 * it as (BWO615I; written, synced and renamed as any dump), when that file still has the dump's
 * size; when it does not, the step fails with BWO616E instead.
 *
 * <p>Only local files: on z/OS a DD is a data set, and the journal keeps no file for it.
 */
final class RerunOutputs {
  private RerunOutputs() {}

  /**
   * Gives each empty dump DD of the re-run of {@code run} the dump {@code done} published to it;
   * returns 8 if one could not be given, else 0.
   */
  static int fill(Platform platform, String run, PriorOutcome.Succeeded done,
      Consumer<Message> print) {
    int rc = 0;
    for (PublishedDump d : done.dumps()) {
      String[] dds = d.name().split(",");
      if (d.files().size() != dds.length) {
        continue; // not local files, or a journal from before they were kept
      }
      for (int i = 0; i < dds.length; i++) {
        Optional<Path> now = platform.localFile(dds[i]);
        Path was = Path.of(d.files().get(i));
        if (now.isEmpty() || now.get().equals(was) || size(now.get()) != 0 || d.size() == 0) {
          continue; // the DD the run wrote, or one that holds something: as the run left it
        }
        if (size(was) != d.size()) {
          print.accept(Message.of(Msg.BWO616E, run, dds[i], now.get(), was, d.size()));
          rc = 8;
          continue;
        }
        try {
          copy(platform, dds[i], was);
          print.accept(Message.of(Msg.BWO615I, run, was, dds[i], now.get(), d.size()));
        } catch (IOException | BwoException e) {
          print.accept(Message.of(Msg.BWO616E, run, dds[i], now.get(), was, d.size()));
          print.accept(e instanceof BwoException b ? b.message()
              : Message.of(Msg.BWO012E, dds[i], e.toString()));
          rc = 8;
        }
      }
    }
    return rc;
  }

  private static void copy(Platform platform, String dd, Path from) throws IOException {
    try (DumpOutput out = platform.openDumpOutput(dd); InputStream in = Files.newInputStream(from)) {
      in.transferTo(out);
      out.publish();
    }
  }

  /** A file's size; -1 if it is not there. */
  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }
}
