package org.egate.server.console.board;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteDirectory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The open board pages' SSE streams. For each lane that changed, it renders the lane's row once
 * per language and sends it as event {@code lane-<id>}, which the page's {@code sse-swap} puts in
 * place. Streams are closed before the web server's graceful shutdown waits for open requests.
 */
@Component
class BoardStreams implements SmartLifecycle {
  private record Stream(SseEmitter emitter, Locale locale) {}

  private final List<Stream> streams = new CopyOnWriteArrayList<>();
  private final LaneActivity activity;
  private final SiteDirectory sites;
  private final ITemplateEngine templates;
  private final Clock clock;
  private volatile boolean running;

  BoardStreams(LaneActivity activity, SiteDirectory sites, ITemplateEngine templates, Clock clock) {
    this.activity = activity;
    this.sites = sites;
    this.templates = templates;
    this.clock = clock;
    activity.subscribe(this::changed);
  }

  SseEmitter open(Locale locale) {
    SseEmitter emitter = new SseEmitter(BoardParameters.STREAM_TIMEOUT.toMillis());
    Stream s = new Stream(emitter, locale);
    emitter.onCompletion(() -> streams.remove(s));
    emitter.onTimeout(() -> streams.remove(s));
    emitter.onError(e -> streams.remove(s));
    streams.add(s);
    return emitter;
  }

  int open() {
    return streams.size();
  }

  /** The row fragment for one lane, in one language; also used by the page itself. */
  LaneRow row(Lane lane, LocalDate today) {
    return LaneRow.of(lane, today, activity.recent(lane.id().value()));
  }

  /** Pushes one lane's row now (its state changed outside the lanes' own traffic). */
  void refresh(String laneId) {
    changed(Set.of(laneId));
  }

  private synchronized void changed(Set<String> laneIds) {
    if (streams.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    for (String id : laneIds) {
      Lane lane = sites.lane(LaneId.of(id)).orElse(null);
      if (lane == null) {
        continue;
      }
      LaneRow row = row(lane, today);
      Map<Locale, String> rendered = new HashMap<>();
      for (Stream s : streams) {
        String html = rendered.computeIfAbsent(s.locale(), l -> render(row, l));
        try {
          s.emitter().send(SseEmitter.event().name("lane-" + id).data(html));
        } catch (IOException | IllegalStateException e) {
          streams.remove(s);
        }
      }
    }
  }

  private String render(LaneRow row, Locale locale) {
    Context ctx = new Context(locale);
    ctx.setVariable("row", row);
    // One line: an SSE data field ends at a line break.
    return templates.process("console/board", Set.of("laneCard"), ctx).replaceAll("\\s*\\R\\s*", " ").trim();
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    for (Stream s : streams) {
      s.emitter().complete();
    }
    streams.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stop first, before the web server drains requests (an open stream would hold it up). */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }
}
