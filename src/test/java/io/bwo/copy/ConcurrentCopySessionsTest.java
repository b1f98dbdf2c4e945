package io.bwo.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.catalog.Dsn;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy-on-write engine on its own, with a byte array for a data set and the test as the
 * writer that calls it before every overwrite.
 */
class ConcurrentCopySessionsTest {
  private static final Dsn DSN = Dsn.parse("APP.DATA");
  private static final int CI = 512;

  @TempDir Path dir;
  private final List<Message> events = new ArrayList<>();

  @Test
  void eachCiIsPreservedOnceWithItsPointInTimeContent() {
    ConcurrentCopySessions sessions = new ConcurrentCopySessions(dir, events::add);
    byte[][] data = {filled(1), filled(2), filled(3)};
    CopySession s = sessions.establish(DSN, CI, 3);

    overwrite(sessions, data, 1, filled(20));
    overwrite(sessions, data, 1, filled(21));
    overwrite(sessions, data, 2, filled(30));

    PreservedCis preserved = sessions.completeRange(s.id(), 0, 3);
    assertThat(preserved.images())
        .containsExactly(new PreservedCis.Image(1, 0), new PreservedCis.Image(2, CI));
    assertThat(readSlot(s, 0)).isEqualTo(filled(2));
    assertThat(readSlot(s, CI)).isEqualTo(filled(3));
    sessions.end(s.id());
    assertThat(s.sideFile()).doesNotExist();
    assertThat(events).extracting(Message::id).containsExactly(Msg.BWO300I, Msg.BWO301I);
  }

  @Test
  void preparedSessionsPreserveNothingUntilTheirBatchIsEstablishedThenAllDo() {
    ConcurrentCopySessions sessions = new ConcurrentCopySessions(dir, events::add);
    Dsn other = Dsn.parse("APP.OTHER");
    byte[][] data = {filled(1), filled(2)};
    byte[][] otherData = {filled(5)};
    String batch = sessions.newBatch();
    CopySession s = sessions.prepare(batch, DSN, CI, 2);
    CopySession t = sessions.prepare(batch, other, CI, 1);

    overwrite(sessions, data, 0, filled(10));
    assertThatThrownBy(() -> sessions.completeRange(s.id(), 0, 1))
        .as("not yet established").isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO302E));
    sessions.establishBatch(batch);
    overwrite(sessions, data, 1, filled(20));
    overwrite(sessions, otherData, 0, filled(50), other);

    assertThat(sessions.completeRange(s.id(), 0, 2).images())
        .as("CI 0 changed before the point in time, CI 1 after")
        .containsExactly(new PreservedCis.Image(1, 0));
    assertThat(readSlot(s, 0)).isEqualTo(filled(2));
    assertThat(sessions.completeRange(t.id(), 0, 1).images()).hasSize(1);
    assertThat(readSlot(t, 0)).isEqualTo(filled(5));
    assertThatThrownBy(() -> sessions.establishBatch(batch))
        .as("a batch has one point in time").isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO302E));
    sessions.end(s.id());
    sessions.end(t.id());
    assertThat(events).extracting(Message::id).containsExactly(
        Msg.BWO308I, Msg.BWO308I, Msg.BWO309I, Msg.BWO301I, Msg.BWO301I);
  }

  @Test
  void aPreparedSessionEndsWithoutItsBatchEverBeingEstablished() {
    ConcurrentCopySessions sessions = new ConcurrentCopySessions(dir, events::add);
    byte[][] data = {filled(1)};
    String batch = sessions.newBatch();
    CopySession s = sessions.prepare(batch, DSN, CI, 1);
    sessions.end(s.id());
    sessions.dropBatch(batch);

    overwrite(sessions, data, 0, filled(9));
    assertThat(s.sideFile()).doesNotExist();
    assertThat(sessions.active()).isEmpty();
    assertThatThrownBy(() -> sessions.establishBatch(batch))
        .isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO302E));
  }

  @Test
  void theSideFileIsCreatedByTheFirstPreservedCi() {
    ConcurrentCopySessions sessions = new ConcurrentCopySessions(dir, events::add);
    byte[][] data = {filled(1), filled(2)};
    CopySession s = sessions.establish(DSN, CI, 2);
    assertThat(s.sideFile()).doesNotExist();

    overwrite(sessions, data, 1, filled(20));

    assertThat(s.sideFile()).hasSize(CI);
    sessions.end(s.id());
    assertThat(s.sideFile()).doesNotExist();
  }

  @Test
  void aFailingSideFileEndsTheSessionNotTheWrite() throws IOException {
    ConcurrentCopySessions sessions = new ConcurrentCopySessions(dir, events::add);
    byte[][] data = {filled(1)};
    CopySession s = sessions.establish(DSN, CI, 1);

    sessions.beforeOverwrite(DSN, 0, (ci, dst) -> {
      throw new IOException("disk full");
    });
    assertThatThrownBy(() -> sessions.completeRange(s.id(), 0, 1))
        .isInstanceOfSatisfying(BwoException.class,
            e -> assertThat(e.message().id()).isEqualTo(Msg.BWO304S));
    overwrite(sessions, data, 0, filled(9));
    assertThat(data[0]).isEqualTo(filled(9));
    sessions.end(s.id());
    assertThat(s.sideFile()).doesNotExist();
  }

  @Test
  void sideFilesOfADeadSystemAreDeleted() throws IOException {
    Files.write(dir.resolve("CC000001-0000ABCD.side"), new byte[CI]);
    Files.write(dir.resolve("redo.log"), new byte[1]);
    ConcurrentCopySessions sessions = new ConcurrentCopySessions(dir, events::add);
    assertThat(sessions.deleteLeftovers()).isEqualTo(1);
    assertThat(dir.resolve("redo.log")).exists();
  }

  private static void overwrite(
      ConcurrentCopySessions sessions, byte[][] data, int ci, byte[] content) {
    overwrite(sessions, data, ci, content, DSN);
  }

  private static void overwrite(
      ConcurrentCopySessions sessions, byte[][] data, int ci, byte[] content, Dsn dsn) {
    sessions.beforeOverwrite(dsn, ci, (c, dst) -> dst.put(data[(int) c]));
    data[ci] = content;
  }

  private static byte[] readSlot(CopySession s, long offset) {
    try {
      byte[] all = Files.readAllBytes(s.sideFile());
      return Arrays.copyOfRange(all, (int) offset, (int) offset + CI);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] filled(int v) {
    byte[] b = new byte[CI];
    Arrays.fill(b, (byte) v);
    return b;
  }
}
