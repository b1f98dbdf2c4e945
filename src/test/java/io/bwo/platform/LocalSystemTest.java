package io.bwo.platform;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that runs on a {@link LocalSystem} of its own in a temporary directory, made before each
 * test and restored after it: the set-up every platform and stub test shares.
 */
public abstract class LocalSystemTest {
  @TempDir protected Path dir;
  protected LocalSystem system;

  @BeforeEach
  void startLocalSystem() throws IOException {
    system = LocalSystem.in(dir);
  }

  @AfterEach
  void closeLocalSystem() {
    system.close();
  }
}
