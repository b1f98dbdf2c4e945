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
    return new Once(make);
  }

  /** A supplier that makes its message once. */
  static final class Once implements Supplier<Message> {
    private final Supplier<Message> make;
    private Message made;

    Once(Supplier<Message> make) {
      this.make = make;
    }

    @Override
    public synchronized Message get() {
      if (made == null) {
        made = make.get();
      }
      return made;
    }
  }
}
