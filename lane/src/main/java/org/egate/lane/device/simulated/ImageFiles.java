package org.egate.lane.device.simulated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Image bytes for simulated captures, read once per file and cycled through per visitor. */
final class ImageFiles {

  private final Map<Path, byte[]> cache = new HashMap<>();

  /** The {@code index}-th image of {@code images} (cycling), or no bytes when there are none. */
  byte[] pick(List<Path> images, int index) {
    if (images.isEmpty()) {
      return new byte[0];
    }
    Path path = images.get(Math.floorMod(index, images.size()));
    return cache.computeIfAbsent(path, ImageFiles::read);
  }

  String name(List<Path> images, int index) {
    return images.isEmpty() ? "synthetic" : images.get(Math.floorMod(index, images.size())).toString();
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read simulated capture image " + path, e);
    }
  }
}
