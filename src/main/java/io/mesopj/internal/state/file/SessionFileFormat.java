package io.mesopj.internal.state.file;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Byte layout of a session file (big-endian):
 *
 * <pre>
 *  0  int   magic 'MJSF'
 *  4  short format version (1)
 *  6  short header length (52), so a reader can tell a foreign file from a damaged one
 *  8  long  fence
 * 16  long  lease_until (epoch ms, 0 = not leased)
 * 24  long  expires_at (epoch ms)
 * 32  long  ttl (ms)
 * 40  int   payload length
 * 44  int   CRC32 of the payload
 * 48  int   CRC32 of bytes 0..47 (a flipped bit in the fence or lease must not go unnoticed)
 * 52        payload
 * </pre>
 */
final class SessionFileFormat {
  static final int MAGIC = 0x4D4A5346; // "MJSF"
  static final short VERSION = 1;
  static final int HEADER_BYTES = 52;
  private static final int CHECKED_HEADER_BYTES = 48;

  private SessionFileFormat() {}

  /** A decoded header plus what it says about the payload that follows it. */
  record Decoded(SessionHeader header, int payloadLength, int payloadCrc) {}

  static ByteBuffer encodeHeader(SessionHeader h, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES);
    b.putInt(MAGIC).putShort(VERSION).putShort((short) HEADER_BYTES)
        .putLong(h.fence()).putLong(h.leaseUntil()).putLong(h.expiresAt()).putLong(h.ttl())
        .putInt(payload.length).putInt(crc(payload, 0, payload.length))
        .putInt(crc(b.array(), 0, CHECKED_HEADER_BYTES));
    return b.flip();
  }

  /**
   * Decodes a header from {@code b} (positioned at 0, holding up to HEADER_BYTES bytes; fewer
   * means the file ended early). Throws UnreadableSessionFileException naming the problem.
   */
  static Decoded decodeHeader(ByteBuffer b, String token, Path file) {
    int available = b.remaining();
    if (available < 8) {
      throw UnreadableSessionFileException.corrupt(token, file, available == 0 ? "the file is empty"
          : "the file is only " + available + " bytes long, shorter than any header");
    }
    if (b.getInt(0) != MAGIC) {
      throw UnreadableSessionFileException.corrupt(token, file, "it does not start with the session file magic"
          + " (a foreign or garbled file)");
    }
    int version = b.getShort(4);
    if (version > VERSION) {
      throw UnreadableSessionFileException.newer(token, file, version);
    }
    if (version != VERSION || b.getShort(6) != HEADER_BYTES) {
      throw UnreadableSessionFileException.corrupt(token, file, "its header has version " + version
          + " and length " + b.getShort(6) + ", which this format never writes");
    }
    if (available < HEADER_BYTES) {
      throw UnreadableSessionFileException.corrupt(token, file, "the file ends inside its header (" + available
          + " of " + HEADER_BYTES + " bytes; truncated)");
    }
    if (b.getInt(CHECKED_HEADER_BYTES) != crc(b.array(), b.arrayOffset(), CHECKED_HEADER_BYTES)) {
      throw UnreadableSessionFileException.corrupt(token, file, "the header checksum does not match");
    }
    int length = b.getInt(40);
    if (length < 0) {
      throw UnreadableSessionFileException.corrupt(token, file, "the header gives a negative payload length");
    }
    SessionHeader h = new SessionHeader(b.getLong(8), b.getLong(16), b.getLong(24), b.getLong(32));
    return new Decoded(h, length, b.getInt(44));
  }

  /** Checks the payload that followed a decoded header. */
  static void checkPayload(Decoded d, byte[] payload, String token, Path file) {
    if (crc(payload, 0, payload.length) != d.payloadCrc()) {
      throw UnreadableSessionFileException.corrupt(token, file, "the payload checksum does not match");
    }
  }

  static void checkSize(Decoded d, long fileSize, String token, Path file) {
    long expected = (long) HEADER_BYTES + d.payloadLength();
    if (fileSize != expected) {
      throw UnreadableSessionFileException.corrupt(token, file, "the header announces " + d.payloadLength()
          + " payload bytes but the file holds " + (fileSize - HEADER_BYTES)
          + (fileSize < expected ? " (truncated)" : " (trailing bytes)"));
    }
  }

  private static int crc(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }
}
