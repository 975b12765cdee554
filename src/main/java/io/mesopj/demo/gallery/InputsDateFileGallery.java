package io.mesopj.demo.gallery;

import static io.mesopj.demo.gallery.InputsParts.COLUMN;
import static io.mesopj.demo.gallery.InputsParts.GRID;
import static io.mesopj.demo.gallery.InputsParts.ICON;
import static io.mesopj.demo.gallery.InputsParts.ROW;
import static io.mesopj.demo.gallery.InputsParts.WIDE;
import static io.mesopj.demo.gallery.InputsParts.received;

import io.mesopj.api.ButtonType;
import io.mesopj.api.DateChangeEvent;
import io.mesopj.api.DateRangeChangeEvent;
import io.mesopj.api.Style;
import io.mesopj.api.ThemeColor;
import io.mesopj.api.Ui;
import io.mesopj.api.UploadEvent;
import io.mesopj.api.UploadedFile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Gallery sections of the date pickers and the uploader. */
final class InputsDateFileGallery {
  /** What the date pickers and uploaders sent. Files are kept as a summary, not their bytes. */
  public static final class State {
    LocalDate date = LocalDate.of(2024, 10, 1);
    LocalDate deadline;
    LocalDate start = LocalDate.of(2024, 10, 1);
    LocalDate end = LocalDate.of(2024, 11, 1);
    List<String> files = new ArrayList<>();
    String uploader = "";
    int uploads;
  }

  private InputsDateFileGallery() {}

  static void render(Ui ui) {
    State s = ui.state(State.class);
    datePicker(ui, s);
    dateRangePicker(ui, s);
    uploader(ui, s);
  }

  private static void datePicker(Ui ui, State s) {
    GallerySection.section(ui, "date-picker", "Date picker",
        "`ui.datePicker(label, LocalDate, handler)`: type a date or use the calendar; the handler gets a"
            + " `LocalDate` once it is complete and valid. `.min`, `.max`, `.hint`, `.outlined()`.", () -> {
          ui.box(GRID, () -> {
            ui.box(COLUMN, () -> {
              ui.datePicker("Date", s.date, InputsDateFileGallery::date).required(true).key("date-picker")
                  .style(WIDE);
              received(ui, "date-picker-received", "Selected date: " + s.date);
            });
            ui.box(COLUMN, () -> {
              ui.datePicker("Deadline in 2025", s.deadline, InputsDateFileGallery::deadline)
                  .min(LocalDate.of(2025, 1, 1)).max(LocalDate.of(2025, 12, 31)).hint("Any day of 2025")
                  .outlined().key("date-picker-deadline").style(WIDE);
              received(ui, "date-picker-deadline-received", "Deadline: " + (s.deadline == null ? "none" : s.deadline));
            });
          });
        });
  }

  private static void date(DateChangeEvent e) {
    e.state(State.class).date = e.date();
  }

  private static void deadline(DateChangeEvent e) {
    e.state(State.class).deadline = e.date();
  }

  private static void dateRangePicker(Ui ui, State s) {
    GallerySection.section(ui, "date-range-picker", "Date range picker",
        "`ui.dateRangePicker(label, start, end, handler)`: the handler gets both dates once both are valid"
            + " and the start is not after the end.", () -> {
          ui.dateRangePicker("Trip", s.start, s.end, InputsDateFileGallery::range).outlined()
              .key("date-range-picker").style(WIDE.merge(Style.of().maxWidth(420)));
          received(ui, "date-range-received", "Start date: " + s.start + ", end date: " + s.end);
        });
  }

  private static void range(DateRangeChangeEvent e) {
    State s = e.state(State.class);
    s.start = e.start();
    s.end = e.end();
  }

  private static void uploader(Ui ui, State s) {
    GallerySection.section(ui, "uploader", "Uploader",
        "`ui.uploader(label, handler)` with `.accept(types...)` and `.multiple(true)`; `ui.uploader(handler, ()"
            + " -> {...})` shows any components in its button. The handler gets each file's name, type, size and"
            + " bytes (here summed up with SHA-256). Files over MESOPJ_UPLOAD_MAX_BYTES are refused.", () -> {
          ui.box(ROW, () -> {
            ui.uploader("Upload a file", e -> uploaded(e, "single")).type(ButtonType.FLAT).key("uploader-single");
            ui.uploader("Upload files", e -> uploaded(e, "multiple")).multiple(true).type(ButtonType.STROKED)
                .key("uploader-multiple");
            ui.uploader(e -> uploaded(e, "images"), () -> {
              ui.text("image").style(ICON);
              ui.text("Upload an image");
            }).accept("image/png", "image/jpeg", "image/gif", "image/webp").type(ButtonType.RAISED)
                .color(ThemeColor.PRIMARY).key("uploader-image");
          });
          received(ui, "uploader-received", s.uploads == 0 ? "No upload yet"
              : "Upload " + s.uploads + " via " + s.uploader + ":\n" + String.join("\n", s.files));
        });
  }

  private static void uploaded(UploadEvent e, String which) {
    State s = e.state(State.class);
    s.uploads++;
    s.uploader = which;
    s.files = new ArrayList<>();
    for (UploadedFile f : e.files()) {
      String type = f.mimeType().isEmpty() ? "unknown type" : f.mimeType();
      s.files.add(f.name() + ", " + type + ", " + f.size() + " bytes, sha-256 " + sha256(f.bytes()).substring(0, 16));
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
