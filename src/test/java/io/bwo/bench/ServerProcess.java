package io.bwo.bench;

import io.bwo.catalog.Catalog;
import io.bwo.segment.SegmentClient;
import io.bwo.segment.SegmentSystems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code bwo segment serve} on a world's catalog, as a process of its own, as a site runs it;
 * stopped with SIGTERM, its clean stop.
 */
final class ServerProcess implements AutoCloseable {
  private final Process process;

  private ServerProcess(Process process) {
    this.process = process;
  }

  /** Starts the server and waits until it answers on its socket; its output goes to {@code log}. */
  static ServerProcess start(Path bwo, Catalog catalog, Path log) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(bwo.toString(), "segment", "serve", "--catalog",
        catalog.root().toString());
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    ServerProcess server = new ServerProcess(pb.start());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Optional<SegmentClient> client = SegmentSystems.server(catalog);
      if (client.isPresent()) {
        client.get().close();
        return server;
      }
      if (!server.process.isAlive()) {
        throw new IOException("bwo segment serve ended with " + server.process.exitValue()
            + "; see " + log);
      }
      Bench.sleep(50);
    }
    server.close();
    throw new IOException("bwo segment serve did not answer within 60 s; see " + log);
  }

  /** Stops the server (SIGTERM) and waits for it. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
