package org.egate.server.api;

import java.net.URI;
import java.util.Locale;
import org.egate.border.reason.ReasonCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A problem for a domain refusal: the border module's reason code with its zh-TW and English message. */
public final class DomainProblem {
  private DomainProblem() {}

  public static ProblemDetail of(HttpStatus status, ReasonCode reason, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(reason.english());
    p.setType(URI.create("urn:egate:problem:" + reason.name()));
    p.setProperty("reasonCode", reason.name());
    p.setProperty("outcome", reason.outcome().name());
    p.setProperty("messageZhTw", reason.zhTw());
    p.setProperty("messageEn", reason.message(Locale.ENGLISH));
    return p;
  }

  public static ProblemException exception(HttpStatus status, ReasonCode reason, String detail) {
    return new ProblemException(of(status, reason, detail));
  }
}
