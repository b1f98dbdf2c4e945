package com.ibm.jzos;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A partitioned data set off z/OS: a directory, in the data set directory ({@code HLQ.LIB}) or
 * allocated to a DD, whose regular files named as members are ({@code HLQ.LIB/MEMBER}), as {@code
 * bwo submit} keeps a DD's {@code DSN=HLQ.LIB(MEMBER)}. Other files in it are not members.
 *
 * <p>Its directory reads as z/OS's does (RECFM=U, 256-byte blocks, each a halfword of the bytes it
 * uses and then entries): a member's 8-byte EBCDIC name, a 3-byte TTR (here its place in the
 * directory, never zero), a byte whose low five bits count halfwords of user data, and that user
 * data: ISPF statistics made from the file, as an editor's save would leave them (version 01.00,
 * created and changed at the file's times, its lines, its owner). Entries are in EBCDIC order of
 * their names; the last is eight X'FF'.
 */
final class LocalLibrary {
  static final int BLOCK = 256;
  static final String RECFM = "U";
  private static final int STATS = 30;
  private static final int EXTENDED_STATS = 40;
  /** Extended statistics (the line counts as fullwords after the userid), ISPF's MIINDXSTA. */
  static final int EXTENDED = 0x20;
  private static final byte[] LAST = new byte[] {-1, -1, -1, -1, -1, -1, -1, -1};

  private LocalLibrary() {}

  /**
   * IBM-1047, the names' code page, looked up only where a directory is read or mapped, so that a
   * runtime without the JDK's extended charsets opens every other file.
   */
  static final class Ebcdic {
    static final Charset CHARSET = Charset.forName("IBM1047");

    private Ebcdic() {}
  }

  /**
   * The file of member {@code paren} ({@code (NAME)}) of the library {@code file}; {@code name} is
   * what the caller opened, for the error. A relative generation ({@code (+1)}) is refused.
   */
  static Path member(String name, Path file, String paren) throws ZFileException {
    String member = paren.toUpperCase(Locale.ROOT);
    if (!member.endsWith(")") || member.indexOf(')') != member.length() - 1) {
      throw new ZFileException(name, "not a member name: " + paren, ZFileException.EINVAL);
    }
    member = member.substring(1, member.length() - 1);
    if (member.matches("[+-]?[0-9]+")) {
      throw new ZFileException(
          name, "relative generations are not supported off z/OS", ZFileException.EINVAL);
    }
    if (!LocalNames.NAME.matcher(member).matches()) {
      throw new ZFileException(
          name,
          "member name '" + member + "' is not 1 to 8 letters, digits, @ # $",
          ZFileException.EINVAL);
    }
    if (Files.isRegularFile(file)) {
      throw new ZFileException(
          name, "not a partitioned data set: " + file + " is a file", ZFileException.EINVAL);
    }
    return file.resolve(member);
  }

  /** The refusal of an open for output of a library without a member. */
  static ZFileException writtenByMember(String name) {
    return new ZFileException(name, "a partitioned data set is written a member at a time:"
        + " name the member, as //'HLQ.LIB(MEMBER)'", ZFileException.EINVAL);
  }

  /** Whether {@code file} is a library: a directory. */
  static boolean isLibrary(Path file) {
    return Files.isDirectory(file);
  }

  /**
   * Whether {@code file}, opened as {@code name}, is a library: a directory named as a data set
   * or a DD ({@code //...}); a path to a directory is only a directory.
   */
  static boolean isLibrary(String name, Path file) {
    return name.startsWith("//") && isLibrary(file);
  }

  /**
   * Deletes {@code library} and its members, as z/OS deletes a data set. Only a data set named as
   * one ({@code //'HLQ.LIB'}) and holding nothing but members is deleted: a DD or a path may name
   * any directory, whose files are not a library's to delete.
   */
  static void delete(String name, Path library) throws IOException {
    if (!name.startsWith("//") || LocalNames.isDd(name)) {
      throw new ZFileException(name, "a partitioned data set is removed by its data set name, "
          + "as //'HLQ.LIB'", ZFileException.EINVAL);
    }
    List<Path> members = members(library);
    try (Stream<Path> files = Files.list(library)) {
      if (files.count() != members.size()) {
        throw new ZFileException(name, library + " holds files that are not members: not"
            + " removed", ZFileException.EINVAL);
      }
    }
    for (Path member : members) {
      Files.delete(member);
    }
    Files.delete(library);
  }

  /** The members of {@code library}, in the directory's order (EBCDIC order of their names). */
  static List<Path> members(Path library) throws IOException {
    try (Stream<Path> files = Files.list(library)) {
      return files
          .filter(f -> LocalNames.NAME.matcher(f.getFileName().toString()).matches())
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(f -> key(f.getFileName().toString())))
          .toList();
    }
  }

  /** The directory of {@code library}, read as a stream of its blocks. */
  static SeekableByteChannel directoryChannel(Path library) throws IOException {
    byte[] blocks;
    try (InputStream in = directory(library)) {
      blocks = in.readAllBytes();
    }
    return new BytesChannel(blocks);
  }

  /** The directory of {@code library}, its blocks one after another. */
  static InputStream directory(Path library) throws IOException {
    List<Path> members = members(library);
    ByteArrayOutputStream blocks = new ByteArrayOutputStream();
    ByteBuffer block = ByteBuffer.allocate(BLOCK);
    block.position(2);
    for (int i = 0; i <= members.size(); i++) {
      byte[] entry = i < members.size() ? entry(members.get(i), i + 1) : last();
      if (block.remaining() < entry.length) {
        blocks.write(finish(block));
        block.clear().position(2);
      }
      block.put(entry);
    }
    blocks.write(finish(block));
    return new ByteArrayInputStream(blocks.toByteArray());
  }

  /** The number of directory blocks of {@code library}. */
  static long blocks(Path library) throws IOException {
    try (InputStream in = directory(library)) {
      return in.readAllBytes().length / BLOCK;
    }
  }

  /** A read-only channel over bytes in memory: a directory, made whole at open. */
  private static final class BytesChannel implements SeekableByteChannel {
    private final byte[] bytes;
    private int position;
    private boolean open = true;

    BytesChannel(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      checkOpen();
      if (position >= bytes.length) {
        return -1;
      }
      int n = Math.min(dst.remaining(), bytes.length - position);
      dst.put(bytes, position, n);
      position += n;
      return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      throw new NonWritableChannelException();
    }

    @Override
    public long position() throws IOException {
      checkOpen();
      return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
      checkOpen();
      position = (int) Math.min(newPosition, bytes.length);
      return this;
    }

    @Override
    public long size() throws IOException {
      checkOpen();
      return bytes.length;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }

    private void checkOpen() throws ClosedChannelException {
      if (!open) {
        throw new ClosedChannelException();
      }
    }
  }

  private static byte[] finish(ByteBuffer block) {
    block.putShort(0, (short) block.position());
    return block.array().clone();
  }

  private static byte[] last() {
    return ByteBuffer.allocate(12).put(LAST).array();
  }

  private static byte[] entry(Path member, int ttr) throws IOException {
    byte[] stats = statistics(member);
    return ByteBuffer.allocate(12 + stats.length)
        .put(name8(member.getFileName().toString()))
        .put((byte) (ttr >>> 16)).put((byte) (ttr >>> 8)).put((byte) ttr)
        .put((byte) (stats.length / 2))
        .put(stats)
        .array();
  }

  /** ISPF statistics for {@code member}: extended when a line count does not fit a halfword. */
  private static byte[] statistics(Path member) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(member, BasicFileAttributes.class);
    long lines = lines(member);
    boolean extended = lines > 0xFFFF;
    LocalDateTime created = local(attrs.creationTime().toInstant());
    LocalDateTime changed = local(attrs.lastModifiedTime().toInstant());
    ByteBuffer stats = ByteBuffer.allocate(extended ? EXTENDED_STATS : STATS)
        .put((byte) 1)
        .put((byte) 0)
        .put((byte) (extended ? EXTENDED : 0))
        .put(packed(changed.getSecond()))
        .put(julian(created))
        .put(julian(changed))
        .put(packed(changed.getHour()))
        .put(packed(changed.getMinute()));
    short halfword = (short) Math.min(lines, 0xFFFF);
    stats.putShort(halfword).putShort(halfword).putShort((short) 0).put(name8(owner(member)));
    if (extended) {
      stats.putInt((int) lines).putInt((int) lines).putInt(0);
    }
    return stats.array();
  }

  private static LocalDateTime local(Instant time) {
    return LocalDateTime.ofInstant(time, ZoneId.systemDefault());
  }

  /** A date as packed decimal 0CYYDDDF: C the century (0 for 19xx, 1 for 20xx). */
  private static byte[] julian(LocalDateTime date) {
    int cyyddd = (date.getYear() - 1900) * 1000 + date.getDayOfYear();
    byte[] packed = new byte[4];
    int digits = cyyddd;
    packed[3] = (byte) ((digits % 10) << 4 | 0xF);
    digits /= 10;
    for (int i = 2; i >= 0; i--) {
      packed[i] = packed(digits % 100);
      digits /= 100;
    }
    return packed;
  }

  /** Two decimal digits, 0 to 99, packed without a sign: 45 is X'45'. */
  static byte packed(int twoDigits) {
    return (byte) ((twoDigits / 10) << 4 | twoDigits % 10);
  }

  private static long lines(Path member) throws IOException {
    long lines = 0;
    boolean open = false;
    try (InputStream in = Files.newInputStream(member)) {
      byte[] buf = new byte[8192];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        for (int i = 0; i < n; i++) {
          open = buf[i] != '\n';
          lines += open ? 0 : 1;
        }
      }
    }
    return lines + (open ? 1 : 0);
  }

  private static String owner(Path member) {
    try {
      String owner = Files.getOwner(member).getName().toUpperCase(Locale.ROOT);
      return LocalNames.NAME.matcher(owner).matches() ? owner : LocalSettings.user();
    } catch (IOException | UnsupportedOperationException e) {
      return LocalSettings.user();
    }
  }

  /** {@code name} in EBCDIC, padded with blanks to 8 bytes. */
  static byte[] name8(String name) {
    String padded = String.format("%-8.8s", name);
    return padded.getBytes(Ebcdic.CHARSET);
  }

  /** A member name's sort key: its EBCDIC bytes, unsigned, as z/OS orders a directory. */
  private static String key(String name) {
    return ebcdicOrder(String.format("%-8.8s", name));
  }

  /**
   * A sort key of {@code text} in EBCDIC order: its IBM-1047 bytes, unsigned, as z/OS orders a
   * directory's members and a catalog's names.
   */
  static String ebcdicOrder(String text) {
    byte[] bytes = text.getBytes(Ebcdic.CHARSET);
    StringBuilder key = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      key.append((char) (b & 0xFF));
    }
    return key.toString();
  }
}
