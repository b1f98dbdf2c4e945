package io.bwo.dss;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The EXEC PARM of an ADRDSSU step, as DFSMSdss takes it: comma-separated keywords, each checked
 * as DFSMSdss checks it (ADR009T names the one whose value is not valid).
 *
 * <p>What bwo does with them: {@code TYPRUN=NORUN} lists what would be processed, {@code
 * TYPRUN=SCAN} only checks the control statements, {@code LINECNT} and {@code PAGENO} lay out the
 * listing, {@code RUNID} names the run ({@code io.bwo.journal.RunIds}). The others tune DFSMSdss
 * itself on z/OS (storage, abends, SMF, work volumes): their values are checked and they are
 * listed as having no effect ({@link #noEffect}), so a site's JCL runs unchanged.
 *
 * @param noRun {@code TYPRUN=NORUN}
 * @param scan {@code TYPRUN=SCAN}
 * @param lineCount lines per listing page ({@code LINECNT}, default 60)
 * @param firstPage the number of the listing's first page ({@code PAGENO}, default 1)
 * @param noEffect the keywords given that do nothing here, as given
 */
public record ExecParm(boolean noRun, boolean scan, int lineCount, int firstPage,
    List<String> noEffect) {

  /** DFSMSdss's own default: 60 lines per page, from page 1. */
  public static final ExecParm NONE = new ExecParm(false, false, 60, 1, List.of());

  private static final Pattern YES_NO = Pattern.compile("YES|NO");
  private static final Pattern VOLSER = Pattern.compile("[A-Z0-9@#$]{1,6}");
  private static final Pattern UNIT = Pattern.compile("[A-Z0-9@#$/]{1,8}");

  /**
   * The keywords that tune DFSMSdss on z/OS and have no meaning here, with the values DFSMSdss
   * allows (MVS System Messages, ADR009T).
   */
  private static final Map<String, Predicate<String>> NO_EFFECT = Map.ofEntries(
      Map.entry("SIZE", v -> v.matches("\\d{1,4}K")), // at most 9999K
      Map.entry("ABEND", v -> inRange(v, 0, 999)),
      Map.entry("AMSGCNT", v -> inRange(v, 1, 9999)),
      Map.entry("TRACE", v -> v.equals("YES")),
      Map.entry("UTILMSG", v -> v.matches("YES|NO|ERROR")),
      Map.entry("XABUFF", v -> v.matches("ABOVE16|BELOW16")),
      Map.entry("ZBUFF64R", v -> YES_NO.matcher(v).matches()),
      Map.entry("RACFLOG", v -> YES_NO.matcher(v).matches()),
      Map.entry("SDUMP", v -> inRange(v, 0, 999)),
      Map.entry("SMSGCNT", v -> inRange(v, 1, 9999)),
      Map.entry("TMPMSGDS", v -> YES_NO.matcher(v).matches()),
      Map.entry("WORKVOL", v -> VOLSER.matcher(v).matches()),
      Map.entry("WORKUNIT", v -> UNIT.matcher(v).matches()),
      Map.entry("USEEXCP", v -> YES_NO.matcher(v).matches()));

  public ExecParm {
    noEffect = List.copyOf(noEffect);
  }

  /**
   * The PARM {@code parm} (null or blank: {@link #NONE}).
   *
   * @throws BwoException ADR009T for a DFSMSdss keyword whose value is not valid, BWO515E for a
   *     keyword DFSMSdss does not have
   */
  public static ExecParm parse(String parm) {
    if (parm == null || parm.isBlank()) {
      return NONE;
    }
    boolean noRun = NONE.noRun;
    boolean scan = NONE.scan;
    int lineCount = NONE.lineCount;
    int firstPage = NONE.firstPage;
    List<String> noEffect = new ArrayList<>();
    for (String item : parm.split(",")) {
      String given = item.trim();
      if (given.isEmpty()) {
        continue;
      }
      String upper = given.toUpperCase(Locale.ROOT);
      int eq = upper.indexOf('=');
      String keyword = eq < 0 ? upper : upper.substring(0, eq);
      String value = eq < 0 ? "" : upper.substring(eq + 1);
      switch (keyword) {
        case "TYPRUN" -> {
          // TYPRUN=RUN is bwo's: how a PARM that once said NORUN says "run" (kept as given).
          if (!value.matches("NORUN|SCAN|RUN")) {
            throw invalid(keyword);
          }
          noRun = value.equals("NORUN");
          scan = value.equals("SCAN");
        }
        case "LINECNT" -> lineCount = number(keyword, value, 1);
        case "PAGENO" -> firstPage = number(keyword, value, 0);
        case "RUNID" -> {
          // Resolved with the option and BWO_RUN_ID by RunIds, in their order.
        }
        default -> {
          Predicate<String> valid = NO_EFFECT.get(keyword);
          if (valid == null) {
            throw BwoException.of(Msg.BWO515E, "PARM '" + given + "'",
                "ADRDSSU TAKES TYPRUN, LINECNT, PAGENO AND ITS OTHER DOCUMENTED KEYWORDS; BWO ADDS"
                    + " RUNID=id");
          }
          if (!valid.test(value)) {
            throw invalid(keyword);
          }
          noEffect.add(given);
        }
      }
    }
    return new ExecParm(noRun, scan, lineCount, firstPage, noEffect);
  }

  private static int number(String keyword, String value, int min) {
    if (!inRange(value, min, 9999)) {
      throw invalid(keyword);
    }
    return Integer.parseInt(value);
  }

  private static boolean inRange(String value, int min, int max) {
    if (!value.matches("\\d{1,4}")) {
      return false;
    }
    int n = Integer.parseInt(value);
    return n >= min && n <= max;
  }

  private static BwoException invalid(String keyword) {
    return BwoException.of(Msg.ADR009T, keyword);
  }
}
