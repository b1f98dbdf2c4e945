package io.bwo.jcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local programs, the JZOS launcher running real child JVMs (about half a second each). */
class LocalProgramsTest {
  @TempDir Path root;

  private JobResult submit(ProgramRunner programs, String... cards) {
    JclJob job = Jcl.read("t.jcl", String.join("\n", cards) + "\n", Map.of());
    return new JobExecutor(root, programs, Clock.systemUTC()).run(job, null);
  }

  private JobResult submit(String... cards) {
    return submit(LocalPrograms.standard(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1")),
        cards);
  }

  @Test
  void theJzosLauncherRunsTheParmsClassInAChildJvmWithTheStepsDds() throws IOException {
    JobResult r = submit("//JZOSJOB JOB",
        "//RUN EXEC PGM=JVMLDM86,PARM='/ io.bwo.jcl.StepProgram copy 3 ''A B'''",
        "//SYSIN DD *",
        "hello from sysin",
        "/*",
        "//SYSPRINT DD SYSOUT=*",
        "//STDOUT DD SYSOUT=*",
        "//STDERR DD SYSOUT=*",
        "//STDENV DD *",
        "export JAVA_HOME=/usr/lpp/java/J8.0_64",
        "/*");
    assertThat(r.returnCode()).isEqualTo(3);
    Path out = r.outputDir();
    assertThat(Files.readString(out.resolve("RUN.SYSPRINT")))
        .isEqualTo("HELLO FROM SYSIN\n[copy, 3, A B] JZOSJOB.RUN");
    assertThat(out.resolve("RUN.STDOUT")).hasContent("to stdout");
    assertThat(out.resolve("RUN.STDERR")).hasContent("to stderr");
    assertThat(r.log()).anyMatch(l -> l.endsWith("BWO717I JZOSJOB RUN - STDENV IS A Z/OS SHELL"
        + " SCRIPT: NOT RUN LOCALLY (THE STEP RUNS WITH THIS JVM AND CLASS PATH, THEN $CLASSPATH)"))
        .anyMatch(l -> l.endsWith("BWO718I JZOSJOB RUN - JZOS LAUNCHER RUNS"
            + " io.bwo.jcl.StepProgram WITH ARGUMENTS [copy 3 A B]"));
  }

  @Test
  void aJzosProgramReadsTheLibraryAStepMadeAndWritesInItsDdsDcb() throws IOException {
    JobResult made = submit("//MAKEJOB JOB",
        "//MAKE EXEC PGM=IEFBR14",
        "//LIB DD DSN=HLQ.JCL,DISP=(NEW,CATLG),SPACE=(TRK,(5,5,10)),",
        "//      DCB=(RECFM=FB,LRECL=80)");
    assertThat(made.returnCode()).isZero();
    Path library = LocalDataSets.folder(root).resolve("HLQ.JCL");
    assertThat(library).isDirectory();
    Files.writeString(library.resolve("FIRST"), "//FIRST JOB\n");

    JobResult r = submit("//LIBJOB JOB",
        "//RUN EXEC PGM=JVMLDM17,PARM='/ io.bwo.jcl.StepProgram members'",
        "//LIB DD DSN=HLQ.JCL,DISP=SHR",
        "//OUT DD DSN=HLQ.OUT,DISP=(NEW,CATLG),RECFM=VB,LRECL=255",
        "//SYSPRINT DD SYSOUT=*");
    assertThat(r.returnCode()).as(String.join("\n", r.log())).isZero();
    assertThat(Files.readString(r.outputDir().resolve("RUN.SYSPRINT")))
        .isEqualTo("FIRST //FIRST JOB VB 255");
  }

  @Test
  void anExceptionOutOfMainEndsWithReturnCode100AsTheLauncherDoes() throws IOException {
    JobResult r = submit("//J JOB", "//RUN EXEC PGM=JVMLDM17,PARM='/ io.bwo.jcl.StepProgram throw'",
        "//STDERR DD SYSOUT=*",
        "//MISSING EXEC PGM=JVMLDM21,PARM='/ io.bwo.NoSuchClass',COND=EVEN");
    assertThat(r.steps()).extracting(s -> s.completion().conditionCode())
        .containsExactly(100, 100);
    assertThat(Files.readString(r.outputDir().resolve("RUN.STDERR")))
        .contains("IllegalStateException: boom from the step")
        .contains("BWO722W JAVA EXCEPTION ENDED io.bwo.jcl.StepProgram: RETURN CODE 100");
    assertThat(Files.readString(r.outputDir().resolve("MISSING.STDERR")))
        .contains("ClassNotFoundException");
  }

  @Test
  void whenMainReturnsTheStepEndsAfterItsThreads() {
    JobResult r = submit("//J JOB",
        "//RUN EXEC PGM=JVMLDM86,PARM='/+I io.bwo.jcl.StepProgram thread'",
        "//OUT DD DSN=HLQ.LATE,DISP=(NEW,CATLG)");
    assertThat(r.returnCode()).isZero();
    assertThat(root.resolve("datasets").resolve("HLQ.LATE"))
        .hasContent("written after main returned");
  }

  @Test
  void aStepOverItsTimeLimitAbendsS322() {
    JobResult r = submit("//J JOB",
        "//RUN EXEC PGM=JVMLDM86,PARM='/ io.bwo.jcl.StepProgram sleep',TIME=(,1)");
    assertThat(r.abendCode()).isEqualTo("S322");
    assertThat(r.log()).anyMatch(l -> l.contains("ABEND S322 - THE STEP EXCEEDED ITS TIME LIMIT"));
  }

  @Test
  void ibmsSampleProcedureAndMainargsGiveTheClassAndItsArguments() throws IOException {
    JobResult r = submit("//J JOB",
        "//JAVA EXEC JVMPRC86,JAVACLS='io.bwo.jcl.StepProgram'",
        "//MAINARGS DD *",
        "copy 5",
        "/*",
        "//SYSIN DD *",
        "x",
        "/*",
        "//SYSPRINT DD SYSOUT=*");
    assertThat(r.returnCode()).isEqualTo(5);
    assertThat(Files.readString(r.outputDir().resolve("JAVA.JAVAJVM.SYSPRINT")))
        .startsWith("X\n[copy, 5]");
  }

  /** A jar at {@code jar} with {@code mainClass} in its manifest (none: null) and one resource. */
  private static Path jar(Path jar, String mainClass) throws IOException {
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (mainClass != null) {
      m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    }
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
      out.putNextEntry(new JarEntry("app/greeting.txt"));
      out.write("hello from the jar".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return jar;
  }

  @Test
  void dashJarRunsTheJarsMainClassWithTheJarOnTheClassPath() throws IOException {
    Path app = jar(root.resolve("jars/app.jar"), "io.bwo.jcl.StepProgram");
    JobResult r = submit("//J JOB",
        "//RUN EXEC PGM=JVMLDM17",
        "//MAINARGS DD *",
        "-jar " + app,
        "resource app/greeting.txt",
        "/*",
        "//STDOUT DD SYSOUT=*");
    assertThat(r.returnCode()).isZero();
    assertThat(r.outputDir().resolve("RUN.STDOUT")).hasContent("hello from the jar");
    assertThat(r.log()).anyMatch(l -> l.endsWith("BWO718I J RUN - JZOS LAUNCHER RUNS"
        + " io.bwo.jcl.StepProgram FROM " + app + " WITH ARGUMENTS [resource app/greeting.txt]"));
  }

  @Test
  void theProgramsClassesComeFromTheSubmittingEnvironmentsClassPath() throws IOException {
    // On z/OS STDENV exports CLASSPATH; locally STDENV is not run, and the environment's is used.
    Path app = jar(root.resolve("jars/app.jar"), null);
    String[] job = {"//J JOB",
        "//RUN EXEC PGM=JVMLDM86,PARM='/ io.bwo.jcl.StepProgram'",
        "//MAINARGS DD *",
        "resource app/greeting.txt",
        "/*",
        "//STDOUT DD SYSOUT=*",
        "//STDENV DD *",
        "export CLASSPATH=/u/app/app.jar",
        "/*"};
    List<String> fast = List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1");
    JobResult found = submit(LocalPrograms.standard(fast, app.toString()), job);
    assertThat(found.returnCode()).isZero();
    assertThat(found.outputDir().resolve("RUN.STDOUT")).hasContent("hello from the jar");
    JobResult without = submit(LocalPrograms.standard(fast, ""), job);
    assertThat(without.returnCode()).isEqualTo(9);
  }

  @Test
  void aRelativeJarIsFoundFromTheLaunchersWorkingDirectory() throws IOException {
    List<String> started = new ArrayList<>();
    LocalPrograms programs = new LocalPrograms((main, classPath, args, call) -> {
      started.add(main + " " + classPath + " " + args);
      return Completion.normal(0);
    });
    Path app = jar(root.resolve("jars/app.jar"), "com.example.App");
    Path relative = Path.of("").toAbsolutePath().relativize(app);
    submit(programs, "//J JOB", "//RUN EXEC PGM=JVMLDM17,PARM='/ -jar'",
        "//MAINARGS DD *", relative + " arg1", "/*");
    assertThat(started).containsExactly("com.example.App [" + app + "] [arg1]");
  }

  @Test
  void aMissingJarOrOneWithoutMainClassIsALauncherSetupError() throws IOException {
    List<String> started = new ArrayList<>();
    LocalPrograms programs = new LocalPrograms((main, classPath, args, call) -> {
      started.add(main);
      return Completion.normal(0);
    });
    Path plain = jar(root.resolve("lib/plain.jar"), null);
    Path notAJar = Files.writeString(root.resolve("lib/notes.txt"), "not a jar");
    JobResult r = submit(programs, "//J JOB",
        "//S1 EXEC PGM=JVMLDM17,PARM='/ -jar'",
        "//MAINARGS DD *", root.resolve("lib/missing.jar").toString(), "/*",
        "//S2 EXEC PGM=JVMLDM17,PARM='/ -jar',COND=EVEN",
        "//MAINARGS DD *", plain.toString(), "/*",
        "//S3 EXEC PGM=JVMLDM17,PARM='/ -jar',COND=EVEN",
        "//MAINARGS DD *", notAJar.toString(), "/*",
        "//S4 EXEC PGM=JVMLDM17,PARM='/ -jar',COND=EVEN",
        // A name no file system takes (a NUL in the MAINARGS data).
        "//S5 EXEC PGM=JVMLDM17,PARM='/ -jar',COND=EVEN",
        "//MAINARGS DD *", "lib/bad\u0000.jar", "/*");
    assertThat(r.steps()).extracting(s -> s.completion().conditionCode())
        .containsExactly(101, 101, 101, 101, 101);
    assertThat(started).isEmpty();
    assertThat(r.log()).anyMatch(l -> l.contains("BWO723E JZOS LAUNCHER SETUP ERROR: JAR FILE "
        + root.resolve("lib/missing.jar") + " NOT FOUND"))
        .anyMatch(l -> l.contains("JAR FILE " + plain + " HAS NO Main-Class IN ITS MANIFEST"))
        .anyMatch(l -> l.contains(notAJar + " IS NOT A JAR FILE"))
        .anyMatch(l -> l.contains("-jar WITHOUT A JAR FILE"))
        .anyMatch(l -> l.contains("JAR FILE NAME lib/bad"));
  }

  @Test
  void aParmWithoutAClassIsALauncherSetupError() {
    List<String> started = new ArrayList<>();
    LocalPrograms programs = new LocalPrograms((main, classPath, args, call) -> {
      started.add(main);
      return Completion.normal(0);
    });
    JobResult r = submit(programs, "//J JOB", "//S1 EXEC PGM=JVMLDM86,PARM='/'",
        "//S2 EXEC PGM=JVMLDM86,PARM='/ -Xmx1g my.Main',COND=EVEN");
    assertThat(r.steps()).extracting(s -> s.completion().conditionCode())
        .containsExactly(101, 101);
    assertThat(started).isEmpty();
    assertThat(r.log()).anyMatch(l -> l.contains("BWO723E JZOS LAUNCHER SETUP ERROR: NO MAIN"
        + " CLASS IN PARM OR MAINARGS - RETURN CODE 101 (RC_CONFIG_ERR)"))
        .anyMatch(l -> l.contains("JVM OPTIONS BELONG IN STDENV: OPENJ9_JAVA_OPTIONS (SEMERU),"
            + " IBM_JAVA_OPTIONS (IBM JAVA 8)"));
  }

  @Test
  void adrdssuRunsBwoDssWithItsParmInTheEnvironmentAndIefbr14RunsNothing() {
    List<String> started = new ArrayList<>();
    List<ProgramCall> calls = new ArrayList<>();
    LocalPrograms programs = new LocalPrograms((main, classPath, args, call) -> {
      started.add(main + " " + String.join(" ", args));
      calls.add(call);
      return Completion.normal(4);
    });
    JobResult r = submit(programs, "//J JOB",
        "//DUMP EXEC PGM=ADRDSSU,PARM='TYPRUN=NORUN'",
        "//SYSPRINT DD SYSOUT=*",
        "//ALLOC EXEC PGM=IEFBR14",
        "//NEW DD DSN=HLQ.ALLOC,DISP=(NEW,CATLG)");
    assertThat(started).containsExactly("io.bwo.cli.Main dss --parm TYPRUN=NORUN");
    assertThat(calls.get(0).env()).containsEntry("BWO_PARM", "TYPRUN=NORUN");
    assertThat(r.steps()).extracting(s -> s.completion().conditionCode()).containsExactly(4, 0);
    assertThat(root.resolve("datasets").resolve("HLQ.ALLOC")).exists();
    assertThat(programs.supports("JVMLDM")).isTrue();
    assertThat(programs.supports("IDCAMS")).isFalse();
  }

  @Test
  void aRunIdGivenForTheWholeJobBecomesEachStepsOwn(@TempDir Path tmp) {
    Map<String, String> env = new java.util.HashMap<>(Map.of("BWO_RUN_ID", " AJS123 ",
        "DD_TAPE", "/submitter/tape", "BWO_STEPNAME", "SUBMITTER", "PATH", "/bin"));
    ChildJvm.stepEnvironment(env, call(tmp, "DUMP", Map.of("BWO_STEPNAME", "DUMP")));
    assertThat(env).containsEntry("BWO_RUN_ID", "AJS123.DUMP").containsEntry("PATH", "/bin")
        .containsEntry("BWO_STEPNAME", "DUMP").doesNotContainKey("DD_TAPE");

    Map<String, String> second = new java.util.HashMap<>(Map.of("BWO_RUN_ID", "AJS123"));
    ChildJvm.stepEnvironment(second, call(tmp, "REST", Map.of()));
    assertThat(second).containsEntry("BWO_RUN_ID", "AJS123.REST");

    Map<String, String> none = new java.util.HashMap<>(Map.of("BWO_RUN_ID", ""));
    ChildJvm.stepEnvironment(none, call(tmp, "DUMP", Map.of()));
    assertThat(none).doesNotContainKey("BWO_RUN_ID");
  }

  private static ProgramCall call(Path tmp, String step, Map<String, String> env) {
    return new ProgramCall("JOB", step, "ADRDSSU", null, Map.of(), env, tmp.resolve("out"),
        tmp.resolve("err"), null, m -> {});
  }

  @Test
  void exitValuesOfKilledOrCrashedChildrenAreAbends() {
    assertThat(ChildJvm.completion(0)).isEqualTo(Completion.normal(0));
    assertThat(ChildJvm.completion(16)).isEqualTo(Completion.normal(16));
    assertThat(ChildJvm.completion(128)).isEqualTo(Completion.normal(128));
    assertThat(ChildJvm.completion(137)).isEqualTo(Completion.abend("S222"));
    assertThat(ChildJvm.completion(143)).isEqualTo(Completion.abend("S222"));
    assertThat(ChildJvm.completion(134)).isEqualTo(Completion.abend("S0C4"));
    assertThat(ChildJvm.completion(200)).isEqualTo(Completion.normal(200));
  }

  @Test
  void theLaunchersParmSplitsIntoLeOptionsLogLevelClassAndArguments() {
    assertThat(JzosParm.parse("RPTOPTS(ON)/+T io.bwo.cli.Main dss --x 'a b'", null))
        .isEqualTo(new JzosParm("RPTOPTS(ON)", "+T", "io.bwo.cli.Main", null,
            List.of("dss", "--x", "a b")));
    assertThat(JzosParm.parse("/ io.bwo.cli.Main", "verify\n--indd TAPE\n"))
        .isEqualTo(new JzosParm("", null, "io.bwo.cli.Main", null, List.of("verify", "--indd",
            "TAPE")));
    assertThat(JzosParm.parse("/+I -jar jars/app.jar", "arg1\n"))
        .isEqualTo(new JzosParm("", "+I", null, "jars/app.jar", List.of("arg1")));
    assertThat(JzosParm.parse("zslack.Main arg", null).mainClass()).isEqualTo("zslack.Main");
    assertThat(JzosParm.parse(null, null).mainClass()).isNull();
  }
}
