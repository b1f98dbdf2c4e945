package io.bwo.dss;

import io.bwo.catalog.CatalogEntry;
import io.bwo.copy.CopySession;
import io.bwo.copy.PointInTimeReader;
import io.bwo.dump.DataSetSink;
import io.bwo.dump.DumpWriter;
import io.bwo.journal.Leftover;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import io.bwo.platform.PageAligned;
import io.bwo.platform.YieldingThreads;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Step 7 of the BWO procedure: copies every data set's image into the dump, several data sets at
 * once (one at a time while OPTIMIZE holds the copy back for the applications' commits), each in
 * large sequential chunks with one reused buffer per thread (memory does not grow with the
 * data), and ends each concurrent copy session as its data set is copied (recording them all in
 * the journal at the end).
 */
final class CopyPhase {
  /**
   * What one read of a data set takes at most: four chunks of the dump (fewer while OPTIMIZE holds
   * the copy back, {@link CopyShare#chunksPerRead}). Each read of a session's image asks the
   * segment system (a round trip to its server) what was preserved, so larger reads make fewer
   * round trips; the sink still cuts them into the dump's chunks.
   */
  private static final int READ_BYTES = 4 * PointInTimeReader.DEFAULT_CHUNK_BYTES;

  /** One data set to copy: from its session, or straight from its file when there is none. */
  record Job(CatalogEntry entry, CopySession session) {}

  /**
   * One read buffer per copy thread, reused for every data set that thread copies: page aligned,
   * as the kernel copies into such a buffer several times faster ({@link PageAligned}); the sink
   * takes the CIs from a heap copy of it.
   */
  private record Buffers(ByteBuffer read, byte[] array) {
    static Buffers allocate() {
      return new Buffers(PageAligned.allocateForReads(READ_BYTES), new byte[READ_BYTES]);
    }
  }

  private final TaskContext ctx;
  /** What the copy may take of the disk while the applications commit (OPTIMIZE). */
  private final CopyShare share;
  /** Made before the copy starts, one set per copy thread; each thread takes one. */
  private final Queue<Buffers> made = new ConcurrentLinkedQueue<>();
  private final ThreadLocal<Buffers> buffers = ThreadLocal.withInitial(() -> {
    Buffers b = made.poll();
    return b != null ? b : Buffers.allocate();
  });
  /**
   * Ids of the sessions ended after their copy, or gone with their side files when it stopped,
   * shared by the copy threads.
   */
  private final java.util.Set<String> ended = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * A copy phase for at most {@code dataSets} data sets, its buffers made now: made before the
   * freeze, they are not made while the side files live (the first touch of 8 MiB of new memory
   * per copy thread held the first write of a 256 MiB dump back by 25-45 ms here), nor read into
   * for the first time there ({@link PageAligned#allocateForReads}).
   */
  CopyPhase(TaskContext ctx, int dataSets, CopyShare share) {
    this.ctx = ctx;
    this.share = share;
    for (int i = threads(dataSets); i > 0; i--) {
      made.add(Buffers.allocate());
    }
  }

  private int threads(int jobs) {
    return Math.max(1, Math.min(ctx.options().copyThreads(), jobs));
  }

  /**
   * Copies every job into {@code writer}. On the first failure the others are abandoned and the
   * failure is thrown; every session is ended either way.
   */
  void copy(DumpWriter writer, List<Job> jobs) {
    if (jobs.isEmpty()) {
      return;
    }
    // A copy held to OPTIMIZE's limit while the applications commit needs no second thread (one
    // reads, checks and hands on a few hundred MB/s), and each thread's first chunks run its
    // code cold: 4 threads starting together took 1.4 of the development VM's 2 cores for
    // their first 50 ms, and the applications' slowest commits of a 256 MiB dump fell there.
    int threads = share.limiting() ? 1 : threads(jobs.size());
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "bwo-copy");
          t.setDaemon(true);
          return t;
        });
    // At a lower priority than the applications' threads, and so the dump's writers they start
    // (unless no OPTIMIZE limit holds the copy back: DumpOutput.writeAtCallersPriority): a
    // commit that wakes while the copy holds a processor gets it at once.
    YieldingThreads.prestart(pool);
    List<Future<?>> running = new ArrayList<>();
    boolean copied = false;
    try {
      for (Job j : jobs) {
        boolean first = running.isEmpty();
        running.add(pool.submit(() -> copyOne(writer, j, first)));
      }
      for (Future<?> f : running) {
        f.get();
      }
      copied = true;
    } catch (ExecutionException e) {
      running.forEach(f -> f.cancel(true));
      throw e.getCause() instanceof RuntimeException r
          ? r
          : BwoException.of(Msg.BWO509E, "?", e.getCause().toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.forEach(f -> f.cancel(true));
      throw BwoException.of(Msg.BWO514E);
    } finally {
      pool.shutdownNow();
      // Sessions whose copy did not finish end here; the others ended with their copy.
      for (Job j : jobs) {
        if (j.session() != null && !ended.contains(j.session().id())) {
          endQuietly(j.session());
        }
      }
      recordReleased(jobs, copied);
    }
  }

  /**
   * Records the sessions ended after their copy in the journal, in one line: a line per data set,
   * each forced to disk (10 to 40 ms here) in the copy threads, held the copy up; this one rides
   * on the journal's next force (Attempt#released). A session is still ended as soon as its copy
   * is; a run killed before this line has them as leftovers, which a re-run's clean-up finds
   * already gone (it is idempotent). When the copy failed, its failure is what is reported, not
   * the journal's.
   */
  private void recordReleased(List<Job> jobs, boolean copied) {
    List<Leftover> gone = Leftovers.of(jobs.stream().map(Job::session)
        .filter(s -> s != null && ended.contains(s.id())).toList());
    if (gone.isEmpty()) {
      return;
    }
    try {
      ctx.observer().released(gone);
    } catch (RuntimeException e) {
      if (copied) {
        throw e;
      }
    }
  }

  private void copyOne(DumpWriter writer, Job job, boolean first) {
    CatalogEntry e = job.entry();
    int ciSize = e.ciSize();
    Buffers mine = buffers.get();
    ByteBuffer buf = mine.read();
    byte[] array = mine.array();
    int whole = READ_BYTES / ciSize * ciSize;
    DataSetSink sink = writer.begin(e);
    try (ImageSource source = source(job)) {
      long ci = 0;
      while (true) {
        if (ctx.operator().stopRequested() || Thread.currentThread().isInterrupted()) {
          throw BwoException.of(Msg.BWO514E);
        }
        // Smaller reads while OPTIMIZE holds the copy back: it goes to the disk in even steps.
        int want = share.chunksPerRead() * PointInTimeReader.DEFAULT_CHUNK_BYTES / ciSize * ciSize;
        buf.clear().limit(Math.min(whole, Math.max(ciSize, want)));
        int n = source.read(ci, buf);
        if (n == 0) {
          break;
        }
        // After the read, which brought the log's force count from the segment system.
        share.copied((long) n * ciSize);
        buf.get(0, array, 0, n * ciSize);
        sink.writeCis(ci, array, 0, n * ciSize);
        if (first && ci == 0) {
          PausePoint.COPYING.reached();
        }
        ci += n;
        ctx.progress().copied((long) n * ciSize);
      }
    }
    sink.end();
    if (job.session() != null) {
      ctx.system().endCopy(job.session());
      ended.add(job.session().id());
    }
  }

  private ImageSource source(Job job) {
    if (job.session() == null) {
      return ImageSource.direct(job.entry(), ctx.catalog().dataFile(job.entry().dsn()));
    }
    PointInTimeReader r =
        new PointInTimeReader(ctx.system(), job.session(), ctx.catalog().dataFile(job.entry().dsn()));
    return new ImageSource() {
      @Override
      public int read(long firstCi, ByteBuffer dst) {
        return r.read(firstCi, dst);
      }

      @Override
      public void close() {
        r.close();
      }
    };
  }

  private void endQuietly(CopySession s) {
    try {
      // Journaled with the others: a stopped copy leaves no session behind, nor the side file of
      // one its lost segment system could not end.
      if (Leftovers.end(ctx.system(), s)) {
        ended.add(s.id());
      }
    } catch (RuntimeException unexpected) {
      // A defect: the session stays a leftover, and the copy's own failure is what is thrown.
    }
  }
}
