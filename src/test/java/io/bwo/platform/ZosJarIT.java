package io.bwo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The two jars the build packages: the local one carries the JZOS stubs, the z/OS one must not, or
 * they would shadow IBM's classes on z/OS. Runs in the verify phase, after package.
 */
class ZosJarIT {

  @Test
  void zosJarHasBwoButNoJzosClass() throws IOException {
    List<String> entries = entries(System.getProperty("bwo.zosJar"));

    // Only com/ and com/ibm/ may remain, as empty directory entries that can shadow nothing.
    assertThat(entries)
        .noneMatch(
            e -> e.startsWith("com/ibm/jzos") || e.endsWith(".class") && e.startsWith("com/"));
    assertThat(entries)
        .contains(
            "io/bwo/platform/Platform.class",
            "io/bwo/platform/JzosPlatform.class",
            "io/bwo/cli/Main.class");
  }

  @Test
  void localJarCarriesTheStubs() throws IOException {
    List<String> entries = entries(System.getProperty("bwo.jar"));

    assertThat(entries)
        .contains(
            "com/ibm/jzos/ZFile.class",
            "com/ibm/jzos/MvsConsole.class",
            "io/bwo/platform/Platform.class");
  }

  private static List<String> entries(String jar) throws IOException {
    assertThat(jar).as("jar path from the failsafe configuration").isNotNull();
    try (JarFile file = new JarFile(Path.of(jar).toFile())) {
      return file.stream().map(e -> e.getName()).collect(Collectors.toList());
    }
  }
}
