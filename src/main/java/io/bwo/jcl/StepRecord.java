package io.bwo.jcl;

/** A step that started in this run of the job, and how it ended. */
record StepRecord(String name, String procStep, Completion completion) {}
