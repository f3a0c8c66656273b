/**
 * What every endpoint shares: RFC 9457 problem+json carrying a reason code ({@link
 * org.egate.server.api.Problem}), the protocol-level reasons ({@link
 * org.egate.server.api.ProtocolReason}) and the translation of bad input into specific 4xx
 * problems ({@link org.egate.server.api.ProblemHandler}).
 */
package org.egate.server.api;
