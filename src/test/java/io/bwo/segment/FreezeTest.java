package io.bwo.segment;

import static io.bwo.segment.TestWorld.account;
import static io.bwo.segment.TestWorld.dsn;
import static io.bwo.segment.TestWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.catalog.Dsn;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FREEZE and UNFREEZE of the embedded segment system, and the freeze as a lease. */
class FreezeTest {
  private static final Dsn DATA = dsn("APP.DATA");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @TempDir Path root;
  private SegmentSystem system;

  @AfterEach
  void close() {
    if (system != null) {
      system.close();
    }
  }

  @Test
  void freezeWaitsForInFlightTransaction() throws Exception {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + DATA);
    Hold applying = new Hold();
    system = EmbeddedSegmentSystem.open(world.catalog, Clock.systemUTC(), world.events::add,
        "TEST", new EmbeddedSegmentSystem.Seams(images -> {}, applying));
    CompletableFuture<Void> transaction =
        CompletableFuture.runAsync(() -> system.commit(List.of(new Update.AddLong(DATA, 0, 7))));
    assertThat(applying.reached()).isTrue();

    CompletableFuture<FreezeLease> freeze =
        CompletableFuture.supplyAsync(() -> system.freeze("DUMP", MINUTE));
    Thread.sleep(200);
    assertThat(freeze).as("FREEZE answers only when the system is quiet").isNotDone();
    assertThat(system.status().state()).isEqualTo(SystemState.FROZEN);

    applying.release();
    FreezeLease lease = freeze.get(5, TimeUnit.SECONDS);
    transaction.get(5, TimeUnit.SECONDS);
    assertThat(account(system, DATA, 0)).isEqualTo(7);
    assertThat(world.issued(Msg.BWO202I)).isTrue();
    system.unfreeze(lease);
  }

  @Test
  void freezeDoesNotWaitForATransactionStillWaitingForItsLogFlush() throws Exception {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + DATA);
    Hold durable = new Hold();
    system = EmbeddedSegmentSystem.open(world.catalog, Clock.systemUTC(), world.events::add,
        "TEST", new EmbeddedSegmentSystem.Seams(durable, images -> {}));
    CompletableFuture<Void> transaction =
        CompletableFuture.runAsync(() -> system.commit(List.of(new Update.AddLong(DATA, 0, 7))));
    assertThat(durable.reached()).isTrue();

    FreezeLease lease = CompletableFuture.supplyAsync(() -> system.freeze("DUMP", MINUTE))
        .get(5, TimeUnit.SECONDS);
    var session = system.establishCopy(lease, DATA);
    durable.release();
    Thread.sleep(200);
    assertThat(transaction).as("held before it applies, while frozen").isNotDone();
    assertThat(account(system, DATA, 0)).as("reads go on, without its update").isZero();

    system.unfreeze(lease);
    transaction.get(5, TimeUnit.SECONDS);
    assertThat(account(system, DATA, 0)).isEqualTo(7);
    assertThat(system.completeRange(session, 0, 1).images())
        .as("applied after the point in time: its CI was preserved for the copy").hasSize(1);
    system.endCopy(session);
  }

  @Test
  void newTransactionsWaitWhileFrozen() throws Exception {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + DATA);
    system = world.open(Clock.systemUTC());
    FreezeLease lease = system.freeze("DUMP", MINUTE);

    CompletableFuture<Void> transaction =
        CompletableFuture.runAsync(() -> system.commit(List.of(new Update.AddLong(DATA, 8, 5))));
    Thread.sleep(200);
    assertThat(transaction).isNotDone();
    assertThat(account(system, DATA, 8)).as("reads go on while frozen").isZero();

    system.unfreeze(lease);
    transaction.get(5, TimeUnit.SECONDS);
    assertThat(account(system, DATA, 8)).isEqualTo(5);
    assertThat(system.status().state()).isEqualTo(SystemState.RUNNING);
    assertThat(world.issued(Msg.BWO203I)).isTrue();
  }

  @Test
  void leaseExpiryThaws() throws Exception {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + DATA);
    MutableClock clock = new MutableClock(TestWorld.T0);
    system = world.open(clock);
    FreezeLease lease = system.freeze("DUMP", Duration.ofSeconds(30));
    assertThat(lease.expires()).isEqualTo(TestWorld.T0.plusSeconds(30));
    CompletableFuture<Void> held =
        CompletableFuture.runAsync(() -> system.commit(List.of(new Update.AddLong(DATA, 0, 1))));

    clock.advance(Duration.ofSeconds(29));
    Thread.sleep(100);
    assertThat(system.status().state()).isEqualTo(SystemState.FROZEN);

    clock.advance(Duration.ofSeconds(1));
    eventually(() -> system.status().state() == SystemState.RUNNING, Duration.ofSeconds(5));
    held.get(5, TimeUnit.SECONDS);
    assertThat(world.issued(Msg.BWO204W)).isTrue();
    assertThatThrownBy(() -> system.unfreeze(lease))
        .isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO210E));
    assertThatThrownBy(() -> system.establishCopy(lease, DATA))
        .isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO210E));
  }

  @Test
  void strangersUnfreezeIsRefused() {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + DATA);
    system = world.open(Clock.systemUTC());
    FreezeLease lease = system.freeze("DUMP", MINUTE);

    assertThatThrownBy(() -> system.unfreeze("OPERATOR"))
        .isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO206E));
    FreezeLease forged = new FreezeLease("OPERATOR", lease.token(), lease.expires());
    assertThatThrownBy(() -> system.unfreeze(forged))
        .isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO206E));
    assertThat(system.status().state()).isEqualTo(SystemState.FROZEN);

    system.unfreeze("DUMP");
    assertThat(system.status().state()).isEqualTo(SystemState.RUNNING);
  }

  @Test
  void anotherHoldersFreezeIsRefusedAndTheHolderRenews() {
    MutableClock clock = new MutableClock(TestWorld.T0);
    FreezeLease lease = frozenByDump(clock);

    assertThatThrownBy(() -> system.freeze("OTHER", MINUTE))
        .isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO207E));
    clock.advance(Duration.ofSeconds(50));
    FreezeLease renewed = system.freeze("DUMP", MINUTE);
    assertThat(renewed.token()).isEqualTo(lease.token());
    assertThat(renewed.expires()).isEqualTo(TestWorld.T0.plusSeconds(110));
    assertThat(system.status().lease()).hasValueSatisfying(
        l -> assertThat(l.expires()).isEqualTo(renewed.expires()));
    system.unfreeze(renewed);
  }

  @Test
  void aRenewalExtendsOnlyTheFreezeOfItsLeaseAndOnlyWhileItHolds() {
    MutableClock clock = new MutableClock(TestWorld.T0);
    FreezeLease lease = frozenByDump(clock);
    clock.advance(Duration.ofSeconds(50));

    assertThat(system.renew(lease, MINUTE).expires()).isEqualTo(TestWorld.T0.plusSeconds(110));
    FreezeLease forged = new FreezeLease("DUMP", "not-the-token", lease.expires());
    assertThatThrownBy(() -> system.renew(forged, MINUTE))
        .isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO210E));
    clock.advance(Duration.ofSeconds(61));
    assertThatThrownBy(() -> system.renew(lease, MINUTE)).as("run out, if not yet thawed")
        .isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO210E));
  }

  /** Opens a world of one data set on {@code clock} and freezes it for a minute as DUMP. */
  private FreezeLease frozenByDump(MutableClock clock) {
    system = new TestWorld(root, 4, "SEGA:" + DATA).open(clock);
    return system.freeze("DUMP", MINUTE);
  }

  @Test
  void closeThawsAndRefusesWaitingTransactions() throws Exception {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + DATA);
    system = world.open(Clock.systemUTC());
    system.freeze("DUMP", MINUTE);
    CompletableFuture<Void> held =
        CompletableFuture.runAsync(() -> system.commit(List.of(new Update.AddLong(DATA, 0, 1))));
    Thread.sleep(100);
    system.close();
    assertThat(world.issued(Msg.BWO228W)).isTrue();
    // Either it slipped through the thaw or it was refused as the system closed; it never hangs.
    Throwable outcome = held.handle((v, e) -> e).get(5, TimeUnit.SECONDS);
    if (outcome != null) {
      assertThat(outcome).hasCauseInstanceOf(BwoException.class);
      assertThat(((BwoException) outcome.getCause()).message().id()).isEqualTo(Msg.BWO225E);
    }
    system = null;
  }

  @Test
  void aPreparationThatFailsMidwayLeavesNoPreparedSessionBehind() {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + DATA);
    system = world.open(Clock.systemUTC());

    assertThatThrownBy(() -> system.prepareCopies(java.util.Arrays.asList(DATA, null)))
        .isInstanceOf(NullPointerException.class);

    assertThat(system.status().sessions()).as("nobody would ever end them").isEmpty();
    PreparedCopies next = system.prepareCopies(List.of(DATA));
    assertThat(next.sessions()).hasSize(1);
    system.endCopy(next.sessions().get(0));
  }

  /** A test seam that holds the transaction that reaches it until released. */
  private static final class Hold implements Consumer<List<AfterImage>> {
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void accept(List<AfterImage> images) {
      reached.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    boolean reached() throws InterruptedException {
      return reached.await(5, TimeUnit.SECONDS);
    }

    void release() {
      release.countDown();
    }
  }

}
