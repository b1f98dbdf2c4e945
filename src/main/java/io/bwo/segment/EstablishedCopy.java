package io.bwo.segment;

import io.bwo.catalog.Dsn;
import io.bwo.copy.CopySession;
import io.bwo.message.Message;
import java.util.Optional;

/** The outcome of establishing one data set's copy session in a batch: the session, or why not. */
public record EstablishedCopy(Dsn dsn, Optional<CopySession> session, Optional<Message> refusal) {
  public EstablishedCopy {
    if (session.isPresent() == refusal.isPresent()) {
      throw new IllegalArgumentException(dsn + ": a session or a refusal, exactly one");
    }
  }

  static EstablishedCopy of(CopySession s) {
    return new EstablishedCopy(s.dsn(), Optional.of(s), Optional.empty());
  }

  static EstablishedCopy refused(Dsn dsn, Message why) {
    return new EstablishedCopy(dsn, Optional.empty(), Optional.of(why));
  }
}
