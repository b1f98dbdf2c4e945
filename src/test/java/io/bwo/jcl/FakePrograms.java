package io.bwo.jcl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A program library the test controls: each program is a function of its call; every call is
 * kept for the test to look at.
 */
final class FakePrograms implements ProgramRunner {

  /** What a fake program does. */
  interface Program {
    Completion run(ProgramCall call) throws java.io.IOException;
  }

  private final Map<String, Program> programs = new HashMap<>();
  final List<ProgramCall> calls = new ArrayList<>();

  /** Adds {@code name}, ending with {@code completion}. */
  FakePrograms with(String name, Completion completion) {
    return with(name, call -> completion);
  }

  FakePrograms with(String name, Program program) {
    programs.put(name, program);
    return this;
  }

  @Override
  public boolean supports(String program) {
    return programs.containsKey(program);
  }

  @Override
  public String describe() {
    return String.join(", ", programs.keySet());
  }

  @Override
  public Completion run(ProgramCall call) throws java.io.IOException {
    calls.add(call);
    return programs.get(call.program()).run(call);
  }

  /** The call of step {@code label} (STEP or STEP.PROCSTEP). */
  ProgramCall call(String label) {
    return calls.stream().filter(c -> c.stepName().equals(label)).findFirst().orElseThrow();
  }
}
