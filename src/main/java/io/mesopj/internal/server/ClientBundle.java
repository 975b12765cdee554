package io.mesopj.internal.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The built browser client: content-hashed file names from the build's manifest. */
record ClientBundle(String js, String css) {
  static final String MANIFEST = "/WEB-INF/mesopj/client-manifest.json";
  static final String ASSET_DIR = "/__mesopj/";

  static ClientBundle load(ServletContext context) {
    try (InputStream in = context.getResourceAsStream(MANIFEST)) {
      if (in == null) {
        throw new IllegalStateException("The web client is missing from this WAR (" + MANIFEST
            + " not found). Build it with 'mvn package', which runs the frontend build.");
      }
      JsonObject o = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
      return new ClientBundle(o.get("js").getAsString(), o.get("css").getAsString());
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalStateException) {
        throw (IllegalStateException) e;
      }
      throw new IllegalStateException("Cannot read " + MANIFEST + ": " + e.getMessage(), e);
    }
  }
}
