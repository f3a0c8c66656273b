/**
 * Crossing records: lanes report them ({@code POST /api/lanes/{laneId}/crossings}), the border
 * module's {@code CrossingLog} decides what is stored, and {@link
 * org.egate.server.crossing.SqlCrossingRepository} stores each key exactly once in a table
 * partitioned by Asia/Taipei month.
 */
package org.egate.server.crossing;
