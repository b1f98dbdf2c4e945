package io.bwo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectIoTest {
  @Test
  void aDumpGoesThroughThePageCacheForUpToAGibibyteARestoreDirect() {
    assertThat(DirectIo.forDump(0)).isFalse();
    assertThat(DirectIo.forDump(DirectIo.PAGED_BYTES)).isFalse();
    assertThat(DirectIo.forDump(DirectIo.PAGED_BYTES + 1)).isEqualTo(DirectIo.enabled());
    assertThat(DirectIo.forRestore()).isEqualTo(DirectIo.enabled());
  }

  @Test
  void eachChoiceHasItsOwnProperty() {
    try {
      System.setProperty("bwo.dump.directio", "true");
      assertThat(DirectIo.forDump(1)).isEqualTo(DirectIo.enabled());
      assertThat(DirectIo.forRestore()).isEqualTo(DirectIo.enabled());
      System.setProperty("bwo.dump.directio", "false");
      assertThat(DirectIo.forDump(DirectIo.PAGED_BYTES * 4)).isFalse();
      assertThat(DirectIo.forRestore()).isEqualTo(DirectIo.enabled());
    } finally {
      System.clearProperty("bwo.dump.directio");
    }
    try {
      System.setProperty("bwo.restore.directio", "false");
      assertThat(DirectIo.forRestore()).isFalse();
      assertThat(DirectIo.forDump(DirectIo.PAGED_BYTES * 4)).isEqualTo(DirectIo.enabled());
    } finally {
      System.clearProperty("bwo.restore.directio");
    }
  }
}
