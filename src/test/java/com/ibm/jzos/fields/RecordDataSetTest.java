package com.ibm.jzos.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.jzos.RecordReader;
import com.ibm.jzos.ZFile;
import com.ibm.jzos.ZFileConstants;
import io.bwo.platform.LocalSystemTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A program as IBM's samples write one: fixed records of a copybook's layout written to a data
 * set, then read back record by record and decoded with the fields, as on z/OS.
 */
class RecordDataSetTest extends LocalSystemTest {

  @Test
  void recordsWrittenWithTheFieldsReadBackThroughARecordReader() throws IOException {
    String[] ids = {"ACCT0001", "ACCT0002", "ACCT0003", "ACCT0004"};
    // -10.00 packs to X'00000001000D' and a count of 10 is X'000A': a line end and a carriage
    // return, which records as z/OS holds them, back to back, carry as any other byte.
    String[] balances = {"1234.50", "-0.07", "999999999.99", "-10.00"};
    ZFile out = new ZFile("//'HLQ.ACCOUNTS'",
        "wb,type=record,recfm=fb,lrecl=" + CobolRecordTest.LENGTH);
    try {
      for (int i = 0; i < ids.length; i++) {
        byte[] record = new byte[CobolRecordTest.LENGTH];
        CobolRecordTest.ID.putString(ids[i], record);
        CobolRecordTest.BALANCE.putBigDecimal(new BigDecimal(balances[i]), record);
        CobolRecordTest.SCORE.putInt(i - 1, record);
        CobolRecordTest.TXN_COUNT.putInt(10 + i, record);
        out.write(record);
      }
    } finally {
      out.close();
    }

    List<String> read = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    RecordReader in = RecordReader.newReader("//'HLQ.ACCOUNTS'", ZFileConstants.FLAG_DISP_SHR);
    try {
      assertThat(in.getLrecl()).isEqualTo(CobolRecordTest.LENGTH);
      byte[] record = new byte[in.getLrecl()];
      while (in.read(record) >= 0) {
        read.add(CobolRecordTest.ID.getString(record) + " " + CobolRecordTest.SCORE.getInt(record)
            + " " + CobolRecordTest.TXN_COUNT.getInt(record));
        total = total.add(CobolRecordTest.BALANCE.getBigDecimal(record));
      }
    } finally {
      in.close();
    }
    assertThat(read)
        .containsExactly("ACCT0001 -1 10", "ACCT0002 0 11", "ACCT0003 1 12", "ACCT0004 2 13");
    assertThat(total).isEqualTo(new BigDecimal("1000001224.42"));
  }
}
