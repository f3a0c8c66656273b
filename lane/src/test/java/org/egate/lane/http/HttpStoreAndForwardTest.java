package org.egate.lane.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.egate.border.site.LaneId;
import org.egate.lane.clearance.Transaction;
import org.egate.lane.device.MrzText;
import org.egate.lane.device.simulated.Visitor;
import org.egate.lane.fixtures.Documents;
import org.egate.lane.fixtures.LaneRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store-and-forward over real HTTP: the crossing receiver is killed in the middle of a run (its
 * socket closes), once it even stores a record and dies before answering; it comes back on the
 * same port. Every crossing arrives exactly once.
 */
class HttpStoreAndForwardTest {

  @TempDir Path dir;

  /**
   * An idempotent crossing receiver: keeps each key once, like the server's ingest; what it stored
   * survives a restart (as the server's database does).
   */
  static final class Receiver {
    final Map<String, String> stored;
    final AtomicInteger posts;
    final AtomicBoolean dieAfterNextCommit = new AtomicBoolean();
    private HttpServer server;
    private int port;

    Receiver(int port) throws IOException {
      this(port, new LinkedHashMap<>(), new AtomicInteger());
    }

    /** The same receiver started again on the same port with the same storage. */
    Receiver restarted() throws IOException {
      return new Receiver(port, stored, posts);
    }

    private Receiver(int port, Map<String, String> stored, AtomicInteger posts) throws IOException {
      this.port = port;
      this.stored = stored;
      this.posts = posts;
      start();
    }

    private void start() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      server.createContext("/", exchange -> {
        byte[] body = exchange.getRequestBody().readAllBytes();
        posts.incrementAndGet();
        String key = new ObjectMapper().readTree(body).path("key").asText();
        boolean fresh;
        synchronized (stored) {
          fresh = stored.putIfAbsent(key, new String(body, StandardCharsets.UTF_8)) == null;
        }
        if (dieAfterNextCommit.getAndSet(false)) {
          exchange.close(); // committed, but the answer never leaves
          return;
        }
        exchange.sendResponseHeaders(fresh ? 201 : 200, -1);
        exchange.close();
      });
      server.start();
      port = server.getAddress().getPort();
    }

    void kill() {
      server.stop(0);
    }

    int port() {
      return server.getAddress().getPort();
    }
  }

  @Test
  void aReceiverKilledMidRunGetsEveryCrossingExactlyOnceWhenItComesBack() throws Exception {
    Receiver receiver = new Receiver(0);
    int port = receiver.port();
    LaneCredentials credentials = new LaneCredentials(URI.create("http://127.0.0.1:" + port + "/"),
        LaneId.of("TAOYUAN-T2-D01"), "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
        Duration.ofSeconds(2));
    HttpCrossingSink sink = new HttpCrossingSink(HttpClient.newHttpClient(), credentials, Clock.systemUTC());
    int passed = 0;
    try (LaneRig rig = new LaneRig("TAOYUAN-T2-D01", ZonedDateTime.parse("2026-11-27T09:00:00+08:00[Asia/Taipei]"),
        dir, 21, null, sink)) {
      for (int i = 0; i < 12; i++) {
        MrzText passport = Documents.rocPassport("H", String.format("8000000%02d", i));
        rig.server.enroll(passport, "h" + i);
        if (i == 3) {
          receiver.dieAfterNextCommit.set(true);
        }
        if (i == 5) {
          receiver.kill();
        }
        if (i == 9) {
          receiver = receiver.restarted();
        }
        rig.devices.scene().arrive(Visitor.with("h" + i, passport).build());
        Transaction t = rig.lane.serveNext().orElseThrow();
        if (t.decision().passed()) {
          passed++;
        }
        if (i >= 5 && i < 9) {
          assertThat(rig.journal.pendingCount()).as("while the receiver is dead").isGreaterThan(0);
        }
      }
      rig.outbox.forward();
      assertThat(rig.journal.pendingCount()).isZero();
    } finally {
      receiver.kill();
    }
    assertThat(passed).isEqualTo(12);
    assertThat(receiver.stored).hasSize(12);
    assertThat(receiver.posts.get()).isGreaterThan(12); // the answer lost at traveler 3 made one resend
  }
}
