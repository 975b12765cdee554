package io.mesopj.internal.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Health for load balancers: {@code /__health} (or {@code /__health/ready}) is 200 when this
 * node can serve events, including its state store; 503 otherwise. {@code /__health/live} only
 * says the JVM answers.
 */
public final class HealthServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(HealthServlet.class.getName());

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    if ("/live".equals(req.getPathInfo())) {
      PlainResponses.send(resp, 200, "live");
      return;
    }
    try {
      MesopWebApp.of(getServletContext()).sessions().checkReady();
      PlainResponses.send(resp, 200, "ready");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Readiness check failed", e);
      PlainResponses.send(resp, 503, "not ready: the state store is unavailable");
    }
  }
}
