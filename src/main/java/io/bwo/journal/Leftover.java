package io.bwo.journal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * Something an attempt creates that outlives it if the attempt dies: the dss records it before
 * creating it and reports it released once it is gone, so a re-run knows what to clean up.
 *
 * <p>Cleaning a leftover must be idempotent (unfreeze only if that holder still holds the freeze,
 * delete only if the file exists): the journal may list a leftover that was already gone when
 * the attempt died between removing it and recording that. {@code toString} is the text for a
 * listing, e.g. {@code FREEZE HELD BY BWO:@A123:1}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Leftover.Freeze.class, name = "freeze"),
  @JsonSubTypes.Type(value = Leftover.CopySession.class, name = "copySession"),
  @JsonSubTypes.Type(value = Leftover.SideFile.class, name = "sideFile"),
  @JsonSubTypes.Type(value = Leftover.TemporaryDump.class, name = "temporaryDump"),
  @JsonSubTypes.Type(value = Leftover.RestoreStaging.class, name = "restoreStaging")
})
public sealed interface Leftover {

  /** A freeze lease held by {@code holder} (the name the attempt gave the segment system). */
  record Freeze(String holder) implements Leftover {
    public Freeze {
      Objects.requireNonNull(holder, "holder");
    }

    @Override
    public String toString() {
      return "FREEZE HELD BY " + holder;
    }
  }

  /** The concurrent copy session {@code session} of data set {@code dsn}. */
  record CopySession(String dsn, String session) implements Leftover {
    public CopySession {
      Objects.requireNonNull(dsn, "dsn");
      Objects.requireNonNull(session, "session");
    }

    @Override
    public String toString() {
      return "COPY SESSION " + session + " OF " + dsn;
    }
  }

  /** A copy session's side file at {@code path}. */
  record SideFile(String path) implements Leftover {
    public SideFile {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String toString() {
      return "SIDE FILE " + path;
    }
  }

  /**
   * The dump being written under its temporary {@code name}: its DD name until it is opened, then
   * its temporary file's path (see docs/run-journal.md).
   */
  record TemporaryDump(String name) implements Leftover {
    public TemporaryDump {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return "TEMPORARY DUMP " + name;
    }
  }

  /**
   * A RESTORE's files in catalog {@code catalog} (its root): the data sets staged beside their
   * data files ({@code *.data.rst}) and, once they are committed, the intent that puts them in
   * place. Cleaned up as the next RESTORE on the catalog does it: each intent carried out, then
   * every staged file deleted.
   */
  record RestoreStaging(String catalog) implements Leftover {
    public RestoreStaging {
      Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public String toString() {
      return "RESTORE STAGING IN CATALOG " + catalog;
    }
  }
}
