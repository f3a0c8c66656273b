/**
 * Commands that run or operate the central server: {@code egate server}, {@code egate audit
 * verify}, {@code egate keys rotate}. {@code egate demo} (in the root package) starts it with demo
 * data.
 */
package org.egate.cli.server;
