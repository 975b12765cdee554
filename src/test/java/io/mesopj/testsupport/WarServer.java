package io.mesopj.testsupport;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/** The built WAR deployed in a real servlet container in this JVM, for container and browser tests. */
public interface WarServer extends AutoCloseable {
  /** Which container. */
  enum Kind { JETTY, TOMCAT }

  /** http://127.0.0.1:port + context path, without a trailing slash. */
  URI base();

  @Override
  void close();

  /** Deploys the WAR at {@code contextPath} ("" for root) with these context parameters. */
  static WarServer start(Kind kind, String contextPath, Map<String, String> contextParams) {
    return kind == Kind.JETTY ? JettyWarServer.start(war(), contextPath, contextParams)
        : TomcatWarServer.start(war(), contextPath, contextParams);
  }

  /** Deploys the WAR at the root on a fixed {@code port} (0: any free port), settings from system properties. */
  static WarServer start(Kind kind, int port) {
    return kind == Kind.JETTY ? JettyWarServer.start(war(), "", Map.of(), port)
        : TomcatWarServer.start(war(), "", Map.of(), port);
  }

  /** The WAR the build produced (failsafe passes its path). */
  static Path war() {
    String prop = System.getProperty("mesopj.war");
    Path war = prop != null ? Paths.get(prop) : Paths.get("target", "mesopj.war");
    if (!Files.isRegularFile(war)) {
      throw new IllegalStateException("No WAR at " + war.toAbsolutePath() + ": run 'mvn verify' (or package) first");
    }
    return war.toAbsolutePath();
  }
}
