/**
 * The lane hot path (decision 0091): the two endpoints every lane calls many times a minute,
 * authorization and crossing ingest, served by one servlet filter ahead of Spring MVC and the
 * security filter chain, with the same authentication, use cases, answers and problems.
 */
package org.egate.server.laneapi;
