package io.bwo.jcl;

import java.time.Duration;
import java.util.List;

/** An element of a job's body: a step, or an IF/THEN/ELSE/ENDIF construct holding more. */
sealed interface JobNode {

  /**
   * One step to run: {@code procStep} is set for a step of a called procedure, whose job step is
   * {@code name}. {@code parm} is what the program receives (null when there is none); {@code
   * time} is the TIME limit, null for none.
   */
  record Step(int line, String name, String procStep, String program, String parm,
      CondParameter cond, Duration time, List<DdStatement> dds) implements JobNode {
    public Step {
      dds = List.copyOf(dds);
    }

    /** {@code STEP} or {@code STEP.PROCSTEP}, as COND and IF name it. */
    String qualifiedName() {
      String n = name == null ? "" : name;
      return procStep == null ? n : n + "." + procStep;
    }
  }

  /** {@code IF expression THEN thenPart [ELSE elsePart] ENDIF}. */
  record If(int line, String name, IfExpression expression, List<JobNode> thenPart,
      List<JobNode> elsePart) implements JobNode {
    public If {
      thenPart = List.copyOf(thenPart);
      elsePart = List.copyOf(elsePart);
    }
  }
}
