package com.ibm.jzos;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A partitioned data set's directory, opened through {@link ZFile} and read entry by entry, as
 * IBM's class does: {@code new PdsDirectory("//'HLQ.LIB'")} (or {@code "//DD:NAME"}), then {@link
 * #iterator()} gives a {@link MemberInfo} for each member. Off z/OS the library is a directory of
 * the data set directory and its directory blocks are made from its files ({@link LocalLibrary}).
 * Not thread-safe, as IBM's is not.
 */
public class PdsDirectory implements AutoCloseable {
  private static final byte[] LAST = {-1, -1, -1, -1, -1, -1, -1, -1};

  private final ZFile directory;

  /** Opens the directory of the partitioned data set {@code pdsName}, a name {@link ZFile} takes. */
  public PdsDirectory(String pdsName) throws ZFileException {
    ZFile opened = new ZFile(pdsName, "rb,type=record,noseek");
    if (opened.getDsorg() != ZFileConstants.DSORG_PDS_DIR) {
      opened.close();
      throw new ZFileException(pdsName, "not a partitioned data set", ZFileException.EINVAL);
    }
    this.directory = opened;
  }

  /**
   * An iterator over the directory's entries, a {@link MemberInfo} each, to its last entry (eight
   * X'FF'). It reads the directory as it goes; a read that fails throws {@link
   * UncheckedIOException}.
   */
  @SuppressWarnings("rawtypes")
  public Iterator iterator() {
    return new Entries();
  }

  /** Closes the underlying {@link ZFile}. */
  @Override
  public void close() throws ZFileException {
    directory.close();
  }

  /** The directory's entries, block by block. */
  private final class Entries implements Iterator<MemberInfo> {
    private final byte[] block = new byte[LocalLibrary.BLOCK];
    private int used;
    private int offset;
    private boolean ended;
    private MemberInfo next;

    @Override
    public boolean hasNext() {
      if (next == null && !ended) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public MemberInfo next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more members");
      }
      MemberInfo member = next;
      next = null;
      return member;
    }

    private MemberInfo advance() {
      try {
        while (offset + 12 > used) {
          if (directory.read(block) < 0) {
            ended = true;
            return null;
          }
          used = Math.min(ByteBuffer.wrap(block).getShort() & 0xFFFF, block.length);
          offset = 2;
        }
      } catch (ZFileException e) {
        throw new UncheckedIOException(e);
      }
      if (Arrays.equals(block, offset, offset + 8, LAST, 0, 8)) {
        ended = true;
        return null;
      }
      MemberInfo member = new MemberInfo(block, offset);
      offset += member.length();
      return member;
    }
  }

  /** A member's directory entry: its name, TTR, whether it is an alias, and its user data. */
  public static class MemberInfo {
    private final String name;
    private final boolean alias;
    private final byte[] userData;

    /** Maps the directory entry at {@code offset} of {@code bytes}, a directory block. */
    public MemberInfo(byte[] bytes, int offset) {
      this.name = new String(bytes, offset, 8, LocalLibrary.Ebcdic.CHARSET).strip();
      int c = bytes[offset + 11] & 0xFF;
      this.alias = (c & 0x80) != 0;
      this.userData = Arrays.copyOfRange(bytes, offset + 12, offset + 12 + (c & 0x1F) * 2);
    }

    /** The member name, 1 to 8 characters, blanks trimmed. */
    public String getName() {
      return name;
    }

    /**
     * The ISPF statistics in the member's user data; null when it holds none (a member written by
     * a program rather than saved by an editor, or a load module).
     */
    public Statistics getStatistics() {
      return userData.length >= 30 ? new Statistics(userData) : null;
    }

    /** The entry's length in its block: name, TTR, the count byte, and the user data. */
    int length() {
      return 12 + userData.length;
    }

    /** The member name and, if present, its ISPF statistics. */
    @Override
    public String toString() {
      Statistics stats = getStatistics();
      String shown = String.format("%-8s", name) + (alias ? " (alias)" : "");
      return stats == null ? shown : shown + " " + stats;
    }

    /**
     * ISPF statistics from a member's user data, in IBM's public fields: version and modification
     * level, created and changed, line counts (the extended fullword counts where flag bit X'20'
     * says they are there) and the user who saved it last.
     */
    public class Statistics {
      /** The version, 1 to 99. */
      public int version;
      /** The modification level, 0 to 99. */
      public int mod;
      /** The flags byte: X'80' SCLM, X'20' extended statistics. */
      public byte flags;
      /** The day it was created (at midnight, local time). */
      public Date creationDate;
      /** When it was last changed, to the second (local time). */
      public Date modificationDate;
      /** Its number of lines. */
      public int currentLines;
      /** Its number of lines when created. */
      public int initialLines;
      /** The number of lines changed. */
      public int modifiedLines;
      /** The user id that saved it last. */
      public String userid;

      /** Empty statistics, for its fields to be set. */
      public Statistics() {}

      private Statistics(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data);
        version = b.get() & 0xFF;
        mod = b.get() & 0xFF;
        flags = b.get();
        int seconds = unpack(b.get());
        LocalDate created = julian(b.getInt());
        LocalDate changed = julian(b.getInt());
        int hours = unpack(b.get());
        int minutes = unpack(b.get());
        currentLines = b.getShort() & 0xFFFF;
        initialLines = b.getShort() & 0xFFFF;
        modifiedLines = b.getShort() & 0xFFFF;
        byte[] id = new byte[8];
        b.get(id);
        userid = new String(id, LocalLibrary.Ebcdic.CHARSET).strip();
        if ((flags & LocalLibrary.EXTENDED) != 0 && data.length >= 40) {
          currentLines = b.getInt();
          initialLines = b.getInt();
          modifiedLines = b.getInt();
        }
        creationDate = created == null ? null : date(created.atStartOfDay());
        modificationDate = changed == null || hours > 23 || minutes > 59 || seconds > 59 ? null
            : date(changed.atTime(hours, minutes, seconds));
      }

      /** Version and level, created, changed, lines (current, initial, changed) and user id. */
      @Override
      public String toString() {
        return String.format("%02d.%02d %tF %tF %tT %6d %6d %6d %s", version, mod, creationDate,
            modificationDate, modificationDate, currentLines, initialLines, modifiedLines, userid);
      }
    }
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  /** Two packed decimal digits without a sign ({@code X'45'} is 45). */
  private static int unpack(byte b) {
    return (b >> 4 & 0xF) * 10 + (b & 0xF);
  }

  /** A packed {@code 0CYYDDDF} date, or null if it is not one. */
  private static LocalDate julian(int packed) {
    int value = 0;
    for (int shift = 28; shift >= 4; shift -= 4) {
      int digit = packed >>> shift & 0xF;
      if (digit > 9) {
        return null;
      }
      value = value * 10 + digit;
    }
    int year = 1900 + value / 1000;
    int day = value % 1000;
    return day >= 1 && day <= LocalDate.ofYearDay(year, 1).lengthOfYear()
        ? LocalDate.ofYearDay(year, day) : null;
  }
}
