package org.egate.simulator.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Real fingerprints for the end-to-end run ({@code --fingers DIR}, FVC layout: {@code
 * <finger>_<impression>.tif}, e.g. {@code 101_1.tif}; DIR is one database folder such as
 * {@code fvc2002/DB1_B} or a folder of them). Each finger is one finger of the data set; traveler
 * {@code i} has fingers {@code 2i} and {@code 2i+1} (mod the number of fingers, so a small set is
 * shared by many travelers, as the faces are, decision 0130); impression 1 is enrolled, impression 2
 * is what the lane's scanner reads; an impostor's fingers are half the set away, never the holder's.
 */
final class RealFingers {
  private final List<List<Path>> fingers;

  private RealFingers(List<List<Path>> fingers) {
    this.fingers = List.copyOf(fingers);
  }

  static RealFingers fvc(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--fingers " + dir + ": not a folder");
    }
    Map<String, List<Path>> byFinger = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir, 2)) {
      for (Path f : files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".tif")).sorted().toList()) {
        String name = f.getFileName().toString();
        int underscore = name.indexOf('_');
        if (underscore > 0) {
          byFinger.computeIfAbsent(f.getParent() + "/" + name.substring(0, underscore), k -> new ArrayList<>()).add(f);
        }
      }
    }
    List<List<Path>> usable = byFinger.values().stream().filter(l -> l.size() >= 2).toList();
    if (usable.size() < 4) {
      throw new IllegalArgumentException("--fingers " + dir + ": need at least 4 fingers with two impressions each"
          + " (FVC layout <finger>_<impression>.tif) but found " + usable.size());
    }
    return new RealFingers(usable);
  }

  int size() {
    return fingers.size();
  }

  /** Finger {@code finger} (0 right index, 1 left index) of traveler {@code index}, impression 1 (enrolled). */
  byte[] enrolled(long index, int finger) throws IOException {
    return Files.readAllBytes(of(index, finger, false).get(0));
  }

  /** The impression the lane's scanner reads: the holder's impression 2, or an impostor's finger. */
  byte[] atLane(long index, int finger, boolean impostor) throws IOException {
    return Files.readAllBytes(of(index, finger, impostor).get(1));
  }

  private List<Path> of(long index, int finger, boolean impostor) {
    long n = fingers.size();
    long chosen = 2 * index + finger + (impostor ? n / 2 : 0);
    return fingers.get((int) Math.floorMod(chosen, n));
  }
}
