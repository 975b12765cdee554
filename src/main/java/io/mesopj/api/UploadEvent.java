package io.mesopj.api;

import io.mesopj.protocol.UploadPayload;
import io.mesopj.protocol.UserEvent;
import io.mesopj.internal.core.EventContext;
import io.mesopj.internal.core.UiException;
import java.util.ArrayList;
import java.util.List;

/**
 * The user chose files in an {@link Uploader}. Each file is at most MESOPJ_UPLOAD_MAX_BYTES; the
 * browser refuses bigger ones, and the server checks again here.
 */
public final class UploadEvent extends Event {
  private final List<UploadedFile> files;

  UploadEvent(EventContext context, UserEvent e) {
    super(context, e.getKey());
    if (e.getPayloadCase() != UserEvent.PayloadCase.UPLOAD) {
      throw new IllegalArgumentException("expected uploaded files, got " + e.getPayloadCase());
    }
    this.files = read(e.getUpload(), context.maxUploadBytes());
  }

  private static List<UploadedFile> read(UploadPayload payload, long maxBytes) {
    if (payload.getFilesCount() == 0) {
      throw new IllegalArgumentException("no file was sent");
    }
    List<UploadedFile> out = new ArrayList<>(payload.getFilesCount());
    for (io.mesopj.protocol.UploadedFile f : payload.getFilesList()) {
      String name = f.getName();
      if (name.isEmpty() || name.length() > 1024) {
        throw new IllegalArgumentException("a file needs a name of 1 to 1024 characters");
      }
      long size = f.getContent().size();
      if (size > maxBytes) { // the body fitted (limit + envelope), one file did not: still 413, not 400
        throw new UiException(413, "The file " + Payloads.clip(name) + " is " + size
            + " bytes, over the upload limit of " + maxBytes + " bytes.");
      }
      if (f.getSize() != size) {
        throw new IllegalArgumentException("file " + Payloads.clip(name) + " says it has " + f.getSize()
            + " bytes but carries " + size);
      }
      out.add(UploadedFile.owning(name, f.getMimeType(), f.getContent().toByteArray()));
    }
    return List.copyOf(out);
  }

  /** The chosen files, in the order the browser listed them (at least one). */
  public List<UploadedFile> files() {
    return files;
  }

  /** The first file: the one file of a single-file uploader. */
  public UploadedFile file() {
    return files.get(0);
  }
}
