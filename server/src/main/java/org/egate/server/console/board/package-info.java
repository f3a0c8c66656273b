/**
 * The live lane board. {@link org.egate.server.console.board.LaneActivity} is the in-process
 * event bus the lane use cases publish to (one non-blocking call, no database work, no personal
 * data); the board page subscribes over Server-Sent Events and htmx swaps each lane's row in place.
 */
package org.egate.server.console.board;
