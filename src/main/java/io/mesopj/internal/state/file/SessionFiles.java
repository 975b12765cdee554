package io.mesopj.internal.state.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reads and writes whole session files (header and payload) in {@link SessionFileFormat}. */
final class SessionFiles {
  private final AtomicFiles atomic = new AtomicFiles();

  /** A session's header and bytes as read from its file. */
  record Content(SessionHeader header, byte[] payload) {}

  /** The file's header and payload, checked; null when the file does not exist. */
  Content read(Path file, String token) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      SessionFileFormat.Decoded d = decodeHeader(ch, token, file);
      SessionFileFormat.checkSize(d, ch.size(), token, file);
      ByteBuffer payload = ByteBuffer.allocate(d.payloadLength());
      readFully(ch, payload);
      if (payload.hasRemaining()) { // shrank while we read: cannot happen with rename-only writes
        SessionFileFormat.checkSize(d, SessionFileFormat.HEADER_BYTES + payload.position(), token, file);
      }
      SessionFileFormat.checkPayload(d, payload.array(), token, file);
      return new Content(d.header(), payload.array());
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /**
   * Only the header (checked, with the file's size), for decisions that do not need the payload;
   * null when the file does not exist.
   */
  SessionHeader readHeader(Path file, String token) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      SessionFileFormat.Decoded d = decodeHeader(ch, token, file);
      SessionFileFormat.checkSize(d, ch.size(), token, file);
      return d.header();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  void write(Path file, SessionHeader header, byte[] payload) throws IOException {
    atomic.replace(file, SessionFileFormat.encodeHeader(header, payload), ByteBuffer.wrap(payload));
  }

  private static SessionFileFormat.Decoded decodeHeader(FileChannel ch, String token, Path file)
      throws IOException {
    ByteBuffer b = ByteBuffer.allocate(SessionFileFormat.HEADER_BYTES);
    readFully(ch, b);
    return SessionFileFormat.decodeHeader(b.flip(), token, file);
  }

  /** Reads until {@code b} is full or the file ends. */
  private static void readFully(FileChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining() && ch.read(b) >= 0) {
      // keep reading
    }
  }
}
