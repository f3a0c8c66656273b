package org.egate.cli.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One lane's keep-alive HTTP/1.1 connection for the load generator: a blocking socket, the request
 * written in one piece, the answer read by its Content-Length (or chunks). It costs the shared
 * cores far less per request than {@code java.net.http.HttpClient} (decision 0092), so the bench
 * measures the server rather than its own client. Reconnects when the server closes.
 */
final class LaneConnection implements AutoCloseable {
  /** A status code and the body as text. */
  record Answer(int status, String body) {}

  private final String host;
  private final int port;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  LaneConnection(String host, int port) {
    this.host = host;
    this.port = port;
  }

  Answer post(String path, String[] headers, byte[] body) throws IOException {
    try {
      return exchange(path, headers, body);
    } catch (IOException e) {
      close(); // a keep-alive connection the server closed: one retry on a new one
      return exchange(path, headers, body);
    }
  }

  private Answer exchange(String path, String[] headers, byte[] body) throws IOException {
    if (socket == null) {
      socket = new Socket(host, port);
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }
    StringBuilder head = new StringBuilder(512).append("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host).append(':')
        .append(port).append("\r\nContent-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    head.append("\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[h.length + body.length];
    System.arraycopy(h, 0, request, 0, h.length);
    System.arraycopy(body, 0, request, h.length, body.length);
    out.write(request);
    out.flush();

    String status = line();
    if (status == null || !status.startsWith("HTTP/1.1 ")) {
      throw new IOException("no HTTP answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    int length = -1;
    boolean chunked = false;
    boolean closeAfter = false;
    String l;
    while ((l = line()) != null && !l.isEmpty()) {
      int colon = l.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = l.substring(0, colon).trim();
      String value = l.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Integer.parseInt(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
        chunked = true;
      } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
        closeAfter = true;
      }
    }
    byte[] content;
    if (chunked) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      int size;
      while ((size = Integer.parseInt(line().split(";")[0].trim(), 16)) > 0) {
        all.write(in.readNBytes(size));
        line();
      }
      line();
      content = all.toByteArray();
    } else {
      content = length < 0 ? in.readAllBytes() : in.readNBytes(length);
    }
    if (closeAfter || length < 0 && !chunked) {
      close();
    }
    return new Answer(code, new String(content, StandardCharsets.UTF_8));
  }

  private String line() throws IOException {
    StringBuilder sb = new StringBuilder(64);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
      }
      sb.append((char) c);
    }
    if (sb.isEmpty()) {
      throw new IOException("the server closed the connection");
    }
    return sb.toString();
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
