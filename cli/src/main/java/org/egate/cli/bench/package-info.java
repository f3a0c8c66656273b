/** {@code egate bench ...}: throughput and latency runs that print a JSON summary. */
package org.egate.cli.bench;
