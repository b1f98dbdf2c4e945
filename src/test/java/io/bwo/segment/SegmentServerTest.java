package io.bwo.segment;

import static io.bwo.segment.TestWorld.account;
import static io.bwo.segment.TestWorld.dsn;
import static io.bwo.segment.TestWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentName;
import io.bwo.copy.CopySession;
import io.bwo.copy.PointInTimeReader;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segment server and its clients over the Unix domain socket of the catalog root. */
class SegmentServerTest {
  private static final Dsn A = dsn("APP.A");
  private static final Dsn C = dsn("OTHER.C");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @TempDir Path root;
  private TestWorld world;
  private SegmentServer server;

  @BeforeEach
  void start() {
    world = new TestWorld(root, 16, "SEGA:" + A, "SEGB:" + C);
    server = SegmentServer.start(world.catalog, Clock.systemUTC(), world.events::add);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void clientsReachTheServersSystem() throws IOException {
    try (SegmentSystem client = SegmentSystems.connect(world.catalog, Clock.systemUTC())) {
      assertThat(client).isInstanceOf(SegmentClient.class);
      client.commit(List.of(new Update.AddLong(A, 8, 5), new Update.AddLong(C, 8, -5)));
      assertThat(account(client, A, 8)).isEqualTo(5);
      assertThat(client.status().segments()).hasSize(2);
      client.flush();

      client.offline(SegmentName.parse("SEGB"));
      assertThatThrownBy(() -> client.commit(List.of(new Update.AddLong(C, 0, 1))))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO208E));
      client.online(SegmentName.parse("SEGB"));
      byte[] ci = new byte[TestWorld.CI_SIZE];
      Arrays.fill(ci, (byte) 9);
      client.commit(List.of(new Update.WriteCi(C, 15, ci)));
      assertThat(client.readCi(C, 15)).isEqualTo(ci);
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.socket())))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(
        Files.getPosixFilePermissions(world.catalog.runtimeDir()))).isEqualTo("rwx------");
  }

  @Test
  void theFreezeRehearsedAtStartLeavesNothingBehindAndIsNotLogged() throws IOException {
    try (SegmentClient client = SegmentSystems.server(world.catalog).orElseThrow()) {
      SystemStatus status = client.status();
      assertThat(status.state()).isEqualTo(SystemState.RUNNING);
      assertThat(status.lease()).isEmpty();
      assertThat(status.sessions()).isEmpty();
    }
    try (var files = Files.list(world.catalog.runtimeDir())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".side"))
          .doesNotContain(SegmentServer.REHEARSAL_SOCKET);
    }
    assertThat(world.events).noneMatch(m -> m.toString().contains(SegmentServer.REHEARSAL));
    assertThat(world.issued(Msg.BWO202I)).as("no FREEZE logged").isFalse();
  }

  @Test
  void holderDisconnectThaws() {
    SegmentClient holder = SegmentSystems.server(world.catalog).orElseThrow();
    holder.freeze("DUMP", MINUTE);
    try (SegmentClient observer = SegmentSystems.server(world.catalog).orElseThrow()) {
      assertThat(observer.status().state()).isEqualTo(SystemState.FROZEN);
      assertThat(observer.status().lease()).hasValueSatisfying(
          l -> assertThat(l.holder()).isEqualTo("DUMP"));

      holder.close();
      eventually(() -> observer.status().state() == SystemState.RUNNING, Duration.ofSeconds(5));
      assertThat(world.issued(Msg.BWO205W)).isTrue();
    }
  }

  @Test
  void detachedFreezeOutlivesItsClientAndOnlyItsHolderEndsIt() {
    try (SegmentClient operator = SegmentSystems.server(world.catalog).orElseThrow()) {
      operator.freezeDetached("OPERATOR", MINUTE);
    }
    try (SegmentClient other = SegmentSystems.server(world.catalog).orElseThrow()) {
      assertThat(other.status().state()).isEqualTo(SystemState.FROZEN);
      assertThatThrownBy(() -> other.unfreeze("SOMEONE"))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO206E));
      other.unfreeze("OPERATOR");
      assertThat(other.status().state()).isEqualTo(SystemState.RUNNING);
    }
  }

  @Test
  void aRenewalThroughTheServerExtendsTheFreezeButNeverTakesOneThatEnded() {
    try (SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow()) {
      FreezeLease lease = dump.freeze("DUMP", Duration.ofSeconds(5));

      FreezeLease renewed = dump.renew(lease, MINUTE);

      assertThat(renewed.token()).isEqualTo(lease.token());
      assertThat(renewed.expires()).isAfter(lease.expires().plusSeconds(50));
      assertThat(dump.status().lease()).hasValueSatisfying(
          l -> assertThat(l.expires()).isEqualTo(renewed.expires()));
      dump.unfreeze(lease);
      assertThatThrownBy(() -> dump.renew(lease, MINUTE))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO210E));
      assertThat(dump.status().state()).isEqualTo(SystemState.RUNNING);
    }
  }

  @Test
  void everyReplyTellsADumpHowOftenTheServersLogWasForcedByOtherClientsCommits() {
    try (SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow();
        SegmentClient app = SegmentSystems.server(world.catalog).orElseThrow()) {
      dump.status();
      long before = dump.logForces();
      for (int i = 0; i < 3; i++) {
        app.commit(List.of(new Update.AddLong(A, 0, 1)));
      }
      assertThat(dump.logForces()).as("not asked since").isEqualTo(before);

      dump.status();
      // One thread's commits one after the other: each waits for a force of its own.
      assertThat(dump.logForces()).isEqualTo(before + 3);
    }
  }

  @Test
  void resetThroughTheServerSparesWhatAnotherClientUpdatedAfterThePointInTime() {
    try (SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow();
        SegmentClient app = SegmentSystems.server(world.catalog).orElseThrow()) {
      app.commit(List.of(new Update.AddLong(A, 0, 1), new Update.AddLong(C, 0, 1)));
      FreezeLease lease = dump.freeze("DUMP", MINUTE);
      dump.unfreeze(lease);
      app.commit(List.of(new Update.AddLong(C, 0, 1)));

      assertThat(dump.resetChanged(lease, List.of(A, C))).containsExactly(A);
      assertThat(world.catalog.get(A).changed()).isFalse();
      assertThat(world.catalog.get(C).changed()).isTrue();
      FreezeLease unknown = new FreezeLease("DUMP", "no-such-token", lease.expires());
      assertThatThrownBy(() -> dump.resetChanged(unknown, List.of(A)))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO233E));
    }
  }

  @Test
  void pointInTimeCopyThroughTheServer() {
    try (SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow();
        SegmentClient app = SegmentSystems.server(world.catalog).orElseThrow()) {
      app.commit(List.of(new Update.AddLong(A, 0, 1), new Update.AddLong(A, 15 * 512, 1)));
      FreezeLease lease = dump.freeze("DUMP", MINUTE);
      CopySession session = dump.establishCopy(lease, A);
      dump.unfreeze(lease);
      app.commit(List.of(new Update.AddLong(A, 0, 100), new Update.AddLong(A, 15 * 512, 100)));

      ByteBuffer image = ByteBuffer.allocate((int) session.sizeBytes());
      try (PointInTimeReader reader =
          new PointInTimeReader(dump, session, world.catalog.dataFile(A))) {
        assertThat(reader.read(0, image)).isEqualTo(16);
      }
      assertThat(image.getLong(0)).isEqualTo(1);
      assertThat(image.getLong(15 * 512)).isEqualTo(1);
      dump.endCopy(session);
      assertThat(session.sideFile()).doesNotExist();
    }
  }

  @Test
  void preparedBatchGetsItsPointInTimeFromTheFreezeThroughTheServer() {
    try (SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow();
        SegmentClient app = SegmentSystems.server(world.catalog).orElseThrow()) {
      PreparedCopies prepared = dump.prepareCopies(List.of(A, dsn("APP.MISSING")));
      assertThat(prepared.copies().get(1).refusal()).as("no such data set").isPresent();
      app.commit(List.of(new Update.AddLong(A, 0, 1)));
      FreezeLease lease = dump.freeze("DUMP", MINUTE);
      List<EstablishedCopy> established = dump.establishCopies(lease, prepared);
      dump.unfreeze(lease);
      app.commit(List.of(new Update.AddLong(A, 0, 100)));

      CopySession session = established.get(0).session().orElseThrow();
      ByteBuffer image = pointInTimeImage(dump, session);
      assertThat(image.getLong(0)).as("the update before the freeze, not the one after")
          .isEqualTo(1);
      dump.endCopy(session);
    }
  }

  @Test
  void freezeThatNamesThePreparedBatchEstablishesItAsItTakesEffect() {
    try (SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow();
        SegmentClient app = SegmentSystems.server(world.catalog).orElseThrow()) {
      PreparedCopies prepared = dump.prepareCopies(List.of(A));
      app.commit(List.of(new Update.AddLong(A, 8, 2)));
      FrozenCopies frozen = dump.freeze("DUMP", MINUTE, prepared);
      assertThat(dump.status().state()).isEqualTo(SystemState.FROZEN);
      assertThatThrownBy(() -> dump.establishCopies(frozen.lease(), prepared))
          .as("a batch has one point in time").isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO302E));
      dump.unfreeze(frozen.lease());
      app.commit(List.of(new Update.AddLong(A, 8, 100)));

      CopySession session = frozen.copies().get(0).session().orElseThrow();
      ByteBuffer image = pointInTimeImage(dump, session);
      assertThat(image.getLong(8)).isEqualTo(2);
      dump.endCopy(session);
    }
  }

  @Test
  void aFreezeMadeReadyBeforeTheWindowFreezesAndThawsAsAnyOther() {
    try (SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow()) {
      PreparedCopies prepared = dump.prepareCopies(List.of(A));
      dump.prepareFreeze("DUMP", MINUTE, prepared);

      FrozenCopies frozen = dump.freeze("DUMP", MINUTE, prepared);
      LeaseInfo held = dump.status().lease().orElseThrow();
      assertThat(held.holder()).isEqualTo("DUMP");
      assertThat(frozen.lease().expires()).isEqualTo(held.expires());
      dump.unfreeze(frozen.lease());

      assertThat(dump.status().state()).isEqualTo(SystemState.RUNNING);
      assertThat(world.events).anySatisfy(m -> assertThat(m.toString())
          .contains("BWO203I").contains("UNFREEZE BY DUMP"));
      dump.endCopy(frozen.copies().get(0).session().orElseThrow());
    }
  }

  @Test
  void aFreezeMadeReadyForOtherArgumentsIsNotTheOneSent() {
    try (SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow()) {
      PreparedCopies prepared = dump.prepareCopies(List.of(A));
      dump.prepareFreeze("DUMP", MINUTE, prepared);

      FrozenCopies frozen = dump.freeze("OTHER", MINUTE, prepared);
      assertThat(dump.status().lease()).hasValueSatisfying(
          l -> assertThat(l.holder()).isEqualTo("OTHER"));
      dump.unfreeze(frozen.lease());
      assertThat(dump.status().state()).isEqualTo(SystemState.RUNNING);
      dump.endCopy(frozen.copies().get(0).session().orElseThrow());
    }
  }

  @Test
  void theReadyMadeUnfreezeOfAnExpiredFreezeIsRefusedInTheHoldersName() {
    try (SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow()) {
      PreparedCopies prepared = dump.prepareCopies(List.of(A));
      Duration brief = Duration.ofMillis(50);
      dump.prepareFreeze("DUMP", brief, prepared);
      FrozenCopies frozen = dump.freeze("DUMP", brief, prepared);
      eventually(() -> dump.status().state() == SystemState.RUNNING, Duration.ofSeconds(5));

      assertThatThrownBy(() -> dump.unfreeze(frozen.lease()))
          .isInstanceOfSatisfying(BwoException.class, e -> {
            assertThat(e.message().id()).isEqualTo(Msg.BWO210E);
            assertThat(e.message().text()).contains("LEASE OF DUMP");
          });
    }
  }

  @Test
  void aBatchIsEstablishedOnlyByTheConnectionThatPreparedIt() {
    try (SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow();
        SegmentClient stranger = SegmentSystems.server(world.catalog).orElseThrow()) {
      PreparedCopies prepared = dump.prepareCopies(List.of(A));

      assertThatThrownBy(() -> stranger.freeze("OTHER", MINUTE, prepared))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO302E));
      assertThat(stranger.status().state()).as("refused before freezing")
          .isEqualTo(SystemState.RUNNING);
      FrozenCopies frozen = dump.freeze("DUMP", MINUTE, prepared);
      dump.unfreeze(frozen.lease());
      dump.endCopy(frozen.copies().get(0).session().orElseThrow());
    }
  }

  @Test
  void preparedSessionsEndWhenTheirOwnerDisconnectsBeforeTheFreeze() {
    try (SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow()) {
      dump.prepareCopies(List.of(A));
      assertThat(dump.status().sessions()).hasSize(1);
    }
    try (SegmentClient other = SegmentSystems.server(world.catalog).orElseThrow()) {
      eventually(() -> other.status().sessions().isEmpty(), Duration.ofSeconds(5));
    }
  }

  @Test
  void sessionsEndWhenTheirOwnerDisconnects() {
    CopySession session;
    try (SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow()) {
      FreezeLease lease = dump.freeze("DUMP", MINUTE);
      session = dump.establishCopy(lease, A);
      dump.unfreeze(lease);
      dump.commit(List.of(new Update.AddLong(A, 0, 1)));
      assertThat(session.sideFile()).exists();
    }
    // The session's side file is deleted just before its BWO305W is issued: wait for both.
    eventually(() -> !Files.exists(session.sideFile()) && world.issued(Msg.BWO305W),
        Duration.ofSeconds(5));
    assertThat(session.sideFile()).doesNotExist();
  }

  @Test
  void anOwnUnfreezeThawsOnlyTheFreezeItsConnectionTook() throws Exception {
    try (SocketChannel holder = SocketChannel.open(StandardProtocolFamily.UNIX);
        SocketChannel other = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      holder.connect(UnixDomainSocketAddress.of(server.socket()));
      other.connect(UnixDomainSocketAddress.of(server.socket()));
      OutputStream holderOut = Channels.newOutputStream(holder);
      BufferedReader holderIn = new BufferedReader(
          new InputStreamReader(Channels.newInputStream(holder), StandardCharsets.UTF_8));
      OutputStream otherOut = Channels.newOutputStream(other);
      BufferedReader otherIn = new BufferedReader(
          new InputStreamReader(Channels.newInputStream(other), StandardCharsets.UTF_8));
      String ownUnfreeze = "{\"op\": \"unfreeze\", \"own\": true, \"holder\": \"%s\"}";

      assertThat(send(holderOut, holderIn, "{\"op\": \"freeze\", \"holder\": \"RAW\", "
          + "\"leaseMillis\": 60000}").path("ok").asBoolean()).isTrue();
      JsonNode refused = send(otherOut, otherIn, String.format(ownUnfreeze, "OTHER"));
      assertThat(errorId(refused)).isEqualTo("BWO210E");
      assertThat(refused.path("error").path("args").toString()).contains("OTHER");
      try (SegmentClient observer = SegmentSystems.server(world.catalog).orElseThrow()) {
        assertThat(observer.status().state()).as("another connection's freeze stays on")
            .isEqualTo(SystemState.FROZEN);
        assertThat(send(holderOut, holderIn, String.format(ownUnfreeze, "RAW"))
            .path("ok").asBoolean()).isTrue();
        assertThat(observer.status().state()).isEqualTo(SystemState.RUNNING);
      }
    }
  }

  @Test
  void serverSurvivesGarbageOversizedUnknownAndConcurrentRequests() throws Exception {
    try (SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      raw.connect(UnixDomainSocketAddress.of(server.socket()));
      OutputStream out = Channels.newOutputStream(raw);
      BufferedReader in = new BufferedReader(
          new InputStreamReader(Channels.newInputStream(raw), StandardCharsets.UTF_8));

      assertThat(errorId(send(out, in, "\u0000\u00ff garbage {{{"))).isEqualTo("BWO218E");
      assertThat(errorId(send(out, in, "[1, 2, 3]"))).isEqualTo("BWO218E");
      assertThat(errorId(send(out, in, "{\"op\": \"drop-tables\"}"))).isEqualTo("BWO218E");
      assertThat(errorId(send(out, in, "{\"op\": \"readCi\", \"dsn\": \"APP.A\"}")))
          .isEqualTo("BWO218E");
      assertThat(errorId(send(out, in, "{\"op\": \"readCi\", \"dsn\": \"bad..name\", \"ci\": 0}")))
          .isEqualTo("BWO101E");
      assertThat(errorId(send(out, in, "{\"op\": \"freeze\", \"holder\": \"X\", "
          + "\"leaseMillis\": -5}"))).isEqualTo("BWO218E");
      char[] huge = new char[Wire.MAX_LINE_BYTES + 10];
      Arrays.fill(huge, 'x');
      assertThat(errorId(send(out, in, new String(huge)))).isEqualTo("BWO218E");
      assertThat(send(out, in, "{\"op\": \"status\"}").path("ok").asBoolean()).isTrue();
      out.write("half a request without its end".getBytes(StandardCharsets.US_ASCII));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> clients = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      clients.add(pool.submit(() -> {
        try (SegmentClient c = SegmentSystems.server(world.catalog).orElseThrow()) {
          for (int n = 0; n < 20; n++) {
            c.commit(List.of(new Update.AddLong(A, 0, 1), new Update.AddLong(C, 0, -1)));
            c.status();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : clients) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    try (SegmentClient c = SegmentSystems.server(world.catalog).orElseThrow()) {
      assertThat(account(c, A, 0)).isEqualTo(160);
      assertThat(account(c, C, 0)).isEqualTo(-160);
    }
  }

  @Test
  void secondServerIsRefusedAndAStaleSocketIsReplaced() throws IOException {
    assertThatThrownBy(() -> SegmentServer.start(world.catalog, Clock.systemUTC(), m -> {}))
        .isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO226E));
    server.close();
    assertThat(server.socket()).doesNotExist();
    assertThat(world.issued(Msg.BWO230I)).isTrue();

    // What a killed server leaves: a socket file nobody listens on, and one of its rehearsal if
    // it was killed as it started.
    Path rehearsal = server.socket().resolveSibling(SegmentServer.REHEARSAL_SOCKET);
    for (Path socket : List.of(server.socket(), rehearsal)) {
      try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        dead.bind(UnixDomainSocketAddress.of(socket));
      }
    }
    assertThat(server.socket()).exists();
    assertThat(SegmentSystems.server(world.catalog)).isEmpty();
    server = SegmentServer.start(world.catalog, Clock.systemUTC(), world.events::add);
    assertThat(rehearsal).doesNotExist();
    try (SegmentClient c = SegmentSystems.server(world.catalog).orElseThrow()) {
      assertThat(c.status().state()).isEqualTo(SystemState.RUNNING);
    }
  }

  @Test
  void closingTheServerThawsAndEndsSessions() {
    SegmentClient dump = SegmentSystems.server(world.catalog).orElseThrow();
    FreezeLease lease = dump.freeze("DUMP", MINUTE);
    CopySession session = dump.establishCopy(lease, A);
    server.close();
    assertThat(world.issued(Msg.BWO228W)).isTrue();
    assertThat(session.sideFile()).doesNotExist();
    assertThatThrownBy(dump::status)
        .isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO219E));
    dump.close();
    try (SegmentSystem embedded = world.open(Clock.systemUTC())) {
      assertThat(embedded.status().state()).isEqualTo(SystemState.RUNNING);
    }
  }

  private static JsonNode send(OutputStream out, BufferedReader in, String line)
      throws IOException {
    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    return new ObjectMapper().readTree(in.readLine());
  }

  private static String errorId(JsonNode reply) {
    assertThat(reply.path("ok").asBoolean()).as(reply.toString()).isFalse();
    return reply.path("error").path("id").asText();
  }

  /** The point-in-time image of {@code session}'s data set (A), read as a dump reads it. */
  private ByteBuffer pointInTimeImage(SegmentClient dump, CopySession session) {
    ByteBuffer image = ByteBuffer.allocate((int) session.sizeBytes());
    try (PointInTimeReader reader =
        new PointInTimeReader(dump, session, world.catalog.dataFile(A))) {
      reader.read(0, image);
    }
    return image;
  }
}
