package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The EXEC PARM as ADRDSSU takes it: the values ADR009T lists as valid, and no others. */
class ExecParmTest {
  @Test
  void noParmIsDfsmsdssDefault() {
    assertThat(ExecParm.parse(null)).isEqualTo(ExecParm.NONE);
    assertThat(ExecParm.parse("  ")).isEqualTo(ExecParm.NONE);
    assertThat(ExecParm.NONE.lineCount()).isEqualTo(60);
    assertThat(ExecParm.NONE.firstPage()).isEqualTo(1);
  }

  @Test
  void theKeywordsBwoActsOnAreTaken() {
    ExecParm p = ExecParm.parse("typrun=norun, LINECNT=9999,PAGENO=0,RUNID=NIGHT1");
    assertThat(p.noRun()).isTrue();
    assertThat(p.scan()).isFalse();
    assertThat(p.lineCount()).isEqualTo(9999);
    assertThat(p.firstPage()).isZero();
    assertThat(p.noEffect()).isEmpty();
    assertThat(ExecParm.parse("TYPRUN=SCAN").scan()).isTrue();
    assertThat(ExecParm.parse("TYPRUN=NORUN,TYPRUN=RUN").noRun()).isFalse();
  }

  @Test
  void tuningKeywordsAreCheckedAndKeptAsGiven() {
    ExecParm p = ExecParm.parse("SIZE=9999K,ABEND=0,AMSGCNT=1,TRACE=YES,UTILMSG=ERROR,"
        + "XABUFF=ABOVE16,ZBUFF64R=NO,RACFLOG=YES,SDUMP=999,SMSGCNT=9999,TMPMSGDS=NO,"
        + "WORKVOL=SYS001,WORKUNIT=SYSDA,useexcp=yes");
    assertThat(p.noEffect()).hasSize(14).endsWith("useexcp=yes");
    assertThat(p).usingRecursiveComparison().ignoringFields("noEffect")
        .isEqualTo(ExecParm.NONE);
  }

  @ParameterizedTest
  @CsvSource({"LINECNT=0, LINECNT", "LINECNT=10000, LINECNT", "LINECNT=A, LINECNT",
      "PAGENO=-1, PAGENO", "TYPRUN=HOLD, TYPRUN", "SIZE=10000K, SIZE", "SIZE=512, SIZE",
      "ABEND=1000, ABEND", "AMSGCNT=0, AMSGCNT", "TRACE=NO, TRACE", "UTILMSG=MAYBE, UTILMSG",
      "XABUFF=ABOVE, XABUFF", "SDUMP=1000, SDUMP", "WORKVOL=TOOLONG1, WORKVOL",
      "USEEXCP=Y, USEEXCP"})
  void aValueAdrdssuDoesNotTakeIsAdr009tWithReturnCode12(String parm, String keyword) {
    assertThatThrownBy(() -> ExecParm.parse("TYPRUN=NORUN," + parm))
        .isInstanceOfSatisfying(BwoException.class, e -> {
          assertThat(e.message().id()).isEqualTo(Msg.ADR009T);
          assertThat(e.message().text())
              .isEqualTo("INVALID " + keyword + " VALUE SPECIFIED IN PARM STATEMENT");
          assertThat(e.returnCode()).isEqualTo(12);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"LINECOUNT=60", "NORUN", "XYZ=1"})
  void aKeywordAdrdssuDoesNotHaveIsBwo515e(String parm) {
    assertThatThrownBy(() -> ExecParm.parse(parm))
        .isInstanceOfSatisfying(BwoException.class, e -> {
          assertThat(e.message().id()).isEqualTo(Msg.BWO515E);
          assertThat(e.message().text()).startsWith("PARM '" + parm + "' IS NOT SUPPORTED BY BWO");
        });
  }
}
