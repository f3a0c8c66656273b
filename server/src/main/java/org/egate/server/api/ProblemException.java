package org.egate.server.api;

import org.springframework.http.ProblemDetail;

/** Thrown by a use case to answer with a specific problem; rolls back the use case's transaction. */
public class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ProblemDetail problem;

  public ProblemException(ProtocolReason reason, String detail) {
    this(Problem.of(reason, detail));
  }

  public ProblemException(ProblemDetail problem) {
    super(problem.getProperties() == null ? problem.getDetail() : problem.getProperties().get("reasonCode") + ": " + problem.getDetail());
    this.problem = problem;
  }

  public ProblemDetail problem() {
    return problem;
  }
}
