package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bwo.platform.LocalSystemTest;
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
  }
}
