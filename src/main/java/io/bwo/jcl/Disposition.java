package io.bwo.jcl;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.List;

/**
 * The DISP of a data set DD: its status at allocation and what happens to it when the step ends
 * normally (whatever its condition code) and when it abends.
 *
 * <p>Defaults, as on z/OS: status NEW; normal DELETE for a data set the step creates, KEEP for one
 * that existed; abnormal the same as normal, except that a normal PASS gives DELETE (new) or KEEP
 * (existing). Locally every kept data set is cataloged: the data set file is the catalog entry.
 *
 * @param normal the normal disposition, or null for the default
 * @param abnormal the abnormal disposition, or null for the default
 */
record Disposition(Status status, Action normal, Action abnormal) {

  enum Status { NEW, OLD, SHR, MOD }

  enum Action { DELETE, KEEP, PASS, CATLG, UNCATLG }

  static final Disposition DEFAULT = new Disposition(Status.NEW, null, null);

  /** The DISP value {@code v} of the DD at {@code line}. */
  static Disposition parse(Value v, int line) {
    List<Value> items = v instanceof Value.Sublist l ? l.items() : List.of(v);
    if (items.size() > 3) {
      throw error(line, v.text(), "AT MOST (STATUS,NORMAL,ABNORMAL)");
    }
    Status status = Status.NEW;
    if (!items.get(0).isOmitted()) {
      status = value(Status.class, items.get(0), line, v.text());
    }
    Action normal = items.size() > 1 && !items.get(1).isOmitted()
        ? value(Action.class, items.get(1), line, v.text()) : null;
    Action abnormal = items.size() > 2 && !items.get(2).isOmitted()
        ? value(Action.class, items.get(2), line, v.text()) : null;
    if (abnormal == Action.PASS) {
      throw error(line, v.text(), "PASS IS NOT AN ABNORMAL DISPOSITION");
    }
    return new Disposition(status, normal, abnormal);
  }

  /** The normal disposition of a data set that {@code created} tells whether the step made. */
  Action normalFor(boolean created) {
    if (normal != null) {
      return normal;
    }
    return created ? Action.DELETE : Action.KEEP;
  }

  /** The abnormal disposition of a data set that {@code created} tells whether the step made. */
  Action abnormalFor(boolean created) {
    if (abnormal != null) {
      return abnormal;
    }
    Action n = normalFor(created);
    if (n == Action.PASS) {
      return created ? Action.DELETE : Action.KEEP;
    }
    return n;
  }

  private static <E extends Enum<E>> E value(Class<E> type, Value v, int line, String all) {
    try {
      return Enum.valueOf(type, v.text());
    } catch (IllegalArgumentException e) {
      throw error(line, all, "'" + v.text() + "' IS NOT A " + (type == Status.class
          ? "STATUS (NEW, OLD, SHR, MOD)" : "DISPOSITION (DELETE, KEEP, PASS, CATLG, UNCATLG)"));
    }
  }

  private static BwoException error(int line, String text, String reason) {
    return BwoException.of(Msg.BWO701E, line, "DISP=" + text + ": " + reason);
  }

  @Override
  public String toString() {
    return "(" + status + "," + (normal == null ? "" : normal) + ","
        + (abnormal == null ? "" : abnormal) + ")";
  }
}
