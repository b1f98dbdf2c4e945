package io.bwo.journal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The identity of one run of a dump: every attempt of the same run carries the same id, so that a
 * re-run after success does nothing and a re-run after a failure cleans up and redoes.
 *
 * <p>1 to 64 characters of {@code A-Z a-z 0-9 . _ : @ # $ -}, which holds the schedulers' own
 * execution ids (JP1/AJS3 {@code @A123}, a Control-M order id, an IBM Workload Scheduler job
 * name like {@code CPU1#SCHED.JOB}). The id names a folder of the journal, hence the short
 * alphabet and the refusal of {@code .} and {@code ..}.
 */
public record RunId(String value) {

  public static final int MAX_LENGTH = 64;

  private static final String PUNCTUATION = "._:@#$-";
  /** Characters of the job name and job id kept in a derived id; the hash keeps it unique. */
  private static final int DERIVED_PART_LENGTH = 16;

  private static final int DERIVED_HASH_HEX = 16;

  public RunId {
    String broken = brokenRule(value);
    if (broken != null) {
      throw BwoException.of(Msg.BWO601E, value, "ARGUMENT", broken);
    }
  }

  /** The id {@code s}, exactly as given (ids are case-sensitive); BWO601E names the broken rule. */
  @JsonCreator
  public static RunId parse(String s) {
    return new RunId(Objects.requireNonNullElse(s, ""));
  }

  /**
   * The id of a run whose caller gave none: job name and job id (made to fit the alphabet) and a
   * hash of both with the SYSIN's digest, e.g. {@code DUMPJOB.JOB01234.5f0c3a9e1b2d7c44}. The same
   * job, job id and SYSIN always give the same id.
   */
  public static RunId derive(String jobName, String jobId, byte[] sysinDigest) {
    Objects.requireNonNull(jobName, "jobName");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(sysinDigest, "sysinDigest");
    StringBuilder id = new StringBuilder();
    for (String part : new String[] {jobName, jobId}) {
      String fitted = fit(part);
      if (!fitted.isEmpty()) {
        id.append(fitted).append('.');
      }
    }
    MessageDigest sha = sha256();
    // Length-prefixed so that ("AB", "C") and ("A", "BC") hash differently.
    for (byte[] field :
        new byte[][] {
          jobName.getBytes(StandardCharsets.UTF_8), jobId.getBytes(StandardCharsets.UTF_8), sysinDigest
        }) {
      sha.update(Integer.toString(field.length).getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) ':');
      sha.update(field);
    }
    id.append(HexFormat.of().formatHex(sha.digest()), 0, DERIVED_HASH_HEX);
    return new RunId(id.toString());
  }

  /** True when {@code c} may appear in a run id. */
  static boolean allowed(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || PUNCTUATION.indexOf(c) >= 0;
  }

  /** The rule {@code s} breaks, in words for BWO601E, or null when it is a valid id. */
  static String brokenRule(String s) {
    if (s == null || s.isEmpty()) {
      return "A RUN ID IS 1 TO " + MAX_LENGTH + " CHARACTERS";
    }
    if (s.length() > MAX_LENGTH) {
      return "IT HAS " + s.length() + " CHARACTERS, AT MOST " + MAX_LENGTH + " ARE ALLOWED";
    }
    for (int i = 0; i < s.length(); i++) {
      if (!allowed(s.charAt(i))) {
        return "CHARACTER '" + s.charAt(i) + "' AT POSITION " + (i + 1)
            + " IS NOT ONE OF A-Z a-z 0-9 " + PUNCTUATION;
      }
    }
    if (s.equals(".") || s.equals("..")) {
      return "'.' AND '..' ARE NOT RUN IDS";
    }
    return null;
  }

  private static String fit(String part) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < part.length() && b.length() < DERIVED_PART_LENGTH; i++) {
      char c = part.charAt(i);
      b.append(allowed(c) ? c : '_');
    }
    return b.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
