package io.bwo.dump;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How the chunks of a dump are compressed, chunk by chunk. A chunk that does not shrink is stored
 * raw whatever the choice, so compression never makes a dump bigger than a few bytes per chunk.
 *
 * <p>LZ4 (aircompressor, pure Java) is the fast one, but aircompressor refuses big-endian
 * platforms such as z/OS; DEFLATE (java.util.zip, which z/OS accelerates in hardware) works
 * everywhere. Each call uses its own (de)compressor, so the constants are safe from any thread.
 */
public enum Compression {
  /** Chunks are stored as read. */
  NONE {
    @Override
    int compress(byte[] in, int off, int len, byte[] out) {
      return -1;
    }

    @Override
    int decompress(byte[] in, int off, int len, byte[] out, int rawLength) {
      throw new IllegalStateException("NONE has no compressed chunks");
    }
  },
  /** LZ4 block format, fast enough not to slow a dump down; little-endian platforms only. */
  LZ4 {
    @Override
    int compress(byte[] in, int off, int len, byte[] out) {
      Lz4Compressor c = new Lz4Compressor();
      if (out.length < c.maxCompressedLength(len)) {
        throw new IllegalArgumentException("compression buffer too small");
      }
      return c.compress(in, off, len, out, 0, out.length);
    }

    @Override
    int decompress(byte[] in, int off, int len, byte[] out, int rawLength) {
      try {
        return new Lz4Decompressor().decompress(in, off, len, out, 0, rawLength);
      } catch (MalformedInputException e) {
        return -1;
      }
    }

    @Override
    int maxCompressedLength(int rawLength) {
      return new Lz4Compressor().maxCompressedLength(rawLength);
    }
  },
  /** zlib-wrapped DEFLATE at its fastest level; slower than LZ4 off z/OS, but portable. */
  DEFLATE {
    @Override
    int compress(byte[] in, int off, int len, byte[] out) {
      Deflater d = new Deflater(Deflater.BEST_SPEED);
      try {
        d.setInput(in, off, len);
        d.finish();
        int n = d.deflate(out, 0, out.length);
        return d.finished() ? n : -1;
      } finally {
        d.end();
      }
    }

    @Override
    int decompress(byte[] in, int off, int len, byte[] out, int rawLength) {
      Inflater i = new Inflater();
      try {
        i.setInput(in, off, len);
        int n = i.inflate(out, 0, rawLength);
        return i.finished() && i.getRemaining() == 0 ? n : -1;
      } catch (DataFormatException e) {
        return -1;
      } finally {
        i.end();
      }
    }
  };

  /**
   * Compresses {@code in[off, off+len)} into {@code out} (at least {@link #maxCompressedLength}
   * long) and returns the compressed length, or -1 when this codec stores nothing compressed.
   */
  abstract int compress(byte[] in, int off, int len, byte[] out);

  /**
   * Decompresses {@code in[off, off+len)} into {@code out[0, rawLength)} and returns the length
   * produced, or -1 when the input is not a valid compressed block.
   */
  abstract int decompress(byte[] in, int off, int len, byte[] out, int rawLength);

  /**
   * The size a compression buffer needs for {@code rawLength} bytes of input. Output that would
   * not fit in {@code rawLength} bytes is useless (the chunk is stored raw), so that is the default.
   */
  int maxCompressedLength(int rawLength) {
    return rawLength;
  }

  /** BWO408E unless this codec works on this platform (aircompressor is little-endian only). */
  void checkAvailable() {
    byte[] probe = new byte[256];
    byte[] packed = new byte[maxCompressedLength(probe.length)];
    try {
      int n = compress(probe, 0, probe.length, packed);
      if (n >= 0) {
        decompress(packed, 0, n, new byte[probe.length], probe.length);
      }
    } catch (LinkageError e) {
      Throwable why = e.getCause() == null ? e : e.getCause();
      throw BwoException.of(Msg.BWO408E, name(), String.valueOf(why.getMessage()));
    }
  }
}
