package io.bwo.jcl;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The programs a local job can run:
 *
 * <ul>
 *   <li>{@code JVMLDMnn}, the JZOS Batch Launcher of any Java level (JVMLDM80 and JVMLDM86 for
 *       Java 8, JVMLDM17, JVMLDM21 for Semeru 17 and 21): runs the class its PARM names in a
 *       child JVM (see {@link JzosParm}, {@link ChildJvm}). STDENV, the z/OS shell script that
 *       sets JAVA_HOME and CLASSPATH there, is not run: the child uses this JVM and class path;
 *   <li>{@code ADRDSSU}, DFSMSdss: runs {@code bwo dss --parm PARM} the same way;
 *   <li>{@code IEFBR14}: does nothing; the step's allocations and dispositions are its effect.
 * </ul>
 */
public final class LocalPrograms implements ProgramRunner {
  /** The main class of bwo's command line. */
  static final String BWO_MAIN = "io.bwo.cli.Main";

  /** Runs a Java main class for a step: a child JVM, or a fake in tests. */
  interface JavaRunner {
    Completion run(String mainClass, List<String> args, ProgramCall call)
        throws IOException, InterruptedException;
  }

  private final JavaRunner jvm;

  LocalPrograms(JavaRunner jvm) {
    this.jvm = jvm;
  }

  /** The local programs, running child JVMs like this one with extra {@code jvmOptions}. */
  public static LocalPrograms standard(List<String> jvmOptions) {
    return new LocalPrograms(ChildJvm.likeThisOne(jvmOptions)::run);
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
      return jvm.run(BWO_MAIN, call.parm() == null ? List.of("dss")
          : List.of("dss", "--parm", call.parm()), call);
    }
    Path mainArgs = call.dds().get("MAINARGS");
    JzosParm parm = JzosParm.parse(call.parm(),
        mainArgs == null ? null : Files.readString(mainArgs, StandardCharsets.UTF_8));
    if (parm.mainClass() == null || parm.mainClass().startsWith("-")) {
      String why = parm.mainClass() == null ? "NO MAIN CLASS IN PARM OR MAINARGS"
          : "PARM NAMES " + parm.mainClass() + " WHERE THE MAIN CLASS GOES; JVM OPTIONS BELONG"
              + " IN IBM_JAVA_OPTIONS IN STDENV";
      call.log().accept(Message.of(Msg.BWO723E, why));
      return Completion.normal(101);
    }
    call.log().accept(Message.of(Msg.BWO718I, call.jobName(), call.stepName(), parm.mainClass(),
        String.join(" ", parm.args())));
    return jvm.run(parm.mainClass(), parm.args(), call);
  }
}
