package io.bwo.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunIdTest {
  private static final String VALID = "[A-Za-z0-9._:@#$-]{1,64}";
  private static final byte[] DIGEST = "sysin".getBytes(StandardCharsets.UTF_8);

  @ParameterizedTest
  @ValueSource(strings = {"@A123", "@10A1234", "00042", "0Z9X1", "CPU1#SCHED.JOB", "JOB01234",
      "nightly:2026-11-23", "a$b_c", "-"})
  void schedulersExecutionIdsAreValid(String id) {
    assertThat(RunId.parse(id).value()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "a/b", "a b", "a\\b", "ü", "CPU1#/FOLDER/JOB"})
  void badIdsAreRefusedWithTheRuleTheyBreak(String id) {
    assertThatThrownBy(() -> RunId.parse(id)).hasMessageContaining("BWO601E");
  }

  @Test
  void anIdIsAtMost64Characters() {
    assertThat(RunId.parse("x".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> RunId.parse("x".repeat(65)))
        .hasMessageContaining("BWO601E")
        .hasMessageContaining("65 CHARACTERS");
  }

  @Test
  void idsAreCaseSensitive() {
    assertThat(RunId.parse("run1")).isNotEqualTo(RunId.parse("RUN1"));
  }

  @Test
  void aDerivedIdShowsJobNameAndJobId() {
    RunId id = RunId.derive("DUMPJOB", "JOB01234", DIGEST);
    assertThat(id.value()).matches("DUMPJOB\\.JOB01234\\.[0-9a-f]{16}");
  }

  @Test
  void derivingFitsForeignCharactersAndLongNames() {
    RunId id = RunId.derive("my job/ü", "x".repeat(40), DIGEST);
    assertThat(id.value()).matches("my_job__\\.x{16}\\.[0-9a-f]{16}");
    assertThat(RunId.derive("", "", DIGEST).value()).matches("[0-9a-f]{16}");
  }

  @Property
  void deriveIsDeterministicAndAlwaysValid(
      @ForAll String jobName, @ForAll String jobId, @ForAll byte[] digest) {
    RunId id = RunId.derive(jobName, jobId, digest);
    assertThat(id).isEqualTo(RunId.derive(jobName, jobId, digest.clone()));
    assertThat(id.value()).matches(VALID);
  }

  @Property
  void anotherSysinGivesAnotherId(@ForAll byte[] a, @ForAll byte[] b) {
    Assume.that(!Arrays.equals(a, b));
    assertThat(RunId.derive("DUMPJOB", "JOB01234", a))
        .isNotEqualTo(RunId.derive("DUMPJOB", "JOB01234", b));
  }

  @Property
  void jobNameAndJobIdAreNotConfused(@ForAll("words") String a, @ForAll("words") String b) {
    Assume.that(!a.equals(b));
    assertThat(RunId.derive(a, b, DIGEST)).isNotEqualTo(RunId.derive(b, a, DIGEST));
  }

  @Property
  void everyStringOfTheAlphabetIsAValidIdButDotAndDotDot(@ForAll("ids") String s) {
    Assume.that(!s.equals(".") && !s.equals(".."));
    assertThat(RunId.parse(s).value()).isEqualTo(s);
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().withChars("AZaz09._:@#$-").withCharRange('a', 'z')
        .ofMinLength(1).ofMaxLength(64);
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
  }

  @Test
  void theOptionWinsOverParmAndEnvironment() {
    RunIds.Resolved r = RunIds.resolve(Optional.of("OPT1"), Optional.of("RUNID=PARM1"),
        Map.of(RunIds.ENV, "ENV1")).orElseThrow();
    assertThat(r.id().value()).isEqualTo("OPT1");
    assertThat(r.from()).isEqualTo("--run-id");
    assertThat(r.message().toString()).isEqualTo("BWO600I RUN ID OPT1 (FROM --run-id)");
  }

  @Test
  void theParmWinsOverTheEnvironment() {
    RunIds.Resolved r = RunIds.resolve(Optional.empty(),
        Optional.of("TYPRUN=NORUN, runid=@A123"), Map.of(RunIds.ENV, "ENV1")).orElseThrow();
    assertThat(r.id().value()).isEqualTo("@A123");
    assertThat(r.from()).isEqualTo("PARM RUNID=");
  }

  @Test
  void theEnvironmentIsUsedLastAndABlankOneIsNotSet() {
    assertThat(RunIds.resolve(Optional.empty(), Optional.of("TYPRUN=NORUN"),
        Map.of(RunIds.ENV, " 00042 "))).map(RunIds.Resolved::id).contains(RunId.parse("00042"));
    assertThat(RunIds.resolve(Optional.empty(), Optional.empty(), Map.of(RunIds.ENV, " ")))
        .isEmpty();
    assertThat(RunIds.resolve(Optional.empty(), Optional.empty(), Map.of())).isEmpty();
  }

  @Test
  void aBadGivenIdStopsRatherThanFallingThrough() {
    assertThatThrownBy(() -> RunIds.resolve(Optional.of("a b"), Optional.empty(),
        Map.of(RunIds.ENV, "ENV1")))
        .hasMessageContaining("BWO601E RUN ID 'a b' FROM --run-id IS NOT VALID");
    assertThatThrownBy(() -> RunIds.resolve(Optional.empty(), Optional.of("RUNID="), Map.of()))
        .hasMessageContaining("FROM PARM RUNID=");
    assertThatThrownBy(() -> RunIds.resolve(Optional.empty(), Optional.empty(),
        Map.of(RunIds.ENV, "x/y"))).hasMessageContaining("FROM BWO_RUN_ID");
  }

  @Test
  void runIdGivenTwiceInTheParmIsRefused() {
    assertThatThrownBy(() -> RunIds.resolve(Optional.empty(), Optional.of("RUNID=A,RUNID=B"),
        Map.of())).hasMessageContaining("MORE THAN ONCE");
  }
}
