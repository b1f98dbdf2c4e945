package io.bwo.workload;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The workload's view of a data set: consecutive 8-byte big-endian signed accounts filling every
 * CI, each starting at {@link #INITIAL_BALANCE}. Transfers move money between accounts, so the sum
 * of all accounts is always {@code INITIAL_BALANCE} times their number.
 */
public final class Accounts {
  /** The balance every account starts with. */
  public static final long INITIAL_BALANCE = 1000;
  /** Bytes in one account. */
  public static final int ACCOUNT_BYTES = Long.BYTES;

  private Accounts() {}

  /** How many accounts {@code e} holds. */
  public static long count(CatalogEntry e) {
    return e.sizeBytes() / ACCOUNT_BYTES;
  }

  /** How many accounts all of {@code entries} hold together. */
  public static long count(List<CatalogEntry> entries) {
    return entries.stream().mapToLong(Accounts::count).sum();
  }

  /** The sum that {@code entries} must add up to. */
  public static long expectedSum(List<CatalogEntry> entries) {
    return INITIAL_BALANCE * count(entries);
  }

  /** One CI of accounts all at {@link #INITIAL_BALANCE}. */
  static byte[] initialCi(int ciSize) {
    ByteBuffer b = ByteBuffer.allocate(ciSize);
    while (b.remaining() >= ACCOUNT_BYTES) {
      b.putLong(INITIAL_BALANCE);
    }
    return b.array();
  }

  /**
   * The sum of every account of {@code entries}, read straight from their data files: only for a
   * catalog nobody writes to (a restored one, or one whose system is frozen or closed).
   */
  public static long sumOfFiles(Catalog catalog, List<CatalogEntry> entries) {
    long sum = 0;
    ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
    for (CatalogEntry e : entries) {
      sum += sumOfFile(catalog.dataFile(e.dsn()), e.sizeBytes(), buf);
    }
    return sum;
  }

  private static long sumOfFile(Path file, long size, ByteBuffer buf) {
    long[] sum = {0};
    scan(file, size, buf, (offset, balance) -> sum[0] += balance);
    return sum[0];
  }

  /** Sees one account: its byte offset in the data set and its balance. */
  interface Visitor {
    void account(long offset, long balance);
  }

  /**
   * Gives every account of {@code e} to {@code visitor} in order, read straight from its data
   * file with {@code buf}: only for a catalog nobody writes to, as {@link #sumOfFiles}.
   */
  static void scan(Catalog catalog, CatalogEntry e, ByteBuffer buf, Visitor visitor) {
    scan(catalog.dataFile(e.dsn()), e.sizeBytes(), buf, visitor);
  }

  private static void scan(Path file, long size, ByteBuffer buf, Visitor visitor) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long pos = 0;
      long offset = 0;
      while (pos < size) {
        buf.clear();
        buf.limit((int) Math.min(buf.capacity(), size - pos));
        int n = ch.read(buf, pos);
        if (n < 0) {
          throw BwoException.of(Msg.BWO903E, file, "SHORTER THAN " + size + " BYTES");
        }
        pos += n;
        buf.flip();
        while (buf.remaining() >= ACCOUNT_BYTES) {
          visitor.account(offset, buf.getLong());
          offset += ACCOUNT_BYTES;
        }
        if (pos < size) {
          // A read that ended inside an account: read its bytes again with the next chunk.
          pos -= buf.remaining();
        }
      }
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO903E, file, e.getMessage());
    }
  }
}
