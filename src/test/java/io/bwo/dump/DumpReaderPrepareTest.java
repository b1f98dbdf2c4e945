package io.bwo.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a step that will read a dump prepares while it starts. */
class DumpReaderPrepareTest {

  @Test
  void preparingReadsBackAHeaderAndACatalogEntryOfThisVersion() {
    // False would mean that the header or the entry this version writes no longer reads back,
    // so that the preparation did none of the work a RESTORE's first records cost.
    assertThat(DumpReader.prepare()).isTrue();
    assertThat(DumpReader.prepare()).as("again, on the readers already built").isTrue();
  }
}
