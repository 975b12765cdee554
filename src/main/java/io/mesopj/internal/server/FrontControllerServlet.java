package io.mesopj.internal.server;

import io.mesopj.internal.runtime.EventProcessor;
import io.mesopj.internal.runtime.PageDefinition;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Mapped to {@code /}: answers {@code GET} of a page path with the client shell; anything
 * else is 404.
 */
public final class FrontControllerServlet extends HttpServlet {
  private transient MesopWebApp app;
  private transient EventProcessor processor;

  @Override
  public void init() throws ServletException {
    app = MesopWebApp.of(getServletContext());
    processor = app.processor();
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String method = req.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      resp.setHeader("Allow", "GET, HEAD");
      PlainResponses.send(resp, 405, "Pages accept GET only.");
      return;
    }
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    Optional<PageDefinition> page = processor.pages().find(path.isEmpty() ? "/" : path);
    if (page.isEmpty()) {
      PlainResponses.send(resp, 404, "There is no page at " + path + ".");
      return;
    }
    ShellPage.write(req, resp, page.get(), app.bundle(), app.config(), app.random());
  }
}
