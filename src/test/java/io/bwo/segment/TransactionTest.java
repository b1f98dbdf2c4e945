package io.bwo.segment;

import static io.bwo.segment.TestWorld.account;
import static io.bwo.segment.TestWorld.dsn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transactions: atomic over data sets and segments, durable across a crash, never deadlocked. */
class TransactionTest {
  private static final Dsn A = dsn("APP.A");
  private static final Dsn B = dsn("APP.B");
  private static final Dsn C = dsn("OTHER.C");

  @TempDir Path root;

  @Test
  void transactionIsAtomicAcrossDataSets() {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A, "SEGA:" + B, "SEGB:" + C);
    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      system.commit(
          List.of(new Update.AddLong(A, 0, 100), new Update.AddLong(C, 0, Long.MAX_VALUE)));

      // The second update overflows: the first, in another data set, must not happen either.
      assertThatThrownBy(() -> system.commit(List.of(
              new Update.AddLong(A, 0, -10), new Update.AddLong(C, 0, 1))))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO215E));
      // A CI outside the data set: nothing of the transaction happens.
      byte[] ci = new byte[TestWorld.CI_SIZE];
      Arrays.fill(ci, (byte) 7);
      assertThatThrownBy(() -> system.commit(List.of(
              new Update.WriteCi(B, 0, ci), new Update.WriteCi(B, 4, ci))))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO212E));

      assertThat(account(system, A, 0)).isEqualTo(100);
      assertThat(system.readCi(B, 0)).containsOnly(0);

      system.commit(List.of(new Update.WriteCi(B, 3, ci), new Update.AddLong(B, 3 * 512 + 8, 1),
          new Update.AddLong(A, 0, -100), new Update.AddLong(A, 0, 1)));
      assertThat(account(system, B, 3 * 512 + 8)).isEqualTo(0x0707070707070708L);
      assertThat(account(system, B, 3 * 512)).isEqualTo(0x0707070707070707L);
      assertThat(account(system, A, 0)).isEqualTo(1);
    }
  }

  @Test
  void theLogForcesCountForcedCommitsAndNotACheckpoint() {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A, "SEGB:" + C);
    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      assertThat(system.logForces()).isZero();
      system.commit(List.of(new Update.AddLong(A, 0, 1)));
      system.commit(List.of(new Update.AddLong(C, 0, 1)));
      assertThat(system.logForces()).isEqualTo(2);

      // OFFLINE checkpoints: the data files are synced and the log emptied, no commit forced.
      system.offline(SegmentName.parse("SEGB"));
      assertThat(system.logForces()).isEqualTo(2);
    }
  }

  @Test
  void offlineSegmentRefusesTransactionsWhole() {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A, "SEGB:" + C);
    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      system.offline(SegmentName.parse("SEGB"));
      assertThatThrownBy(() -> system.commit(List.of(
              new Update.AddLong(A, 0, 1), new Update.AddLong(C, 0, -1))))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO208E));
      assertThat(account(system, A, 0)).isZero();
      assertThat(world.catalog.segment(SegmentName.parse("SEGB")).orElseThrow().status())
          .hasToString("OFFLINE");

      system.online(SegmentName.parse("SEGB"));
      system.commit(List.of(new Update.AddLong(A, 0, 1), new Update.AddLong(C, 0, -1)));
      assertThat(account(system, C, 0)).isEqualTo(-1);
      assertThatThrownBy(() -> system.offline(SegmentName.parse("NOSUCH")))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO109E));
    }
  }

  @Test
  void updatesSetTheDataSetChangedFlagAgainAfterADumpResetsIt() {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A, "SEGA:" + B);
    MutableClock clock = new MutableClock(TestWorld.T0);
    try (SegmentSystem system = world.open(clock)) {
      clock.advance(Duration.ofHours(1));
      system.commit(List.of(new Update.AddLong(A, 0, 1)));
      assertThat(world.catalog.get(A).changed()).isTrue();
      assertThat(world.catalog.get(A).updated()).isEqualTo(TestWorld.T0.plusSeconds(3600));
      assertThat(world.catalog.get(B).changed()).isFalse();

      FreezeLease lease = system.freeze("DUMP", Duration.ofMinutes(1));
      system.unfreeze(lease);
      assertThat(system.resetChanged(lease, List.of(A, B))).as("B was never flagged")
          .containsExactly(A);
      assertThat(world.catalog.get(A).changed()).isFalse();
      system.commit(List.of(new Update.AddLong(A, 0, 1)));
      assertThat(world.catalog.get(A).changed()).isTrue();
    }
  }

  @Test
  void resetKeepsTheFlagOfADataSetUpdatedAfterTheDumpsPointInTime() {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A, "SEGA:" + B, "SEGB:" + C);
    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      system.commit(List.of(new Update.AddLong(A, 0, 1), new Update.AddLong(B, 0, 1),
          new Update.AddLong(C, 0, 1)));
      FreezeLease dump = system.freeze("DUMP", Duration.ofMinutes(1));
      system.unfreeze(dump);
      // B is updated while the dump copies: the dump does not hold that update.
      system.commit(List.of(new Update.AddLong(B, 0, 1)));
      // Another dump's freeze in between does not make B's update look older.
      system.unfreeze(system.freeze("OTHER", Duration.ofMinutes(1)));
      system.commit(List.of(new Update.AddLong(C, 0, 1)));

      assertThat(system.resetChanged(dump, List.of(A, B, C))).containsExactly(A);
      assertThat(world.catalog.get(A).changed()).isFalse();
      assertThat(world.catalog.get(B).changed()).isTrue();
      assertThat(world.catalog.get(C).changed()).isTrue();
    }
  }

  @Test
  void resetAfterARestartOfTheSystemResetsNothing() {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A);
    FreezeLease dump;
    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      system.commit(List.of(new Update.AddLong(A, 0, 1)));
      dump = system.freeze("DUMP", Duration.ofMinutes(1));
      system.unfreeze(dump);
    }
    try (SegmentSystem restarted = world.open(Clock.systemUTC())) {
      assertThatThrownBy(() -> restarted.resetChanged(dump, List.of(A)))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO233E));
      assertThat(world.catalog.get(A).changed()).isTrue();
    }
  }

  @Test
  void aLockThatCannotBeTakenIsNotSaidToBeInUseByAnotherProcess() throws java.io.IOException {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A);
    // Not a file it can lock, as on a read-only file system: no process holds it.
    java.nio.file.Files.createDirectories(world.catalog.runtimeDir().resolve("segment.lock"));

    assertThatThrownBy(() -> world.open(Clock.systemUTC()))
        .isInstanceOfSatisfying(BwoException.class, e -> assertThat(e.message().toString())
            .startsWith("BWO237E THE SEGMENT SYSTEM OF CATALOG " + world.catalog.root()
                + " CANNOT TAKE ITS LOCK"));
  }

  @Test
  void twoSystemsNeverOwnOneCatalog() {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A);
    try (SegmentSystem first = world.open(Clock.systemUTC())) {
      assertThatThrownBy(() -> world.open(Clock.systemUTC()))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO216E));
      first.commit(List.of(new Update.AddLong(A, 0, 1)));
    }
    try (SegmentSystem second = world.open(Clock.systemUTC())) {
      assertThat(account(second, A, 0)).isEqualTo(1);
    }
  }

  @Test
  void replayAppliesLoggedTransactionsTheDataFilesMissedAndFlagsTheirDataSetsChanged()
      throws Exception {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A, "SEGA:" + B, "SEGB:" + C);
    Path logFile = world.catalog.runtimeDir().resolve("redo.log");
    try (RedoLog log = RedoLog.openEmpty(logFile)) {
      log.awaitDurable(log.append(List.of(
          new AfterImage(A, 8, longBytes(42)), new AfterImage(B, 16, longBytes(-42)))));
      log.awaitDurable(log.append(List.of(new AfterImage(A, 8, longBytes(43)))));
    }
    // A torn record at the end, as a crash in mid-write leaves it: never acknowledged.
    Files.write(logFile, new byte[] {0, 0, 0, 40, 1, 2, 3}, StandardOpenOption.APPEND);

    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      assertThat(account(system, A, 8)).isEqualTo(43);
      assertThat(account(system, B, 16)).isEqualTo(-42);
      assertThat(world.issued(Msg.BWO224I)).isTrue();
      // The process that logged them may have died before it set the flags (DUMP RESET had
      // cleared them): the next BY(DSCHA,EQ,YES) dump must take A and B.
      assertThat(world.catalog.get(A).changed()).isTrue();
      assertThat(world.catalog.get(B).changed()).isTrue();
      assertThat(world.catalog.get(C).changed()).isFalse();
    }
    assertThat(Files.size(logFile)).as("a checkpoint empties the log").isZero();
  }

  @Test
  void aChangedFlagThatCannotBeWrittenBreaksTheSystemAndTheNextStartSetsIt() throws Exception {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A, "SEGB:" + C);
    assertThat(world.catalog.get(A).changed()).isFalse();
    // The entry's temporary file cannot be created (as on a full disk): a directory holds its
    // name, one that is not empty, so that the writer cannot delete it either.
    Path blocker = world.catalog.root().resolve("catalog").resolve(A.name() + ".json.tmp");
    Files.createDirectories(blocker.resolve("x"));
    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      assertThatThrownBy(() -> system.commit(List.of(new Update.AddLong(A, 0, 5))))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO227S));
      // Applied and durable, but unflagged: the system refuses further work rather than let a
      // checkpoint empty the log that is the only record of the flag it owes.
      assertThatThrownBy(() -> system.commit(List.of(new Update.AddLong(C, 0, 1))))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO227S));
    }
    assertThat(world.catalog.get(A).changed()).isFalse();
    Files.delete(blocker.resolve("x"));
    Files.delete(blocker);
    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      assertThat(account(system, A, 0)).isEqualTo(5);
      assertThat(account(system, C, 0)).isZero();
      // The next BY(DSCHA,EQ,YES) dump takes A.
      assertThat(world.catalog.get(A).changed()).isTrue();
    }
  }

  @Test
  void replayAfterCrashKeepsAcknowledgedUpdates() throws Exception {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A, "SEGB:" + C);
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            CrashingWriter.class.getName(), root.toString(), A.name(), C.name())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    long acknowledged = 0;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
      for (String line = out.readLine(); line != null && acknowledged < 300;
          line = out.readLine()) {
        acknowledged = Long.parseLong(line.substring("ACK ".length()));
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acknowledged).isEqualTo(300);
    // Lose whatever reached the data files but not the disk: only the log may bring it back.
    for (Dsn d : List.of(A, C)) {
      Files.write(world.catalog.dataFile(d), new byte[4 * TestWorld.CI_SIZE]);
    }

    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      long a = account(system, A, 0);
      assertThat(a).isGreaterThanOrEqualTo(acknowledged);
      assertThat(account(system, A, TestWorld.CI_SIZE)).as("one transaction, whole").isEqualTo(a);
      assertThat(account(system, C, 0)).as("across segments, whole").isEqualTo(-a);
    }
  }

  @Test
  void sumOfAccountsHoldsUnderTransfersWithFreezesComingAndGoing() throws Exception {
    int cis = 8;
    int accountsPerDataSet = cis * TestWorld.CI_SIZE / 8;
    List<Dsn> dataSets = List.of(A, B, C);
    TestWorld world = new TestWorld(root, cis, "SEGA:" + A, "SEGA:" + B, "SEGB:" + C);
    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      List<Update> init = new ArrayList<>();
      for (Dsn d : dataSets) {
        for (int ci = 0; ci < cis; ci++) {
          ByteBuffer thousands = ByteBuffer.allocate(TestWorld.CI_SIZE);
          while (thousands.hasRemaining()) {
            thousands.putLong(1000);
          }
          init.add(new Update.WriteCi(d, ci, thousands.array()));
        }
      }
      system.commit(init);
      long expected = 1000L * accountsPerDataSet * dataSets.size();
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<Integer>> workers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        long seed = w;
        workers.add(pool.submit(() -> {
          Random r = new Random(seed);
          int n = 0;
          while (!stop.get()) {
            long amount = r.nextInt(50);
            system.commit(List.of(
                new Update.AddLong(dataSets.get(r.nextInt(3)), 8L * r.nextInt(accountsPerDataSet),
                    -amount),
                new Update.AddLong(dataSets.get(r.nextInt(3)), 8L * r.nextInt(accountsPerDataSet),
                    amount)));
            n++;
          }
          return n;
        }));
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      int freezes = 0;
      while (System.nanoTime() < deadline) {
        Thread.sleep(20);
        FreezeLease lease = system.freeze("CHECKER", Duration.ofSeconds(30));
        assertThat(sum(system, dataSets, accountsPerDataSet)).isEqualTo(expected);
        system.unfreeze(lease);
        freezes++;
      }
      stop.set(true);
      int transactions = 0;
      for (Future<Integer> f : workers) {
        transactions += f.get(10, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(freezes).isGreaterThan(5);
      assertThat(transactions).isGreaterThan(100);
      assertThat(sum(system, dataSets, accountsPerDataSet)).isEqualTo(expected);
    }
  }

  private static long sum(SegmentSystem system, List<Dsn> dataSets, int accounts) {
    long sum = 0;
    for (Dsn d : dataSets) {
      for (int ci = 0; ci < accounts * 8 / TestWorld.CI_SIZE; ci++) {
        ByteBuffer b = ByteBuffer.wrap(system.readCi(d, ci));
        while (b.hasRemaining()) {
          sum += b.getLong();
        }
      }
    }
    return sum;
  }

  private static byte[] longBytes(long v) {
    return ByteBuffer.allocate(8).putLong(v).array();
  }
}
