package com.ibm.jzos.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * An assembler DSECT mapped as JZOS's RecordClassGenerator maps one: lengths in bytes, {@code DS
 * 0F} as a push, a field and a pop, {@code ORG} as a step back.
 */
class AssemblerRecordTest {

  // SMFHDR   DSECT
  private static final AssemblerDatatypeFactory factory = new AssemblerDatatypeFactory();
  static final int SMFHDR = factory.getOffset();
  //          DS    0F
  static {
    factory.pushOffset();
    factory.getBinaryAsIntField(4, true);
    factory.popOffset();
  }
  // SMFLEN   DS    BL2
  static final BinaryAsIntField LEN = factory.getBinaryAsIntField(2, false);
  // SMFTME   DS    BL4
  static final BinaryAsLongField TME = factory.getBinaryAsLongField(4, false);
  // SMFDTE   DS    PL4
  static final PackedDecimalAsIntField DTE = factory.getPackedDecimalAsIntField(4, true);
  // SMFSID   DS    CL4
  static final StringField SID = factory.getStringField(4, true);
  // SMFAREA  DS    XL8
  static final ByteArrayField AREA = factory.getByteArrayField(8);
  //          ORG   SMFAREA
  static {
    factory.incrementOffset(-8);
  }
  // SMFSSI   DS    CL4
  static final StringField SSI = factory.getStringField(4, true);
  // SMFCNT   DS    ZL3
  static final ExternalDecimalAsIntField CNT = factory.getExternalDecimalAsIntField(3, true);
  // SMFTOT   DS    PL10
  static final PackedDecimalAsLongField TOT = factory.getPackedDecimalAsLongField(10, false);

  @Test
  void lengthsAreBytesAndOrgStepsBack() {
    assertThat(SMFHDR).isZero();
    assertThat(LEN.getOffset()).isZero();
    assertThat(DTE.getPrecision()).isEqualTo(7);
    assertThat(SID.getOffset()).isEqualTo(10);
    assertThat(SSI.getOffset()).isEqualTo(AREA.getOffset());
    assertThat(CNT.getOffset()).isEqualTo(18);
    assertThat(TOT.getByteLength()).isEqualTo(10);
    assertThat(factory.getOffset()).isEqualTo(31);
  }

  @Test
  void readsAnSmfStyleHeader() {
    byte[] record =
        HexFormat.of()
            .parseHex("0120" + "ffffffff" + "0126342f" + "e2e8e2f1" + "d9c1c3c6" + "f1f2d3"
                + "0000000000000012345f");
    assertThat(LEN.getInt(record)).isEqualTo(288);
    assertThat(TME.getLong(record)).isEqualTo(4_294_967_295L);
    assertThat(DTE.getInt(record)).isEqualTo(126342);
    assertThat(SID.getString(record)).isEqualTo("SYS1");
    assertThat(SSI.getString(record)).isEqualTo("RACF");
    assertThat(HexFormat.of().formatHex(AREA.getByteArray(record))).isEqualTo("d9c1c3c6f1f2d300");
    assertThat(CNT.getInt(record)).isEqualTo(-123);
    assertThat(TOT.getLong(record)).isEqualTo(12345);
  }

  @Test
  void aPopWithoutAPushIsRefused() {
    assertThatThrownBy(new AssemblerDatatypeFactory()::popOffset)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("popOffset() without a pushOffset() before it");
  }

  @Test
  void aLengthNoFieldOfTheTypeHasIsRefused() {
    AssemblerDatatypeFactory another = new AssemblerDatatypeFactory();
    assertThatThrownBy(() -> another.getBinaryAsIntField(5, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("binary field length 5 is not between 1 and 4");
    assertThatThrownBy(() -> another.getPackedDecimalAsIntField(6, true))
        .hasMessage("packed decimal length 6 is not between 1 and 5");
    assertThat(another.getOffset()).isZero();
  }
}
