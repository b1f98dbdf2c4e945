package io.bwo.jcl;

import io.bwo.message.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One step's program call: the program, its PARM, the step's DDs mapped to files, the
 * environment the program gets ({@code DD_<NAME>} for every DD, {@code BWO_JOBNAME},
 * {@code BWO_JOBID}, {@code BWO_JOB_WORK} (the job's work folder), {@code BWO_STEPNAME},
 * {@code BWO_PROCSTEPNAME}, {@code BWO_CATALOG}, {@code BWO_DATASETS} for the JZOS stubs'
 * {@code //'DSN'} names, {@code BWO_PARM}), where its standard streams go, its time limit, and
 * the job log.
 *
 * @param parm the PARM text, or null when the step has none
 * @param dds DD name to file, in JCL order (a concatenation is one file holding its parts)
 * @param stdout the file for standard output: the STDOUT DD, or a file in the job output
 * @param stderr the file for standard error: the STDERR DD, or a file in the job output
 * @param timeLimit the TIME limit, or null for none
 * @param log where a runner reports what the job log should show (BWO messages)
 */
public record ProgramCall(String jobName, String stepName, String program, String parm,
    Map<String, Path> dds, Map<String, String> env, Path stdout, Path stderr, Duration timeLimit,
    Consumer<Message> log) {

  public ProgramCall {
    dds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dds));
    env = Map.copyOf(env);
  }
}
