package com.ibm.jzos;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.platform.RecordingChannel;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamFileTest {
  @Test
  void aLargeWriteReachesThePageCache256KiBAtATimeAndReadsBackWhole(@TempDir Path dir)
      throws Exception {
    byte[] bytes = new byte[(3 << 20) + 17];
    new Random(3).nextBytes(bytes);
    Path file = dir.resolve("stream");
    RecordingChannel ch = new RecordingChannel(FileChannel.open(file, CREATE_NEW, READ, WRITE));

    try (StreamFile out = new StreamFile(ch)) {
      out.write(bytes, 0, bytes.length);
    }

    assertThat(ch.writes()).hasSize(13).allMatch(n -> n <= 256 << 10);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    byte[] read = new byte[bytes.length];
    try (StreamFile in = new StreamFile(FileChannel.open(file, READ))) {
      assertThat(in.read(read, 0, read.length)).isEqualTo(bytes.length);
    }
    assertThat(read).isEqualTo(bytes);
  }
}
