package io.mesopj.internal.server;

import com.google.gson.JsonObject;
import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.config.Settings;
import io.mesopj.internal.runtime.PageDefinition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** The HTML every page starts as: title, client bundle, config for the client, a fresh CSP nonce. */
final class ShellPage {
  private ShellPage() {}

  static void write(HttpServletRequest req, HttpServletResponse resp, PageDefinition page, ClientBundle bundle,
      MesopConfig config, SecureRandom random) throws IOException {
    byte[] n = new byte[16];
    random.nextBytes(n);
    String nonce = Base64.getEncoder().encodeToString(n);
    String ctx = req.getContextPath();
    JsonObject client = new JsonObject();
    client.addProperty("contextPath", ctx);
    client.addProperty("uiPath", ctx + UiServlet.PATH);
    client.addProperty("wsPath", ctx + UiSocketServlet.PATH);
    client.addProperty("transport", config.get(Settings.WEB_SOCKETS) ? "websocket" : "sse");
    client.addProperty("devMode", config.devMode());

    StringBuilder html = new StringBuilder(1024);
    html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(page.title())).append("</title>\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<link rel=\"stylesheet\" href=\"").append(escape(ctx + ClientBundle.ASSET_DIR + bundle.css()))
        .append("\">\n");
    for (String sheet : page.stylesheets()) {
      String href = sheet.startsWith("/") ? ctx + sheet : sheet;
      html.append("<link rel=\"stylesheet\" href=\"").append(escape(href)).append("\" nonce=\"").append(nonce)
          .append("\">\n");
    }
    html.append("<script id=\"mesopj-config\" type=\"application/json\">")
        .append(client.toString().replace("<", "\\u003c")).append("</script>\n")
        .append("<script type=\"module\" src=\"").append(escape(ctx + ClientBundle.ASSET_DIR + bundle.js()))
        .append("\" nonce=\"").append(nonce).append("\"></script>\n")
        .append("</head><body><mesopj-app></mesopj-app></body></html>\n");

    resp.setStatus(200);
    resp.setContentType("text/html;charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.setHeader("Content-Security-Policy", ContentSecurityPolicy.header(page.policy(), nonce));
    SecurityHeaders.basic(resp);
    SecurityHeaders.transport(req, resp);
    byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
    resp.setContentLength(body.length);
    if (!"HEAD".equals(req.getMethod())) {
      resp.getOutputStream().write(body);
    }
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<': sb.append("&lt;"); break;
        case '>': sb.append("&gt;"); break;
        case '&': sb.append("&amp;"); break;
        case '"': sb.append("&quot;"); break;
        case '\'': sb.append("&#39;"); break;
        default: sb.append(c);
      }
    }
    return sb.toString();
  }
}
