package org.egate.document.mrz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The specimen MRZs shipped with egate: those printed in ICAO Doc 9303 Parts 4-7 and Part 11
 * (fictional state Utopia, {@code UTO}), then synthetic ROC documents laid out as the catalogue
 * assumes (docs/decisions/0011-document-catalogue.md).
 */
public final class Specimens {
  private static final String RESOURCE = "specimens.mrz";

  private Specimens() {}

  /** The specimen file's text: MRZ blocks separated by blank lines. */
  public static String text() {
    try (InputStream in = Specimens.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " missing from the document module");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  /** The specimen MRZs, one block each. */
  public static List<String> blocks() {
    return MrzBlocks.split(text());
  }
}
