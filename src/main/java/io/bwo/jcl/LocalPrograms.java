package io.bwo.jcl;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;

/**
 * The programs a local job can run:
 *
 * <ul>
 *   <li>{@code JVMLDMnn}, the JZOS Batch Launcher of any Java level (JVMLDM80 and JVMLDM86 for
 *       Java 8, JVMLDM17, JVMLDM21 for Semeru 17 and 21): runs the class its PARM names, or the
 *       Main-Class of the jar a {@code -jar file} names, in a child JVM (see {@link JzosParm},
 *       {@link ChildJvm}). STDENV, the z/OS shell script that sets JAVA_HOME and CLASSPATH
 *       there, is not run: the child uses this JVM and class path, then the CLASSPATH of the
 *       environment {@code bwo submit} runs in (and the jar);
 *   <li>{@code ADRDSSU}, DFSMSdss: runs {@code bwo dss --parm PARM} the same way;
 *   <li>{@code IEFBR14}: does nothing; the step's allocations and dispositions are its effect.
 * </ul>
 */
public final class LocalPrograms implements ProgramRunner {
  /** The main class of bwo's command line. */
  static final String BWO_MAIN = "io.bwo.cli.Main";

  /**
   * Runs a Java main class for a step, with {@code jars} before the class path: a child JVM, or
   * a fake in tests.
   */
  interface JavaRunner {
    Completion run(String mainClass, List<Path> jars, List<String> args, ProgramCall call)
        throws IOException, InterruptedException;
  }

  private final JavaRunner jvm;

  LocalPrograms(JavaRunner jvm) {
    this.jvm = jvm;
  }

  /**
   * The local programs, running child JVMs like this one with extra {@code jvmOptions}, the
   * environment's {@code CLASSPATH} after bwo's class path.
   */
  public static LocalPrograms standard(List<String> jvmOptions) {
    return new LocalPrograms(ChildJvm.likeThisOne(jvmOptions)::run);
  }

  /** As {@link #standard(List)}, with {@code programClassPath} in place of the environment's. */
  static LocalPrograms standard(List<String> jvmOptions, String programClassPath) {
    return new LocalPrograms(ChildJvm.likeThisOne(jvmOptions, programClassPath)::run);
  }

  @Override
  public boolean supports(String program) {
    return isJzosLauncher(program) || program.equals("ADRDSSU") || program.equals("IEFBR14");
  }

  @Override
  public String describe() {
    return "JVMLDMnn, ADRDSSU, IEFBR14";
  }

  static boolean isJzosLauncher(String program) {
    return program.matches("JVMLDM(\\d\\d)?");
  }

  @Override
  public Completion run(ProgramCall call) throws IOException, InterruptedException {
    if (call.program().equals("IEFBR14")) {
      return Completion.normal(0);
    }
    if (call.program().equals("ADRDSSU")) {
      return jvm.run(BWO_MAIN, List.of(), call.parm() == null ? List.of("dss")
          : List.of("dss", "--parm", call.parm()), call);
    }
    Path mainArgs = call.dds().get("MAINARGS");
    JzosParm parm = JzosParm.parse(call.parm(),
        mainArgs == null ? null : Files.readString(mainArgs, StandardCharsets.UTF_8));
    if (parm.jar() != null) {
      return runJar(parm, call);
    }
    if (parm.mainClass() == null || parm.mainClass().startsWith("-")) {
      return setupError(call, parm.mainClass() == null ? "NO MAIN CLASS IN PARM OR MAINARGS"
          : "PARM NAMES " + parm.mainClass() + " WHERE THE MAIN CLASS GOES; JVM OPTIONS BELONG"
              + " IN STDENV: OPENJ9_JAVA_OPTIONS (SEMERU), IBM_JAVA_OPTIONS (IBM JAVA 8)");
    }
    call.log().accept(Message.of(Msg.BWO718I, call.jobName(), call.stepName(), parm.mainClass(),
        String.join(" ", parm.args())));
    return jvm.run(parm.mainClass(), List.of(), parm.args(), call);
  }

  /**
   * {@code -jar file} in place of the main class: as {@code java -jar}, the Main-Class of the
   * jar's manifest runs with the jar on the class path. A relative file is found from the
   * launcher's working directory, which locally is the child's: the directory bwo runs in.
   */
  private Completion runJar(JzosParm parm, ProgramCall call)
      throws IOException, InterruptedException {
    if (parm.jar().isEmpty()) {
      return setupError(call, "-jar WITHOUT A JAR FILE");
    }
    Path jar;
    try {
      jar = Path.of(parm.jar()).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return setupError(call, "JAR FILE NAME " + parm.jar().replaceAll("\\p{Cntrl}", "?")
          + " IS NOT A PATH HERE: " + e.getReason());
    }
    if (!Files.isRegularFile(jar)) {
      return setupError(call, "JAR FILE " + jar + " NOT FOUND");
    }
    String mainClass;
    try (JarFile f = new JarFile(jar.toFile())) {
      Manifest m = f.getManifest();
      mainClass = m == null ? null : m.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
    } catch (ZipException e) {
      return setupError(call, jar + " IS NOT A JAR FILE (" + e.getMessage() + ")");
    }
    if (mainClass == null || mainClass.isBlank()) {
      return setupError(call, "JAR FILE " + jar + " HAS NO Main-Class IN ITS MANIFEST");
    }
    call.log().accept(Message.of(Msg.BWO718I, call.jobName(), call.stepName(),
        mainClass.trim() + " FROM " + jar, String.join(" ", parm.args())));
    return jvm.run(mainClass.trim(), List.of(jar), parm.args(), call);
  }

  /** The launcher's RC_CONFIG_ERR: {@code why} in the job log, return code 101. */
  private static Completion setupError(ProgramCall call, String why) {
    call.log().accept(Message.of(Msg.BWO723E, why));
    return Completion.normal(101);
  }
}
