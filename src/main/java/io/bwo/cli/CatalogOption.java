package io.bwo.cli;

import io.bwo.catalog.Catalog;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --catalog DIR} option every command takes; its default is {@code $BWO_CATALOG}. */
final class CatalogOption {
  @Option(
      names = "--catalog",
      paramLabel = "DIR",
      description = "Catalog root (default: $BWO_CATALOG).")
  Path catalog;

  /** The catalog root given, or BWO002E when neither the option nor the variable is set. */
  Path root() {
    if (catalog != null) {
      return catalog;
    }
    String env = System.getenv("BWO_CATALOG");
    if (env == null || env.isBlank()) {
      throw BwoException.of(Msg.BWO002E);
    }
    return Path.of(env);
  }

  /** The catalog at {@link #root()}, created when missing. */
  Catalog open() {
    return Catalog.open(root());
  }
}
