package com.ibm.jzos.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * A COBOL copybook mapped as IBM's samples and generated record classes map one: a
 * CobolDatatypeFactory lays the fields out, and each writes the bytes Enterprise COBOL writes.
 */
class CobolRecordTest {

  // 01 ACCOUNT-RECORD.
  private static final CobolDatatypeFactory factory = new CobolDatatypeFactory();
  //   05 ACCT-ID          PIC X(8).
  static final StringField ID = factory.getStringField(8);
  //   05 OPENED           PIC S9(7)    COMP-3.
  static final PackedDecimalAsIntField OPENED = factory.getPackedDecimalAsIntField(7, true);
  //   05 BRANCH           PIC 9(5)     COMP-3.
  static final PackedDecimalAsIntField BRANCH = factory.getPackedDecimalAsIntField(5, false);
  //   05 BALANCE          PIC S9(9)V99 COMP-3.
  static final PackedDecimalAsBigDecimalField BALANCE =
      factory.getPackedDecimalAsBigDecimalField(11, 2, true);
  //   05 TXN-COUNT        PIC 9(4)     BINARY.
  static final BinaryAsIntField TXN_COUNT = factory.getBinaryAsIntField(4, false);
  //   05 LIMIT-CENTS      PIC S9(9)    BINARY.
  static final BinaryAsIntField LIMIT = factory.getBinaryAsIntField(9, true);
  //   05 CUSTOMER-NO      PIC 9(12)    BINARY.
  static final BinaryAsLongField CUSTOMER = factory.getBinaryAsLongField(12, false);
  //   05 SCORE            PIC S9(5).
  static final ExternalDecimalAsIntField SCORE = factory.getExternalDecimalAsIntField(5, true);
  //   05 ADJUSTMENT       PIC S9(3)V99 SIGN LEADING SEPARATE.
  static final ExternalDecimalAsBigDecimalField ADJUSTMENT =
      factory.getExternalDecimalAsBigDecimalField(5, 2, true, false, true, false);
  //   05 VISITS           PIC 9(3) BLANK WHEN ZERO.
  static final ExternalDecimalAsIntField VISITS =
      factory.getExternalDecimalAsIntField(3, false, false, false, true);
  //   05 FILLER           PIC X(4).
  static final ByteArrayField FILLER = factory.getByteArrayField(4);
  static final int LENGTH = factory.getOffset();

  private final byte[] record = new byte[LENGTH];

  @Test
  void fieldsFollowOneAnotherWithCobolsLengths() {
    // 8 + 4 + 3 + 6 + 2 + 4 + 8 + 5 + 6 + 3 + 4
    assertThat(LENGTH).isEqualTo(53);
    assertThat(OPENED.getOffset()).isEqualTo(8);
    assertThat(BALANCE.getByteLength()).isEqualTo(6);
    assertThat(CUSTOMER.getOffset()).isEqualTo(27);
    assertThat(ADJUSTMENT.getByteLength()).isEqualTo(6);
    assertThat(FILLER.getOffset()).isEqualTo(49);
  }

  @Test
  void writesTheBytesCobolWrites() {
    ID.putString("AB12", record);
    OPENED.putInt(-1234567, record);
    BRANCH.putInt(123, record);
    BALANCE.putBigDecimal(new BigDecimal("1234.5"), record);
    TXN_COUNT.putInt(65535, record);
    LIMIT.putInt(-2, record);
    CUSTOMER.putLong(999_999_999_999L, record);
    SCORE.putInt(-123, record);
    ADJUSTMENT.putBigDecimal(new BigDecimal("5.25"), record);
    VISITS.putInt(0, record);
    FILLER.putByteArray(new byte[] {1, 2}, record);

    assertThat(hex(ID)).isEqualTo("c1c2f1f240404040");
    assertThat(hex(OPENED)).isEqualTo("1234567d");
    assertThat(hex(BRANCH)).isEqualTo("00123f");
    assertThat(hex(BALANCE)).isEqualTo("00000123450c");
    assertThat(hex(TXN_COUNT)).isEqualTo("ffff");
    assertThat(hex(LIMIT)).isEqualTo("fffffffe");
    assertThat(hex(CUSTOMER)).isEqualTo("000000e8d4a50fff");
    assertThat(hex(SCORE)).isEqualTo("f0f0f1f2d3");
    assertThat(hex(ADJUSTMENT)).isEqualTo("4ef0f0f5f2f5");
    assertThat(hex(VISITS)).isEqualTo("404040");
    assertThat(hex(FILLER)).isEqualTo("01020000");
  }

  @Test
  void readsBackWhatItWrote() {
    ID.putString("AB12", record);
    OPENED.putInt(-1234567, record);
    BALANCE.putBigDecimal(new BigDecimal("-0.07"), record);
    CUSTOMER.putLong(999_999_999_999L, record);
    SCORE.putInt(42, record);
    ADJUSTMENT.putBigDecimal(new BigDecimal("-99.99"), record);
    VISITS.putInt(7, record);

    assertThat(ID.getString(record)).isEqualTo("AB12");
    assertThat(OPENED.getInt(record)).isEqualTo(-1234567);
    assertThat(BALANCE.getBigDecimal(record)).isEqualTo(new BigDecimal("-0.07"));
    assertThat(CUSTOMER.getLong(record)).isEqualTo(999_999_999_999L);
    assertThat(SCORE.getInt(record)).isEqualTo(42);
    assertThat(ADJUSTMENT.getBigDecimal(record)).isEqualTo(new BigDecimal("-99.99"));
    assertThat(VISITS.getInt(record)).isEqualTo(7);
  }

  @Test
  void readsWhatAnotherProgramWrote() {
    // Signs z/OS accepts besides its own: X'F' unsigned, X'B' minus, a zone F digit unsigned.
    byte[] bytes = HexFormat.of().parseHex("1234567f" + "00123b");
    assertThat(OPENED.getInt(bytes, -8)).isEqualTo(1234567);
    assertThat(BRANCH.getInt(bytes, -8)).isEqualTo(-123);
    byte[] blanks = HexFormat.of().parseHex("404040");
    assertThat(VISITS.getInt(blanks, -VISITS.getOffset())).isZero();
  }

  @Test
  void readsAtAnOffsetIntoALargerBuffer() {
    byte[] block = new byte[3 * LENGTH];
    SCORE.putInt(-5, block, 2 * LENGTH);
    SCORE.putInt(6, block, LENGTH);
    assertThat(SCORE.getInt(block, 2 * LENGTH)).isEqualTo(-5);
    assertThat(SCORE.getInt(block, LENGTH)).isEqualTo(6);
  }

  @Test
  void aBinaryFieldWithAFraction() {
    // 05 RATE PIC S9(7)V99 BINARY: four bytes, as PIC S9(9) BINARY.
    BinaryAsBigDecimalField rate = new CobolDatatypeFactory().getBinaryAsBigDecimalField(9, 2, true);
    assertThat(rate.getByteLength()).isEqualTo(4);
    rate.putBigDecimal(new BigDecimal("-1.5"), record);
    assertThat(HexFormat.of().formatHex(record, 0, 4)).isEqualTo("ffffff6a");
    assertThat(rate.getBigDecimal(record)).isEqualTo(new BigDecimal("-1.50"));
    assertThat(rate.getBigInteger(record)).isEqualTo(-150);
    rate.putBigDecimal(new BigDecimal("21474836.47"), record);
    assertThat(HexFormat.of().formatHex(record, 0, 4)).isEqualTo("7fffffff");
    assertThatThrownBy(() -> rate.putBigDecimal(new BigDecimal("21474836.48"), record))
        .hasMessage("BinaryAsBigDecimalField at offset 0: value 21474836.48 does not fit 4 signed"
            + " bytes");
    BinaryAsBigDecimalField unsigned = new BinaryAsBigDecimalField(0, 2, 1, false);
    unsigned.putBigDecimal(new BigDecimal("6553.5"), record);
    assertThat(HexFormat.of().formatHex(record, 0, 2)).isEqualTo("ffff");
    assertThat(unsigned.getBigDecimal(record)).isEqualTo(new BigDecimal("6553.5"));
    assertThatThrownBy(() -> unsigned.putBigDecimal(new BigDecimal("-0.1"), record))
        .hasMessageContaining("does not fit 2 unsigned bytes");
  }

  @Test
  void truncatesAFractionAsCobolsMoveDoes() {
    BALANCE.putBigDecimal(new BigDecimal("10.129"), record);
    assertThat(BALANCE.getBigDecimal(record)).isEqualTo(new BigDecimal("10.12"));
  }

  @Test
  void refusesAValueTheFieldCannotHold() {
    assertThatThrownBy(() -> BALANCE.putBigDecimal(new BigDecimal("1234567890.00"), record))
        .hasMessageContaining("value 1234567890.00 has more than 11 digits");
    assertThatThrownBy(() -> OPENED.putInt(12_345_678, record))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "PackedDecimalAsIntField at offset 8: value 12345678 has more than 7 digits");
    assertThatThrownBy(() -> BRANCH.putInt(-1, record))
        .hasMessageContaining("value -1 is negative and the field is unsigned");
    assertThatThrownBy(() -> TXN_COUNT.putInt(65536, record))
        .hasMessage("BinaryAsIntField at offset 21: value 65536 does not fit 2 unsigned bytes");
    assertThatThrownBy(() -> SCORE.putInt(100_000, record))
        .hasMessageContaining("has more than 5 digits");
    assertThatThrownBy(() -> FILLER.putByteArray(new byte[5], record))
        .hasMessage("ByteArrayField at offset 49: 5 bytes do not fit the field's 4");
    assertThat(record).containsOnly(0);
  }

  @Test
  void refusesBytesThatAreNotItsNumber() {
    byte[] bytes = new byte[LENGTH];
    bytes[11] = 0x45;
    assertThatThrownBy(() -> OPENED.getInt(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PackedDecimalAsIntField at offset 8: sign X'5' is not one of X'A' to X'F'");
    byte[] zoned = HexFormat.of().parseHex("f14bf2");
    assertThatThrownBy(() -> VISITS.getInt(zoned, -VISITS.getOffset()))
        .hasMessageContaining("byte X'4B' is not a zoned digit");
    byte[] separate = HexFormat.of().parseHex("f1f0f0f5f2f5");
    assertThatThrownBy(() -> ADJUSTMENT.getBigDecimal(separate, -ADJUSTMENT.getOffset()))
        .hasMessageContaining("sign byte X'F1' is not '+' or '-'");
  }

  @Test
  void aBlankWhereASignGoesIsNoNumber() {
    // A record padded with blanks where a PIC S9(5) was expected: as a packed sign X'0' is refused.
    byte[] blanks = HexFormat.of().parseHex("f0f0f1f240");
    assertThatThrownBy(() -> SCORE.getInt(blanks, -SCORE.getOffset()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ExternalDecimalAsIntField at offset 35: sign zone X'4' of byte X'40' is not"
            + " one of X'A' to X'F'");
    // An unsigned field's zones are not its number's.
    assertThat(VISITS.getInt(HexFormat.of().parseHex("f1f2c3"), -VISITS.getOffset()))
        .isEqualTo(123);
  }

  @Test
  void aBufferTooShortOrANullValueIsRefusedBeforeAByteIsWritten() {
    byte[] shortRecord = new byte[LENGTH - 2];
    assertThatThrownBy(() -> FILLER.putByteArray(new byte[] {1, 2, 3, 4}, shortRecord))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("ByteArrayField at offset 49: its 4 bytes at 49 are outside the buffer of 51"
            + " bytes");
    assertThatThrownBy(() -> LIMIT.putInt(-1, shortRecord, 40))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(shortRecord).containsOnly(0);
    assertThatThrownBy(() -> BALANCE.putBigDecimal(null, record))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("PackedDecimalAsBigDecimalField at offset 15: the value to put is null");
    assertThatThrownBy(() -> ID.putString(null, record)).isInstanceOf(NullPointerException.class);
    assertThat(record).containsOnly(0);
  }

  @Test
  void stringsAreCutOrRefusedAsTheFieldSays() {
    ID.putString("ACCOUNT-0001", record);
    assertThat(ID.getString(record)).isEqualTo("ACCOUNT-");
    StringField strict = new StringField(0, 4, true, false, false);
    assertThatThrownBy(() -> strict.putString("TOO LONG", record))
        .hasMessage("StringField at offset 0: \"TOO LONG\" is 8 bytes, the field 4");
    StringField right = new StringField(0, 6, false, true);
    right.putString("42", record);
    assertThat(right.getString(record)).isEqualTo("    42");
    assertThat(HexFormat.of().formatHex(record, 0, 6)).isEqualTo("40404040f4f2");
  }

  @Test
  void aFactorysStringSettingsApplyToTheFieldsItMakesAfter() {
    CobolDatatypeFactory ascii = new CobolDatatypeFactory();
    assertThat(ascii.getStringEncoding()).isEqualTo("IBM-1047");
    ascii.setStringEncoding("US-ASCII");
    ascii.setStringTrimDefault(false);
    StringField name = ascii.getStringField(4);
    name.putString("ab", record);
    assertThat(HexFormat.of().formatHex(record, 0, 4)).isEqualTo("61622020");
    assertThat(name.getString(record)).isEqualTo("ab  ");
  }

  @Test
  void cachingSettersCompareAsIbmsGeneratedClassesDo() {
    assertThat(OPENED.equals(null, 0)).isFalse();
    assertThat(OPENED.equals(7, 7)).isTrue();
    assertThat(CUSTOMER.equals(5L, 6L)).isFalse();
    assertThat(BALANCE.equals(new BigDecimal("2.50"), new BigDecimal("2.5"))).isTrue();
    assertThat(ID.equals(null, null)).isTrue();
    assertThat(FILLER.equals(new byte[] {1}, new byte[] {1})).isTrue();
  }

  private String hex(Field field) {
    return HexFormat.of()
        .formatHex(record, field.getOffset(), field.getOffset() + field.getByteLength());
  }
}
