/**
 * The officer console. For now only the signed-in page that shows CSRF-protected forms; the live
 * lane view (htmx + SSE) is later work.
 */
package org.egate.server.console;
