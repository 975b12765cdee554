package io.mesopj.testsupport;

import java.io.IOException;
import java.io.InputStream;

/**
 * One cluster node in its own JVM, started by {@link ClusterNodes}: deploys the built WAR in
 * embedded Jetty or Tomcat on a given port, with mesopj's settings passed as system properties
 * ({@code -DMESOP_STATE_SESSION_BACKEND=sql ...}), prints {@value #READY} and runs until it is
 * killed. It also ends when its standard input closes, so a node never outlives the test JVM
 * that started it (even one killed with SIGKILL: the pipe closes with it).
 *
 * <p>Arguments: {@code jetty|tomcat port}. The WAR comes from {@code -Dmesopj.war}.
 */
public final class NodeMain {
  /** Printed on standard output once the WAR is deployed and listening. */
  public static final String READY = "mesopj-node ready";

  private NodeMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: NodeMain jetty|tomcat port");
      System.exit(2);
    }
    WarServer.Kind kind = WarServer.Kind.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
    int port = Integer.parseInt(args[1]);
    WarServer server;
    try {
      server = WarServer.start(kind, port);
    } catch (Throwable e) { // an Error too: the container's threads must not keep a half-started node alive
      e.printStackTrace();
      System.out.flush();
      Runtime.getRuntime().halt(3);
      return;
    }
    System.out.println(READY + " " + kind + " " + server.base());
    System.out.flush();
    InputStream in = System.in;
    byte[] buffer = new byte[64];
    while (in.read(buffer) >= 0) {
      // the parent never writes; we only wait for the pipe to close
    }
    Runtime.getRuntime().halt(0); // like a crash: no orderly shutdown is needed or wanted
  }
}
