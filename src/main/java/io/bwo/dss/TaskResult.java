package io.bwo.dss;

import io.bwo.catalog.Dsn;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;

/**
 * What one task has printed and done so far: its highest return code, and which data sets it
 * processed and which it did not. Shared by the task's threads; methods are synchronized.
 */
final class TaskResult {
  private final Listing listing;
  private final String taskId;
  private final List<Dsn> processed = new ArrayList<>();
  private final Map<Dsn, String> notProcessed = new LinkedHashMap<>();
  private int returnCode;

  TaskResult(Listing listing, String taskId) {
    this.listing = listing;
    this.taskId = taskId;
  }

  /** Prints {@code m} in the task and raises the task's return code to the message's. */
  synchronized void print(Message m) {
    listing.print(taskId, m);
    returnCode = Math.max(returnCode, m.returnCode());
  }

  /** As {@link #print(Message)}, the message {@code id} made only when it is written. */
  synchronized void print(Msg id, Supplier<Message> m) {
    listing.print(taskId, m);
    returnCode = Math.max(returnCode, id.returnCode());
  }

  synchronized void processed(Dsn dsn) {
    processed.add(dsn);
  }

  synchronized void notProcessed(Dsn dsn, String why) {
    notProcessed.putIfAbsent(dsn, why);
  }

  synchronized boolean isNotProcessed(Dsn dsn) {
    return notProcessed.containsKey(dsn);
  }

  synchronized List<Dsn> processed() {
    return List.copyOf(processed);
  }

  synchronized Map<Dsn, String> notProcessed() {
    return Map.copyOf(notProcessed);
  }

  synchronized int returnCode() {
    return returnCode;
  }

  /** Lists ADR454I with the data sets processed, then ADR455W with those that were not. */
  synchronized void listOutcome() {
    if (!processed.isEmpty()) {
      print(Message.of(Msg.ADR454I));
      processed.forEach(d -> listing.detail("              " + d));
    }
    if (!notProcessed.isEmpty()) {
      print(Message.of(Msg.ADR455W));
      notProcessed.keySet().stream().sorted()
          .forEach(d -> listing.detail("              " + d));
    }
  }

  String taskId() {
    return taskId;
  }

  Listing listing() {
    return listing;
  }
}
