package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bwo.platform.LocalSystem;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local job facts of ZUtil, as docs/jzos-stubs.md describes them. */
class ZUtilTest {
  @TempDir Path dir;
  private LocalSystem system;

  @BeforeEach
  void setUp() throws IOException {
    system = LocalSystem.in(dir);
  }

  @AfterEach
  void tearDown() {
    system.close();
  }

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
}
