package io.bwo.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine the figures come from: CPUs, memory, the scratch disk, Java, the load. */
final class Machine {
  private Machine() {}

  /** The machine, with what the one who ran the benchmark says of it ({@code note}, or none). */
  static ObjectNode describe(ObjectMapper json, Path scratch, String note) throws IOException {
    ObjectNode m = json.createObjectNode();
    m.put("nproc", Runtime.getRuntime().availableProcessors());
    m.put("cpu", firstLine("/proc/cpuinfo", "model name"));
    m.put("memory", firstLine("/proc/meminfo", "MemTotal"));
    m.put("disk", output(List.of("df", "-hT", scratch.toString())));
    m.put("java", output(List.of("java", "-version")));
    m.put("kernel", output(List.of("uname", "-sr")));
    m.put("loadAverageAtStart", loadAverage());
    if (!note.isBlank()) {
      m.put("note", note);
    }
    return m;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "?";
    }
  }

  private static String firstLine(String file, String prefix) throws IOException {
    return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
  }

  private static String output(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return text;
  }
}
