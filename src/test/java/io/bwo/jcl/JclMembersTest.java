package io.bwo.jcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jcl/ members read and run locally: each one runs bwo's main class under the JZOS launcher
 * with the arguments and DDs the z/OS run gets. bwo itself is a fake here; the end-to-end runs
 * of the members are elsewhere.
 */
class JclMembersTest {
  private static final Path MEMBERS = Path.of("jcl");

  @TempDir Path root;
  private final List<String> started = new ArrayList<>();
  private final List<ProgramCall> calls = new ArrayList<>();
  private final List<String> sysins = new ArrayList<>();

  private JobResult submit(String member, Map<String, String> symbols) throws IOException {
    String text = Files.readString(MEMBERS.resolve(member), StandardCharsets.UTF_8);
    LocalPrograms programs = new LocalPrograms((main, classPath, args, call) -> {
      started.add(main + " " + String.join(" ", args));
      calls.add(call);
      Path sysin = call.dds().get("SYSIN");
      sysins.add(sysin == null ? null : Files.readString(sysin)); // gone when the job ends
      return Completion.normal(0);
    });
    return new JobExecutor(root, programs, Clock.systemUTC())
        .run(Jcl.read(member, text, symbols), null);
  }

  private Path dataSet(String name) {
    return root.resolve("datasets").resolve(name);
  }

  @Test
  void everyMemberIsReadWithoutARefusal() throws IOException {
    List<Path> members;
    try (Stream<Path> s = Files.list(MEMBERS)) {
      members = s.sorted().toList();
    }
    assertThat(members).extracting(p -> p.getFileName().toString())
        .contains("BWODUMP", "BWOREST", "BWOVRFY", "BWOSETX", "BWOSTAT");
    for (Path m : members) {
      JclJob job = Jcl.read(m.toString(), Files.readString(m), Map.of());
      assertThat(job.name()).isEqualTo(m.getFileName().toString());
      assertThat(job.steps()).allSatisfy(s -> assertThat(s.program()).isEqualTo("JVMLDM17"));
    }
  }

  @Test
  void bwodumpRunsDssWithItsControlStatementsToANewGeneration() throws IOException {
    JobResult r = submit("BWODUMP", Map.of());
    assertThat(r.returnCode()).isZero();
    assertThat(started).containsExactly("io.bwo.cli.Main dss");
    ProgramCall call = calls.get(0);
    assertThat(sysins.get(0)).contains(
        " DUMP DATASET(INCLUDE(OSB.**) -", "      CONCURRENT NOTIFYCONCURRENT");
    assertThat(call.dds()).containsKeys("SYSPRINT", "STDENV", "SYSOUT");
    assertThat(call.dds().get("TAPE")).isEqualTo(dataSet("BWO.DUMP.G0001V00"));
    assertThat(dataSet("BWO.DUMP.G0001V00")).exists();
    assertThat(r.log()).anyMatch(l -> l.endsWith("BWO.DUMP.G0001V00 CATALOGED"));
  }

  @Test
  void bwodumpTakesTheSchedulersRunId() throws IOException {
    submit("BWODUMP", Map.of("RUNOPT", "--run-id AJS-20240514-7"));
    assertThat(started).containsExactly("io.bwo.cli.Main dss --run-id AJS-20240514-7");
  }

  @Test
  void bwoRestAndBwovrfyReadTheLatestGeneration() throws IOException {
    Files.createDirectories(dataSet("X").getParent());
    Files.writeString(dataSet("BWO.DUMP.G0001V00"), "OLDER");
    Files.writeString(dataSet("BWO.DUMP.G0002V00"), "LATEST");
    submit("BWOREST", Map.of());
    submit("BWOVRFY", Map.of());
    assertThat(started).containsExactly("io.bwo.cli.Main dss",
        "io.bwo.cli.Main verify --indd TAPE");
    assertThat(sysins.get(0)).contains(" RESTORE DATASET(INCLUDE(OSB.**) -", "         REPLACE");
    assertThat(calls).allSatisfy(c ->
        assertThat(c.dds().get("TAPE")).isEqualTo(dataSet("BWO.DUMP.G0002V00")));
    submit("BWOVRFY", Map.of("GEN", "-1"));
    assertThat(calls.get(2).dds().get("TAPE")).isEqualTo(dataSet("BWO.DUMP.G0001V00"));
  }

  @Test
  void bwosetxExportsTheSettingsToANewGeneration() throws IOException {
    submit("BWOSETX", Map.of());
    assertThat(started).containsExactly("io.bwo.cli.Main settings export --outdd SETTINGS");
    assertThat(calls.get(0).dds().get("SETTINGS")).isEqualTo(dataSet("BWO.SETTINGS.G0001V00"));
  }

  @Test
  void bwostatJudgesTheRunItIsGiven() throws IOException {
    submit("BWOSTAT", Map.of("RUNID", "AJS-20240514-7"));
    assertThat(started).containsExactly("io.bwo.cli.Main status --run-id AJS-20240514-7");
  }
}
