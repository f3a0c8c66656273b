package org.egate.lane.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.egate.lane.clearance.CrossingRecordJson;
import org.egate.lane.journal.JournalEntry;
import org.egate.lane.journal.JournalSink;
import org.egate.lane.journal.SinkUnavailableException;

/**
 * Forwards journaled crossings to {@code POST /api/lanes/{laneId}/crossings} with the journal
 * entry's idempotency key in the body. 201 is stored, 200 a duplicate the server already had;
 * 409 (key reused with other facts) and other 4xx are permanent rejections, except 401/403/408/429
 * (credentials, clock skew, throttling), which like 5xx and no answer leave the record pending.
 */
public final class HttpCrossingSink implements JournalSink {

  private final LaneHttp http;

  public HttpCrossingSink(HttpClient client, LaneCredentials credentials, Clock wallClock) {
    this.http = new LaneHttp(client, credentials, new LaneRequestSigner(credentials, wallClock));
  }

  @Override
  public Acknowledgement deliver(JournalEntry entry) throws SinkUnavailableException {
    String path = http.lanePath("crossings");
    LaneHttp.Answer answer;
    try {
      answer = http.post(path, CrossingRecordJson.ingestBody(entry.payload()));
    } catch (IOException e) {
      throw new SinkUnavailableException("no answer from " + path + " for " + entry.key() + ": " + e, e);
    }
    int status = answer.status();
    if (status == 201) {
      return Acknowledgement.STORED;
    }
    if (status == 200) {
      return Acknowledgement.ALREADY_STORED;
    }
    if (status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429) {
      return Acknowledgement.REJECTED;
    }
    throw new SinkUnavailableException("server answered " + status + " to " + path + " for " + entry.key() + ": "
        + new String(answer.body(), StandardCharsets.UTF_8));
  }
}
