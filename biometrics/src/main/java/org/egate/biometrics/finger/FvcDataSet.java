package org.egate.biometrics.finger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder in FVC layout: {@code <finger>_<impression>.tif} (also .tiff, .png, .bmp, .wsq). The
 * grid is every finger seen times every impression seen; a grid cell without a file is missing.
 */
public final class FvcDataSet {
  private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)\\.(tif|tiff|png|bmp|wsq)", Pattern.CASE_INSENSITIVE);

  /** One image of the set. */
  public record Image(int finger, int impression, Path file) {
    /** The file name without folder, e.g. 101_1.tif. */
    public String name() {
      return file.getFileName().toString();
    }
  }

  private final Path folder;
  private final List<Image> images;
  private final int missing;

  private FvcDataSet(Path folder, List<Image> images, int missing) {
    this.folder = folder;
    this.images = List.copyOf(images);
    this.missing = missing;
  }

  /** Lists a folder; fails when it does not exist or holds no FVC-named image. */
  public static FvcDataSet open(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("FVC folder must be a directory but was " + folder);
    }
    List<Image> images = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(
          f -> {
            Matcher m = NAME.matcher(f.getFileName().toString());
            if (m.matches()) {
              images.add(new Image(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), f));
            }
          });
    }
    if (images.isEmpty()) {
      throw new IllegalArgumentException("no <finger>_<impression>.tif images in " + folder);
    }
    images.sort(Comparator.comparingInt(Image::finger).thenComparingInt(Image::impression));
    long fingers = images.stream().mapToInt(Image::finger).distinct().count();
    long impressions = images.stream().mapToInt(Image::impression).distinct().count();
    return new FvcDataSet(folder, images, (int) (fingers * impressions - images.size()));
  }

  public Path folder() {
    return folder;
  }

  /** Images, by finger then impression. */
  public List<Image> images() {
    return images;
  }

  /** Grid cells (finger x impression) without a file. */
  public int missing() {
    return missing;
  }
}
