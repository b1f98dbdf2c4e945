package io.bwo.control;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts SYSIN card images into statements of tokens, by DFSMSdss's coding rules: columns 2 to 72
 * only; a {@code -} as the last non-blank character continues the statement on the next record
 * (and separates like a blank; a {@code +} there, IDCAMS's other mark, is refused by name);
 * {@code /* ... *}{@code /} comments, which must end on their record unless it is continued;
 * separators are blanks, commas and comments; parentheses are tokens of their own.
 */
final class Lexer {
  static final int FIRST_COLUMN = 2;
  static final int LAST_COLUMN = 72;

  private final List<String> records;
  private final List<Statement> statements = new ArrayList<>();

  // The statement being built.
  private final List<Token> tokens = new ArrayList<>();
  private final StringBuilder word = new StringBuilder();
  private int wordRecord;
  private int wordColumn;

  private Lexer(List<String> records) {
    this.records = records;
  }

  /**
   * The statements of {@code records}, in order, those with a lexical error and the null
   * statements included.
   */
  static List<Statement> scan(List<String> records) {
    Lexer lexer = new Lexer(records);
    lexer.run();
    return lexer.statements;
  }

  private void run() {
    int i = 0;
    while (i < records.size()) {
      i = statement(i);
    }
  }

  /** Reads the statement that starts at index {@code first}; returns the index after it. */
  private int statement(int first) {
    tokens.clear();
    boolean inComment = false;
    Token commentStart = null;
    Token plus = null;
    int i = first;
    while (true) {
      String field = field(records.get(i));
      int end = field.stripTrailing().length();
      boolean continued = end > 0 && field.charAt(end - 1) == '-';
      int contentEnd = continued ? end - 1 : end;
      int record = i + 1;
      for (int j = 0; j < contentEnd; j++) {
        char c = field.charAt(j);
        boolean pairNext = j + 1 < contentEnd;
        if (inComment) {
          if (c == '*' && pairNext && field.charAt(j + 1) == '/') {
            inComment = false;
            j++;
          }
        } else if (c == '/' && pairNext && field.charAt(j + 1) == '*') {
          endWord();
          inComment = true;
          commentStart = new Token(Token.Kind.WORD, field.substring(j, contentEnd).strip(), record,
              j + FIRST_COLUMN);
          j++;
        } else if (c == ' ') {
          endWord();
        } else if (c == '(' || c == ')' || c == ',') {
          endWord();
          Token.Kind kind = c == '(' ? Token.Kind.OPEN
              : c == ')' ? Token.Kind.CLOSE : Token.Kind.COMMA;
          tokens.add(new Token(kind, String.valueOf(c), record, j + FIRST_COLUMN));
        } else {
          if (word.length() == 0) {
            wordRecord = record;
            wordColumn = j + FIRST_COLUMN;
          }
          word.append(c);
        }
      }
      endWord(); // a record boundary separates, continued or not
      i++;
      if (inComment && !continued) {
        return failed(i, Msg.ADR111E, commentStart);
      }
      // IDCAMS continues with '+' too; DFSMSdss is not confirmed to. The records it continues are
      // read with the statement, so that the one error names the '+', not what follows it.
      boolean plusEnds = !continued && end > 0 && field.charAt(end - 1) == '+';
      if (plusEnds && plus == null) {
        plus = new Token(Token.Kind.WORD, "+", record, end - 1 + FIRST_COLUMN);
      }
      if (!continued && !(plusEnds && i < records.size())) {
        break;
      }
      if (i == records.size()) {
        Token dash = new Token(Token.Kind.WORD, "-", record, contentEnd + FIRST_COLUMN);
        return failed(i, Msg.ADR112E, dash);
      }
    }
    if (plus != null) {
      return failed(i, Msg.ADR113E, plus);
    }
    // Records of blanks, commas and comments only code nothing: a null statement.
    boolean coded = tokens.stream().anyMatch(t -> t.kind() != Token.Kind.COMMA);
    statements.add(new Statement(coded ? tokens.get(0).record() : first + 1, i, tokens,
        Optional.empty()));
    return i;
  }

  private int failed(int next, Msg id, Token at) {
    int first = tokens.isEmpty() ? at.record() : tokens.get(0).record();
    Message error = Message.of(id, first, at.text(), at.record(), at.column());
    statements.add(new Statement(first, next, tokens, Optional.of(error)));
    return next;
  }

  private void endWord() {
    if (word.length() > 0) {
      tokens.add(new Token(Token.Kind.WORD, word.toString(), wordRecord, wordColumn));
      word.setLength(0);
    }
  }

  /** Columns 2 to 72 of a card image; shorter records are as if padded with blanks. */
  static String field(String record) {
    if (record.length() < FIRST_COLUMN) {
      return "";
    }
    return record.substring(FIRST_COLUMN - 1, Math.min(record.length(), LAST_COLUMN));
  }
}
