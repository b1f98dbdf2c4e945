package io.bwo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every deck shipped in testdata/sysin parses: a deck the demo or a test uses is valid SYSIN. */
class TestdataDecksTest {
  @Test
  void everyShippedDeckParses() throws IOException {
    List<Path> decks;
    try (Stream<Path> files = Files.list(Path.of("testdata/sysin"))) {
      decks = files.filter(p -> p.toString().endsWith(".txt")).toList();
    }
    assertThat(decks).isNotEmpty();
    for (Path deck : decks) {
      ParseResult r = Deck.parse(Files.readAllLines(deck));
      assertThat(r.errors()).as(deck.toString()).isEmpty();
    }
  }
}
