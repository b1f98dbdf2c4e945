package io.bwo.control;

import io.bwo.control.DumpDataSet.ByCriterion;
import io.bwo.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The filtering criteria a {@code FILTERDD(ddn)} data set holds in place of the command's own
 * INCLUDE, EXCLUDE and BY: card-image records in DFSMSdss command syntax, columns 2 to 72, coding
 * those keywords and nothing else (a RESTORE's task refuses a BY, as on its command). DFSMSdss
 * needs FILTERDD for lists of more than 255 entries; bwo sets no limit on either side. An empty
 * {@link #include()} means INCLUDE was not coded ({@code **}), as on the command.
 *
 * <p>The records are read as one run of keywords, whether or not a record ends with the
 * continuation mark: each keyword stands alone, so nothing is lost by joining them.
 */
public record FilterCriteria(List<String> include, List<String> exclude, List<ByCriterion> by) {

  /** Copies the lists. */
  public FilterCriteria {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    by = List.copyOf(by);
  }

  /**
   * What reading a FILTERDD data set gave: its criteria, or none and the errors (ADR1xxE, their
   * records and columns those of the data set) that reject it. No criteria and no error: the
   * records code nothing.
   */
  public record Read(Optional<FilterCriteria> criteria, List<Message> errors) {
    /** Copies the errors. */
    public Read {
      Objects.requireNonNull(criteria, "criteria");
      errors = List.copyOf(errors);
    }
  }

  /**
   * Reads {@code records} (card images) as filtering criteria, BY checked as on a command (a
   * RESTORE's task refuses a BY it cannot select by, as it does the command's). Never throws for
   * any text.
   */
  public static Read read(List<String> records) {
    Objects.requireNonNull(records, "records").forEach(r -> Objects.requireNonNull(r, "record"));
    List<Message> errors = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (Statement s : Lexer.scan(records)) {
      s.error().ifPresent(errors::add);
      tokens.addAll(s.tokens());
    }
    if (!errors.isEmpty()) {
      return new Read(Optional.empty(), errors);
    }
    if (tokens.stream().allMatch(t -> t.kind() == Token.Kind.COMMA)) {
      return new Read(Optional.empty(), List.of());
    }
    Statement all = new Statement(tokens.get(0).record(), records.size(), tokens,
        Optional.empty());
    Optional<FilterCriteria> criteria = StatementParser.filter(all, errors);
    return new Read(errors.isEmpty() ? criteria : Optional.empty(), errors);
  }
}
