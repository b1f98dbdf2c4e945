package com.ibm.jzos.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every value a field can hold reads back as written, whatever its shape and place. */
class FieldRoundTripProperties {

  /** A field's digits or bytes, whether it is signed, and a value it holds. */
  record Sized(int size, boolean signed, long value) {}

  @Property
  void packedLongs(
      @ForAll("digitsAndValue") Sized sized, @ForAll @IntRange(min = 0, max = 7) int offset) {
    PackedDecimalAsLongField field =
        new PackedDecimalAsLongField(offset, sized.size(), sized.signed());
    byte[] buffer = new byte[3 + offset + field.getByteLength()];
    field.putLong(sized.value(), buffer, 3);
    assertThat(field.getLong(buffer, 3)).isEqualTo(sized.value());
  }

  @Property
  void zonedLongsOfEveryShape(
      @ForAll("digitsAndValue") Sized sized,
      @ForAll boolean signTrailing,
      @ForAll boolean signExternal,
      @ForAll boolean blankWhenZero) {
    ExternalDecimalAsLongField field =
        new ExternalDecimalAsLongField(
            2, sized.size(), sized.signed(), signTrailing, signExternal, blankWhenZero);
    byte[] buffer = new byte[2 + field.getByteLength()];
    field.putLong(sized.value(), buffer);
    assertThat(field.getLong(buffer)).isEqualTo(sized.value());
    assertThat(field.getByteLength())
        .isEqualTo(sized.size() + (sized.signed() && signExternal ? 1 : 0));
  }

  @Property
  void binaryLongs(@ForAll("bytesAndValue") Sized sized) {
    BinaryAsLongField field = new BinaryAsLongField(0, sized.size(), sized.signed());
    byte[] buffer = new byte[sized.size()];
    field.putLong(sized.value(), buffer);
    assertThat(field.getLong(buffer)).isEqualTo(sized.value());
  }

  @Property
  void binaryBigIntegers(@ForAll("bytesAndValue") Sized sized) {
    BinaryAsBigIntegerField field = new BinaryAsBigDecimalField(1, sized.size(), 0, sized.signed());
    byte[] buffer = new byte[1 + sized.size()];
    field.putBigInteger(BigInteger.valueOf(sized.value()), buffer);
    assertThat(field.getBigInteger(buffer)).isEqualTo(sized.value());
    byte[] asLong = new byte[1 + sized.size()];
    new BinaryAsLongField(1, sized.size(), sized.signed()).putLong(sized.value(), asLong);
    assertThat(buffer).isEqualTo(asLong);
  }

  @Property
  void decimalsWithAScale(
      @ForAll("digitsAndUnscaled") BigDecimal value, @ForAll boolean packed) {
    int precision = Math.max(value.precision(), value.scale());
    BigDecimalAccessor field =
        packed
            ? new PackedDecimalAsBigDecimalField(0, precision, value.scale(), true)
            : new ExternalDecimalAsBigDecimalField(
                0, precision, value.scale(), true, false, true, false);
    byte[] buffer = new byte[field.getByteLength()];
    field.putBigDecimal(value, buffer);
    assertThat(field.getBigDecimal(buffer)).isEqualTo(value);
  }

  @Provide
  Arbitrary<Sized> digitsAndValue() {
    return Arbitraries.integers().between(1, 18).flatMap(digits -> Arbitraries.of(true, false)
        .flatMap(signed -> {
          long max = BigInteger.TEN.pow(digits).longValueExact() - 1;
          return Arbitraries.longs().between(signed ? -max : 0, max)
              .map(value -> new Sized(digits, signed, value));
        }));
  }

  @Provide
  Arbitrary<Sized> bytesAndValue() {
    return Arbitraries.integers().between(1, 8).flatMap(bytes -> Arbitraries.of(true, false)
        .flatMap(signed -> {
          int bits = 8 * bytes;
          long min = signed ? (bits == 64 ? Long.MIN_VALUE : -(1L << bits - 1)) : 0;
          long max = bits == 64 ? Long.MAX_VALUE : signed ? (1L << bits - 1) - 1 : (1L << bits) - 1;
          return Arbitraries.longs().between(min, max)
              .map(value -> new Sized(bytes, signed, value));
        }));
  }

  @Provide
  Arbitrary<BigDecimal> digitsAndUnscaled() {
    return Arbitraries.integers().between(1, 31).flatMap(digits -> {
      BigInteger max = BigInteger.TEN.pow(digits).subtract(BigInteger.ONE);
      return Arbitraries.bigIntegers().between(max.negate(), max)
          .flatMap(unscaled -> Arbitraries.integers().between(0, digits)
              .map(scale -> new BigDecimal(unscaled, scale)));
    });
  }
}
