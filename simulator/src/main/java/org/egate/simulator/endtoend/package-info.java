/**
 * The end-to-end run ({@code egate simulate --travelers N --lanes M}): the real server on embedded
 * PostgreSQL in process, the population enrolled through its API with synthetic fingerprints, and
 * M simulated lanes on virtual time talking HTTP to it; decision 0080.
 */
package org.egate.simulator.endtoend;
