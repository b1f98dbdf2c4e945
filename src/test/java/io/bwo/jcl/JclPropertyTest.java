package io.bwo.jcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever text it is given, the reader gives a job or a BWO701E/BWO702E refusal. */
class JclPropertyTest {

  @Property(tries = 2000)
  void arbitraryTextGivesAJobOrARefusal(@ForAll String text) {
    assertJobOrRefusal(text);
  }

  @Property(tries = 3000)
  void jclLikeTextGivesAJobOrARefusal(@ForAll("jclLike") String text) {
    assertJobOrRefusal(text);
  }

  private static void assertJobOrRefusal(String text) {
    try {
      JclJob job = Jcl.read("p.jcl", text, Map.of());
      assertThat(job.stepCount()).isPositive();
    } catch (BwoException e) {
      assertThat(e.message().id()).isIn(Msg.BWO701E, Msg.BWO702E);
    }
  }

  @Provide
  Arbitrary<String> jclLike() {
    Arbitrary<String> names = Arbitraries.of("", "J", "S1", "S2", "DD1", "SYSIN", "P", "S1.DD1",
        "P.A", "A");
    Arbitrary<String> ops = Arbitraries.of("JOB", "EXEC", "DD", "SET", "IF", "ELSE", "ENDIF",
        "PROC", "PEND", "JCLLIB", "EXPORT", "XX");
    Arbitrary<String> operands = Arbitraries.of("PGM=IEFBR14", "P", "P,A=1", "DSN=A.B,DISP=SHR",
        "DSN=A.B(+1),DISP=(NEW,CATLG,DELETE)", "*", "DATA,DLM=$$", "*,DLM=@@", "SYSOUT=*",
        "DUMMY", "PATH='/tmp/x'", "A=&B", "A=1", "(RC > 4) THEN", "S1.RC = 0 THEN",
        "PARM='X Y',", "PARM='OPEN", "COND=(4,LT)", "COND=((4,LT),EVEN)", "DSN=&&T",
        "DSN=*.S1.DD1", "(", "'", "&", "&&", ",", "PGM=X,PARM=(A,'B')", "DISP=(,PASS)",
        "ABEND THEN", "PARM.A=1", "DSN=A.B(+99999999999),DISP=NEW", "COND=(99999999999,LT)",
        "COND.A=EVEN", "HLQ=X", "SYMBOLS=JCLONLY", "SYMLIST=*", "SYMLIST=(A,B)",
        "SYMLIST=(*,9)", "SYMLIST='A,", "*,SYMBOLS=(JCLONLY)", "");
    Arbitrary<String> statement = Combinators.combine(names, ops, operands)
        .as((n, o, p) -> "//" + n + " " + o + " " + p);
    Arbitrary<String> line = Arbitraries.oneOf(statement, statement, statement,
        Arbitraries.of("//* COMMENT", "/*", "//", " DATA LINE", "$$", "@@", "", "/*JOBPARM X",
            "//             CONT", "//   CONTINUED=1"),
        Arbitraries.strings().ofMaxLength(90));
    Arbitrary<String> header = Arbitraries.of("", "//J JOB\n", "//J JOB\n//S0 EXEC PGM=A\n");
    return Combinators.combine(header, line.list().ofMaxSize(14))
        .as((h, l) -> h + join(l));
  }

  private static String join(List<String> lines) {
    return String.join("\n", lines);
  }
}
