package io.bwo.jcl;

/**
 * A reference to an earlier step in COND or IF: {@code STEP} or {@code STEP.PROCSTEP} (the step
 * of a procedure called by job step {@code STEP}).
 */
record StepRef(String step, String procStep) {

  /** The reference {@code text}: one name or two, dot-separated. */
  static StepRef parse(String text) {
    int dot = text.indexOf('.');
    return dot < 0 ? new StepRef(text, null)
        : new StepRef(text.substring(0, dot), text.substring(dot + 1));
  }

  boolean matches(StepRecord r) {
    return java.util.Objects.equals(step, r.name())
        && java.util.Objects.equals(procStep, r.procStep());
  }

  @Override
  public String toString() {
    return procStep == null ? step : step + "." + procStep;
  }
}
