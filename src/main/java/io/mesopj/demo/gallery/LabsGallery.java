package io.mesopj.demo.gallery;

import io.mesopj.api.Ui;

/** Gallery sections of the labs components. */
final class LabsGallery {
  private LabsGallery() {}

  static void render(Ui ui) {}
}
