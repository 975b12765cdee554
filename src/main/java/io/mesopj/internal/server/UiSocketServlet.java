package io.mesopj.internal.server;

import io.mesopj.internal.config.Settings;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.Map;

/**
 * The WebSocket handshake of the UI endpoint ({@code /__ui_ws__}). A servlet, not an annotated
 * endpoint, so that it can refuse a foreign Origin with a plain 403 before upgrading (the
 * Jakarta WebSocket configurator cannot see the request's own host), then hands the connection
 * to the container with {@code ServerContainer.upgradeHttpToWebSocket}.
 */
public final class UiSocketServlet extends HttpServlet {
  static final String PATH = "/__ui_ws__";

  private transient MesopWebApp app;
  private transient OriginCheck origins;
  private transient ServerEndpointConfig endpointConfig;

  @Override
  public void init() throws ServletException {
    app = MesopWebApp.of(getServletContext());
    origins = new OriginCheck(app.config().get(Settings.ALLOWED_ORIGINS));
    int maxMessage = (int) Math.min(Integer.MAX_VALUE, app.config().get(Settings.UPLOAD_MAX_BYTES) + (1 << 20));
    endpointConfig = ServerEndpointConfig.Builder.create(UiSocketEndpoint.class, PATH)
        .configurator(new ServerEndpointConfig.Configurator() {
          @Override
          public <T> T getEndpointInstance(Class<T> type) {
            Endpoint endpoint = new UiSocketEndpoint(app, app.processor(), maxMessage);
            return type.cast(endpoint);
          }
        }).build();
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
    if (!app.config().get(Settings.WEB_SOCKETS)) {
      PlainResponses.send(resp, 404, "The WebSocket transport is off (MESOP_WEB_SOCKETS_ENABLED=false).");
      return;
    }
    String refusal = origins.refusal(req);
    if (refusal != null) {
      PlainResponses.send(resp, 403, refusal);
      return;
    }
    if (!"websocket".equalsIgnoreCase(req.getHeader("Upgrade"))) {
      PlainResponses.send(resp, 400, "Expected a WebSocket upgrade request.");
      return;
    }
    ServerContainer container = (ServerContainer) getServletContext()
        .getAttribute("jakarta.websocket.server.ServerContainer");
    if (container == null) {
      PlainResponses.send(resp, 501, "This servlet container offers no WebSocket support.");
      return;
    }
    try {
      container.upgradeHttpToWebSocket(req, resp, endpointConfig, Map.of());
    } catch (DeploymentException e) {
      throw new ServletException(e);
    }
  }
}
