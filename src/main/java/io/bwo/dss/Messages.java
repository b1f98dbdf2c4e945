package io.bwo.dss;

import io.bwo.message.Message;
import java.util.function.Supplier;

/** Messages issued inside the freeze window and made only when they are written, after it. */
final class Messages {
  private Messages() {}

  /**
   * {@code make}, called at most once: the listing and the console both write the message, from
   * different threads.
   */
  static Supplier<Message> once(Supplier<Message> make) {
    return new Wrapped(make);
  }

  /** {@link #once} of a supplier; a named class, loaded before the window (FreezeWindow). */
  static final class Wrapped extends Once {
    private final Supplier<Message> make;

    Wrapped(Supplier<Message> make) {
      this.make = make;
    }

    @Override
    Message make() {
      return make.get();
    }
  }

  /**
   * A supplier that makes its message once, on whichever thread asks first. A message made in the
   * window's hot loop extends it directly rather than being wrapped by {@link #once}: one object
   * and one call less per data set where the code still runs interpreted.
   */
  abstract static class Once implements Supplier<Message> {
    private Message made;

    /** Makes the message; called at most once. */
    abstract Message make();

    @Override
    public final synchronized Message get() {
      if (made == null) {
        made = make();
      }
      return made;
    }
  }
}
