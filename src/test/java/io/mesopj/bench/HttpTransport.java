package io.mesopj.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * How the load generator POSTs. {@code raw}: a minimal blocking HTTP/1.1 client, one keep-alive
 * socket per (client, node), cheap on CPU so that two cores are left to the server as far as
 * possible. {@code jdk}: {@code java.net.http.HttpClient}, as the container tests' UiClient uses.
 */
interface HttpTransport extends AutoCloseable {
  /** A POST's answer: status, Content-Type and the whole (de-chunked) body. */
  record Reply(int status, String contentType, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** One client's connection to one node. Not thread-safe (one request in flight, like a browser tab). */
  interface Connection extends AutoCloseable {
    Reply post(String pathAndQuery, String contentType, byte[] body) throws IOException, InterruptedException;

    @Override
    void close();
  }

  Connection open(URI base);

  @Override
  default void close() {}

  static HttpTransport of(String kind) {
    switch (kind) {
      case "raw":
        return RawConnection::new;
      case "jdk":
        return new Jdk();
      default:
        throw new IllegalArgumentException("--client must be raw or jdk, not " + kind);
    }
  }

  /** java.net.http.HttpClient over HTTP/1.1 (its own connection pool). */
  final class Jdk implements HttpTransport {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public Connection open(URI base) {
      return new Connection() {
        @Override
        public Reply post(String pathAndQuery, String contentType, byte[] body)
            throws IOException, InterruptedException {
          HttpRequest req = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60))
              .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
          HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
          return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        }

        @Override
        public void close() {}
      };
    }
  }

  /** A blocking HTTP/1.1 keep-alive connection: Content-Length or chunked bodies, reconnects when stale. */
  final class RawConnection implements Connection {
    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private boolean reused;
    private byte[] buf = new byte[16 * 1024];
    private int len;
    private final StringBuilder line = new StringBuilder(128);

    RawConnection(URI base) {
      this.host = base.getHost();
      this.port = base.getPort();
    }

    @Override
    public Reply post(String pathAndQuery, String contentType, byte[] body) throws IOException {
      for (int attempt = 0; ; attempt++) {
        boolean wasReused = socket != null && reused;
        try {
          if (socket == null) {
            connect();
          }
          String head = "POST " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: "
              + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
          out.write(head.getBytes(StandardCharsets.ISO_8859_1));
          out.write(body);
          out.flush();
          Reply r = read();
          reused = true;
          return r;
        } catch (IOException e) {
          close();
          // a kept-alive connection the server closed meanwhile: retry once on a fresh one
          if (!wasReused || attempt > 0) {
            throw e;
          }
        }
      }
    }

    private void connect() throws IOException {
      Socket s = new Socket();
      s.setTcpNoDelay(true);
      s.connect(new InetSocketAddress(host, port), 10_000);
      s.setSoTimeout(60_000);
      socket = s;
      in = new BufferedInputStream(s.getInputStream(), 32 * 1024);
      out = new BufferedOutputStream(s.getOutputStream(), 16 * 1024);
      reused = false;
    }

    private Reply read() throws IOException {
      String status = readLine();
      if (!status.startsWith("HTTP/1.")) {
        throw new IOException("not an HTTP response: " + status);
      }
      int code = Integer.parseInt(status.substring(9, 12));
      long contentLength = -1;
      boolean chunked = false;
      boolean close = status.startsWith("HTTP/1.0");
      String type = "";
      for (String h = readLine(); !h.isEmpty(); h = readLine()) {
        int colon = h.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = h.substring(0, colon).trim();
        String value = h.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("Content-Length")) {
          contentLength = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
          chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
        } else if (name.equalsIgnoreCase("Connection")) {
          close = value.equalsIgnoreCase("close");
        } else if (name.equalsIgnoreCase("Content-Type")) {
          type = value;
        }
      }
      len = 0;
      if (chunked) {
        while (true) {
          String size = readLine();
          int semi = size.indexOf(';');
          int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
          if (n == 0) {
            while (!readLine().isEmpty()) {
              // trailers
            }
            break;
          }
          readBody(n);
          readLine();
        }
      } else if (contentLength >= 0) {
        readBody((int) contentLength);
      } else {
        close = true;
        byte[] chunk = new byte[8192];
        for (int n; (n = in.read(chunk)) > 0; ) {
          ensure(n);
          System.arraycopy(chunk, 0, buf, len, n);
          len += n;
        }
      }
      Reply r = new Reply(code, type, Arrays.copyOf(buf, len));
      if (close) {
        close();
      }
      return r;
    }

    private void readBody(int n) throws IOException {
      ensure(n);
      int got = in.readNBytes(buf, len, n);
      if (got < n) {
        throw new EOFException("body ended after " + got + " of " + n + " bytes");
      }
      len += n;
    }

    private void ensure(int more) {
      if (len + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
      }
    }

    private String readLine() throws IOException {
      line.setLength(0);
      for (int c; (c = in.read()) != '\n'; ) {
        if (c < 0) {
          throw new EOFException("connection closed");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    @Override
    public void close() {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // closing anyway
        }
        socket = null;
      }
    }
  }
}
