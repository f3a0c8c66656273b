package org.egate.lane.journal;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link Journal#open} found: how many intact records, how many are still to forward, how
 * many bytes of a torn tail it cut off, and where it kept them.
 */
public record RecoveryReport(int records, int pending, long tornBytes, Optional<Path> tornTailKeptAt) {

  public boolean wasClean() {
    return tornBytes == 0;
  }
}
