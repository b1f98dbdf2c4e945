package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bwo.platform.LocalSystemTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The local job facts of ZUtil, as docs/jzos-stubs.md describes them. */
class ZUtilTest extends LocalSystemTest {
  @Test
  void procStepNameIsTheSettingTrimmedInUpperCase() {
    system.set("bwo.procstepname", " java ");

    assertThat(ZUtil.getCurrentProcStepname()).isEqualTo("JAVA");
    assertThat(ZUtil.getCurrentStepname()).isEqualTo("DUMPSTEP");
  }

  @Test
  void procStepNameIsEmptyWhenNoneIsSet() {
    assumeTrue(System.getenv("BWO_PROCSTEPNAME") == null, "BWO_PROCSTEPNAME is set");
    system.set("bwo.procstepname", "");

    assertThat(ZUtil.getCurrentProcStepname()).isEmpty();
  }

  @Test
  void environIsTheEnvironmentAsNameEqualsValue() {
    String path = System.getenv("PATH");
    assumeTrue(path != null, "PATH is not set");

    assertThat(ZUtil.environ()).contains("PATH=" + path).hasSize(System.getenv().size());
  }

  @Test
  void systemSymbolsCannotBeResolvedOffZos() {
    assertThat(ZUtil.substituteSystemSymbols("HLQ.DATA")).isEqualTo("HLQ.DATA");
    assertThatThrownBy(() -> ZUtil.substituteSystemSymbols("&SYSNAME..DATA"))
        .isInstanceOf(RcException.class)
        .hasMessageContaining("off z/OS");
    // The form with a warning flag (IBM's CatalogSearchSample, CA1Y's Util) behaves the same.
    assertThat(ZUtil.substituteSystemSymbols("HLQ.DATA", true)).isEqualTo("HLQ.DATA");
    assertThatThrownBy(() -> ZUtil.substituteSystemSymbols("&SYSNAME..DATA", false))
        .isInstanceOf(RcException.class);
  }

  @Test
  void setEnvChangesWhatZutilReadsAndNullRemoves() {
    String name = "BWO_ZUTIL_TEST_" + ProcessHandle.current().pid();
    try {
      ZUtil.setEnv(name, "ONE");

      assertThat(ZUtil.getEnv(name)).isEqualTo("ONE");
      assertThat(ZUtil.getEnvironment()).containsEntry(name, "ONE");
      assertThat(ZUtil.environ()).contains(name + "=ONE");
      // As on z/OS: setenv() changes the C environment, not the JVM's snapshot of it.
      assertThat(System.getenv(name)).isNull();

      ZUtil.setEnv(name, null);

      assertThat(ZUtil.getEnv(name)).isNull();
      assertThat(ZUtil.environ()).noneMatch(e -> e.startsWith(name + "="));
    } finally {
      ZUtil.setEnv(name, null);
    }
  }

  @Test
  void processIdsAreThoseOfThisProcess() {
    ProcessHandle self = ProcessHandle.current();

    assertThat(ZUtil.getPid()).isEqualTo((int) self.pid());
    assertThat((long) ZUtil.getPPid()).isEqualTo(self.parent().map(ProcessHandle::pid).orElse(1L));
  }

  @Test
  void currentTimeIsMicrosecondsSinceTheEpoch() {
    long before = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    long now = ZUtil.getCurrentTimeMicros();
    long after = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());

    assertThat(now).isBetween(before, after);
  }

  @Test
  void cpuTimeGrowsWithWorkOfTheThread() {
    long start = ZUtil.getCpuTimeMicros();
    long spin = System.nanoTime();
    long sum = 0;
    while (System.nanoTime() - spin < 50_000_000L) {
      sum += Long.numberOfTrailingZeros(sum + spin);
    }

    assertThat(sum).isNotNegative();
    assertThat(ZUtil.getCpuTimeMicros()).isGreaterThan(start).isNotNegative();
  }

  @Test
  void tsoPrefixIsTheQualifierOfUnquotedNames() {
    assertThat(ZUtil.getCurrentTsoPrefix()).isEqualTo(ZUtil.getCurrentUser());
    assertThat(ZFile.getFullyQualifiedDSN("X")).isEqualTo(ZUtil.getCurrentTsoPrefix() + ".X");
  }

  @Test
  void diagnosticsDescribeTheLocaleRuntimeAndStack() {
    assertThat(ZUtil.getCodePageCurrentLocale()).isNotBlank();
    assertThat(ZUtil.getJavaVersionInfo()).contains(System.getProperty("java.runtime.version"));
    String trace = ZUtil.formatStackTrace(new IllegalStateException("BWO999E"));
    assertThat(trace)
        .startsWith("java.lang.IllegalStateException: BWO999E")
        .contains("at com.ibm.jzos.ZUtilTest.diagnosticsDescribeTheLocaleRuntimeAndStack");
  }

  @Test
  void redirectingTheStandardStreamsLeavesThemAsTheyAre() {
    var out = System.out;
    var err = System.err;

    ZUtil.redirectStandardStreams();

    assertThat(System.out).isSameAs(out);
    assertThat(System.err).isSameAs(err);
  }

  @Test
  void thereIsNoZosStorageToPeekOffZos() {
    assertThatThrownBy(() -> ZUtil.peekOSMemory(16, 4))
        .isInstanceOf(RcException.class)
        .hasMessageContaining("0x10");
    assertThatThrownBy(() -> ZUtil.peekOSMemory(16, new byte[4]))
        .isInstanceOf(RcException.class)
        .hasMessageContaining("off z/OS");
  }
}
