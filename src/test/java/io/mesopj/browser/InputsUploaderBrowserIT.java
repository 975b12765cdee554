package io.mesopj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.microsoft.playwright.FileChooser;
import io.mesopj.protocol.UploadPayload;
import io.mesopj.protocol.UploadedFile;
import io.mesopj.protocol.components.UploaderProps;
import io.mesopj.testsupport.PageSession;
import io.mesopj.testsupport.UiClient;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Gallery: uploaders send real files (name, type, size, bytes) to their handler; files over
 * MESOPJ_UPLOAD_MAX_BYTES (8 KB on this test's server) are refused in the page and by the server.
 */
class InputsUploaderBrowserIT extends BrowserTestBase {
  private static final int LIMIT = 8 * 1024;
  private final Path dir;

  InputsUploaderBrowserIT() throws IOException {
    dir = Files.createTempDirectory("mesopj-uploads");
  }

  @Override
  protected ServerSpec serverSpec() {
    return ServerSpec.jettyDefault().with("MESOPJ_UPLOAD_MAX_BYTES", "8KB");
  }

  @AfterAll
  void removeFiles() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  @Test
  void aChosenFileReachesTheHandlerWithItsBytes() throws Exception {
    Path notes = file("notes.txt", "Café notes\n".repeat(300).getBytes(StandardCharsets.UTF_8));
    page.open("/gallery");
    assertThat(page.key("uploader-received")).hasText("No upload yet");
    choose("uploader-single", notes);
    assertThat(page.key("uploader-received")).hasText(
        "Upload 1 via single: " + summary("notes.txt", "text/plain", notes));

    choose("uploader-single", notes); // the same file again is a new upload
    assertThat(page.key("uploader-received")).containsText("Upload 2 via single:");
    page.assertNoProblems();
  }

  @Test
  void severalFilesAndAcceptedTypes() throws Exception {
    Path a = file("a.csv", "x,y\n1,2\n".getBytes(StandardCharsets.US_ASCII));
    Path b = file("b.bin", new byte[] {0, 1, 2, (byte) 0xff});
    Path png = png("dot.png");
    page.open("/gallery");
    assertThat(page.key("uploader-multiple").locator("input[type=file]")).hasAttribute("multiple", "");
    choose("uploader-multiple", a, b);
    assertThat(page.key("uploader-received")).hasText("Upload 1 via multiple: " + summary("a.csv", "text/csv", a)
        + " " + summary("b.bin", "application/octet-stream", b));

    assertThat(page.key("uploader-image").locator("input[type=file]"))
        .hasAttribute("accept", "image/png,image/jpeg,image/gif,image/webp");
    assertThat(page.key("uploader-image").locator("mesopj-text")).hasText(new String[] {"image", "Upload an image"});
    choose("uploader-image", png);
    assertThat(page.key("uploader-received")).hasText("Upload 2 via images: " + summary("dot.png", "image/png", png));
    page.screenshots("inputs-uploader");
    page.assertNoProblems();
  }

  @Test
  void aFileOverTheLimitIsRefusedInThePage() throws Exception {
    Path big = file("big.bin", new byte[LIMIT + 1]);
    page.open("/gallery");
    choose("uploader-single", big);
    assertThat(page.key("uploader-single").getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
        .hasText("File big.bin is 8193 bytes, over the limit of 8192 bytes.");
    assertThat(page.key("uploader-received")).hasText("No upload yet");
    assertEquals(0, ((Number) page.page().evaluate("() => window.__mesopjEvents.length")).intValue(),
        "nothing was sent");

    Path fits = file("fits.bin", new byte[LIMIT]);
    choose("uploader-single", fits); // exactly the limit is fine, and the message goes
    assertThat(page.key("uploader-received")).containsText("fits.bin, application/octet-stream, 8192 bytes");
    assertThat(page.key("uploader-single").getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).hasCount(0);
    page.assertNoProblems();
  }

  @Test
  void theServerChecksTheLimitAgain() throws Exception {
    UiClient client = new UiClient(URI.create(page.url("")));
    PageSession gallery = client.load("/gallery");
    UploaderProps props = UploaderProps.parseFrom(gallery.component("uploader-single").getProps());
    assertEquals(LIMIT, props.getMaxBytes(), "the page is told the limit");

    UiClient.Response r = gallery.send(gallery.event(props.getOnUpload()).setKey("uploader-single")
        .setUpload(upload("big.bin", LIMIT + 100, LIMIT + 100)));
    assertEquals(413, r.status());
    assertTrue(r.text().contains("The file big.bin is 8292 bytes, over the upload limit of 8192 bytes."), r.text());

    r = gallery.send(gallery.event(props.getOnUpload()).setKey("uploader-single").setUpload(upload("liar.bin", 10, 3)));
    assertEquals(400, r.status());
    assertTrue(r.text().contains("file liar.bin says it has 3 bytes but carries 10"), r.text());

    r = gallery.send(gallery.event(props.getOnUpload()).setKey("uploader-single").setUpload(UploadPayload.newBuilder()));
    assertEquals(400, r.status());
    assertTrue(r.text().contains("no file was sent"), r.text());

    r = gallery.send(gallery.event(props.getOnUpload()).setKey("uploader-single").setUpload(upload("ok.bin", 10, 10)));
    assertEquals(200, r.status());
    assertTrue(gallery.text("uploader-received").contains("ok.bin, unknown type, 10 bytes"));
  }

  private void choose(String key, Path... files) {
    FileChooser chooser = page.page().waitForFileChooser(() -> page.button(key).click());
    chooser.setFiles(files);
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private Path png(String name) throws IOException {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x6750a4);
    Path p = dir.resolve(name);
    ImageIO.write(image, "png", p.toFile());
    return p;
  }

  /** How the gallery sums up a file: name, type, size and the start of its SHA-256. */
  private static String summary(String name, String type, Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    return name + ", " + type + ", " + bytes.length + " bytes, sha-256 " + sha.substring(0, 16);
  }

  private static UploadPayload.Builder upload(String name, int bytes, long claimedSize) {
    byte[] content = new byte[bytes];
    Arrays.fill(content, (byte) 'x');
    return UploadPayload.newBuilder().addAllFiles(List.of(UploadedFile.newBuilder().setName(name)
        .setSize(claimedSize).setContent(ByteString.copyFrom(content)).build()));
  }
}
