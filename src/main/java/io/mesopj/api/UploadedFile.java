package io.mesopj.api;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file the user chose in an {@link Uploader}: its name, MIME type, size and bytes. Immutable;
 * it can be kept in state (its bytes then count towards the state's size).
 */
public final class UploadedFile {
  private final String name;
  private final String mimeType;
  private final byte[] content;

  /** For the state codec. */
  private UploadedFile() {
    this("", "", new byte[0]);
  }

  private UploadedFile(String name, String mimeType, byte[] content) {
    this.name = name;
    this.mimeType = mimeType;
    this.content = content;
  }

  /** A file with these bytes (copied), e.g. for tests. */
  public static UploadedFile of(String name, String mimeType, byte[] content) {
    return new UploadedFile(Objects.requireNonNull(name, "name"), mimeType == null ? "" : mimeType,
        content.clone());
  }

  /** Wraps bytes the caller hands over and will not change. */
  static UploadedFile owning(String name, String mimeType, byte[] content) {
    return new UploadedFile(name, mimeType, content);
  }

  /** The file's name as the browser gave it (no directories), e.g. {@code "photo.jpg"}. */
  public String name() {
    return name;
  }

  /** The browser's idea of the file's type, e.g. {@code "image/png"}; empty when it has none. */
  public String mimeType() {
    return mimeType;
  }

  /** Size in bytes. */
  public long size() {
    return content.length;
  }

  /** A copy of the file's bytes. */
  public byte[] bytes() {
    return content.clone();
  }

  /** The bytes as a stream. */
  public InputStream inputStream() {
    return new ByteArrayInputStream(content);
  }

  /** The bytes decoded as text. */
  public String text(Charset charset) {
    return new String(content, charset);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UploadedFile other && name.equals(other.name) && mimeType.equals(other.mimeType)
        && Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, mimeType, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "UploadedFile[" + name + ", " + mimeType + ", " + content.length + " bytes]";
  }
}
