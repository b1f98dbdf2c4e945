package io.bwo.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data file syncs only what was written since its last sync. */
class DataFileTest {
  @TempDir Path dir;

  @Test
  void forceSyncsOnlyAfterAWrite() throws IOException {
    Path path = Files.write(dir.resolve("a.data"), new byte[4096]);
    try (DataFile f = DataFile.open(path)) {
      assertThat(f.force()).isFalse();

      f.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), 100);

      assertThat(f.dirty()).isTrue();
      assertThat(f.force()).isTrue();
      assertThat(f.force()).isFalse();
    }
  }
}
