package io.bwo.jcl;

import io.bwo.message.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * A job read from JCL and checked, ready for {@link JobExecutor}: its name, JOB parameters, the
 * steps in their IF/THEN/ELSE structure, the notes the reader made (JES2 statements it ignored),
 * and the source text for the job output. Made by {@link Jcl#read}.
 */
public final class JclJob {
  private final String name;
  private final String source;
  private final JobParameters parameters;
  private final List<JobNode> body;
  private final List<Message> notes;
  private final List<String> text;

  JclJob(String name, String source, JobParameters parameters, List<JobNode> body,
      List<Message> notes, List<String> text) {
    this.name = name;
    this.source = source;
    this.parameters = parameters;
    this.body = List.copyOf(body);
    this.notes = List.copyOf(notes);
    this.text = List.copyOf(text);
  }

  /** The job name from the JOB statement. */
  public String name() {
    return name;
  }

  /** Where the JCL came from (a file name), as the job log shows it. */
  public String source() {
    return source;
  }

  /** The number of steps, procedure steps counted one by one. */
  public int stepCount() {
    return steps().size();
  }

  JobParameters parameters() {
    return parameters;
  }

  List<JobNode> body() {
    return body;
  }

  List<Message> notes() {
    return notes;
  }

  /** The JCL as read, one string per card. */
  List<String> text() {
    return text;
  }

  /** Every step in JCL order, whatever IF construct holds it. */
  List<JobNode.Step> steps() {
    List<JobNode.Step> all = new ArrayList<>();
    collect(body, all);
    return all;
  }

  private static void collect(List<JobNode> nodes, List<JobNode.Step> into) {
    for (JobNode n : nodes) {
      if (n instanceof JobNode.Step s) {
        into.add(s);
      } else if (n instanceof JobNode.If i) {
        collect(i.thenPart(), into);
        collect(i.elsePart(), into);
      }
    }
  }
}
