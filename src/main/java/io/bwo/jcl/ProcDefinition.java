package io.bwo.jcl;

import java.util.List;

/**
 * An in-stream procedure ({@code //NAME PROC ... // PEND}): its PROC statement's operands (the
 * symbol defaults, substituted when it is called) and its EXEC and DD statements, unsubstituted.
 */
record ProcDefinition(String name, int line, String defaults, List<Statement> body) {
  ProcDefinition {
    body = List.copyOf(body);
  }

  /**
   * IBM's sample procedure JVMPRCnn for the JZOS Batch Launcher of Java level {@code nn}, as the
   * SDK ships it (JAVACLS, ARGS, VERSION, LOGLVL, REGSIZE and LEPARM; step JAVAJVM), so that jobs
   * calling it run locally without a procedure library.
   */
  static ProcDefinition jzosSample(String name) {
    String level = name.substring("JVMPRC".length());
    String text = String.join("\n",
        "//" + name + " PROC JAVACLS=,ARGS=,VERSION='" + level + "',LOGLVL='',",
        "//             REGSIZE='0M',LEPARM=''",
        "//JAVAJVM  EXEC PGM=JVMLDM&VERSION,REGION=&REGSIZE,",
        "//             PARM='&LEPARM/&LOGLVL &JAVACLS &ARGS'",
        "//SYSPRINT DD SYSOUT=*",
        "//SYSOUT   DD SYSOUT=*",
        "//STDOUT   DD SYSOUT=*",
        "//STDERR   DD SYSOUT=*",
        "//CEEDUMP  DD SYSOUT=*",
        "//ABNLIGNR DD DUMMY",
        "//         PEND");
    List<Statement> st = StatementReader.read(text);
    return new ProcDefinition(name, 0, st.get(0).operands(), st.subList(1, st.size() - 1));
  }

  /** True for the names of IBM's JZOS sample procedures: JVMPRC and a two-digit Java level. */
  static boolean isJzosSample(String name) {
    return name.matches("JVMPRC\\d\\d");
  }
}
