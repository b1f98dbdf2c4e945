package io.bwo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Which files bwo writes and reads with direct I/O; each choice's property is restored after. */
class DirectIoTest extends LocalSystemTest {
  private static final BooleanSupplier IDLE = () -> false;
  private static final BooleanSupplier COMMITTING = () -> true;

  @Test
  void anIdleDumpGoesThroughThePageCacheForUpToAGibibyte() {
    assertThat(DirectIo.forDump(0, IDLE)).isFalse();
    assertThat(DirectIo.forDump(DirectIo.PAGED_BYTES, IDLE)).isFalse();
    assertThat(DirectIo.forDump(DirectIo.PAGED_BYTES + 1, IDLE)).isEqualTo(DirectIo.enabled());
  }

  @Test
  void aRestoreStagesADataSetOfFourMibOrMoreDirectAndASmallerOneThroughThePageCache() {
    assertThat(DirectIo.RESTORE_DIRECT_BYTES).isEqualTo(4 << 20);
    assertThat(DirectIo.forRestore(0)).isFalse();
    assertThat(DirectIo.forRestore(64 << 10)).isFalse();
    assertThat(DirectIo.forRestore((4 << 20) - 4096)).isFalse();
    assertThat(DirectIo.forRestore(4 << 20)).isEqualTo(DirectIo.enabled());
    // Whatever the dump's size: a data set of 16 MiB in a dump of 256 MiB is direct.
    assertThat(DirectIo.forRestore(16 << 20)).isEqualTo(DirectIo.enabled());
    assertThat(DirectIo.forRestore(DirectIo.PAGED_BYTES * 4)).isEqualTo(DirectIo.enabled());
  }

  @Test
  void aSmallDumpStartedWhileTheApplicationsCommitIsWrittenDirect() {
    assertThat(DirectIo.forDump(1, COMMITTING)).isEqualTo(DirectIo.enabled());
    assertThat(DirectIo.forDump(DirectIo.PAGED_BYTES, COMMITTING)).isEqualTo(DirectIo.enabled());
  }

  @Test
  void theCommitsAreAskedOnlyWhenTheyDecide() {
    AtomicInteger asked = new AtomicInteger();
    BooleanSupplier counting = () -> asked.incrementAndGet() > 0;
    DirectIo.forDump(DirectIo.PAGED_BYTES + 1, counting);
    assertThat(asked).as("a large dump is direct whatever").hasValue(0);
    DirectIo.forDump(1, counting);
    assertThat(asked).hasValue(DirectIo.enabled() ? 1 : 0);

    asked.set(0);
    system.set("bwo.dump.directio", "false");
    DirectIo.forDump(1, counting);
    assertThat(asked).as("the property decides").hasValue(0);
  }

  @Test
  void aDumpReadBackMayBeReadWithDirectIoUnlessTurnedOff() {
    assertThat(DirectIo.forReadBack()).isEqualTo(DirectIo.enabled());
    system.set("bwo.readback.directio", "false");
    assertThat(DirectIo.forReadBack()).isFalse();
    assertThat(DirectIo.forDump(DirectIo.PAGED_BYTES * 4, IDLE)).isEqualTo(DirectIo.enabled());
  }

  @Test
  void theDumpsPropertyChoosesForEveryDumpAndOnlyForDumps() {
    system.set("bwo.dump.directio", "true");
    assertThat(DirectIo.forDump(1, COMMITTING)).isEqualTo(DirectIo.enabled());
    assertThat(DirectIo.forRestore(1)).isFalse();
    system.set("bwo.dump.directio", "false");
    assertThat(DirectIo.forDump(DirectIo.PAGED_BYTES * 4, COMMITTING)).isFalse();
    assertThat(DirectIo.forRestore(16 << 20)).isEqualTo(DirectIo.enabled());
  }

  @Test
  void theRestoresPropertyChoosesForEveryRestoreAndOnlyForRestores() {
    system.set("bwo.restore.directio", "false");
    assertThat(DirectIo.forRestore(16 << 20)).isFalse();
    assertThat(DirectIo.forRestore(DirectIo.PAGED_BYTES * 4)).isFalse();
    assertThat(DirectIo.forDump(DirectIo.PAGED_BYTES * 4, COMMITTING))
        .isEqualTo(DirectIo.enabled());

    system.set("bwo.restore.directio", "true");
    assertThat(DirectIo.forRestore(1)).isEqualTo(DirectIo.enabled());
    assertThat(DirectIo.forDump(1, IDLE)).isFalse();
  }
}
