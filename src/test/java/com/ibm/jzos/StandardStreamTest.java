package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DD allocated to {@code /dev/stdout}, as a scheduler runs a job with its output captured in a
 * file ({@code > job.log 2>&1}): what the step writes there goes after what the file held, in order
 * with its console messages, and the stream stays open for what follows.
 */
class StandardStreamTest {
  @TempDir Path dir;

  /** The child: records and a stream to DDs on standard output, a console line between. */
  public static final class Writer {
    public static void main(String[] args) throws IOException {
      RecordWriter records = RecordWriter.newWriterForDD("OUT");
      records.write("RECORD 1".getBytes(StandardCharsets.US_ASCII));
      System.err.println("CONSOLE LINE");
      records.write("RECORD 2".getBytes(StandardCharsets.US_ASCII));
      records.close();
      try (ZFile stream = new ZFile("//DD:STREAM", "wb")) {
        stream.write("STREAM BYTES\n".getBytes(StandardCharsets.US_ASCII));
      }
      System.out.println("AFTER THE CLOSE");
    }
  }

  @Test
  void aDdOnStandardOutputWritesAfterWhatTheFileHeldInOrderAndStaysOpen() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/stdout")), "/dev/stdout");
    Path log = Files.writeString(dir.resolve("job.log"), "BEFORE THE STEP\n");
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Writer.class.getName())
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectErrorStream(true);
    pb.environment().put("DD_OUT", "/dev/stdout");
    pb.environment().put("DD_STREAM", "/dev/fd/1");
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).isZero();
    assertThat(Files.readAllLines(log)).containsExactly("BEFORE THE STEP", "RECORD 1",
        "CONSOLE LINE", "RECORD 2", "STREAM BYTES", "AFTER THE CLOSE");
  }

  @Test
  void onlyTheProcesssOwnStreamsAreTakenSo() {
    assertThat(StandardStream.channel(Path.of("/dev/stdout"))).isNotNull();
    assertThat(StandardStream.channel(Path.of("/proc/self/fd/2"))).isNotNull();
    assertThat(StandardStream.channel(Path.of("/dev/null"))).isNull();
    assertThat(StandardStream.channel(dir.resolve("stdout"))).isNull();
  }
}
