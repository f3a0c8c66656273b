package org.egate.cli.mrz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text {@code egate mrz check} works on, refusing what cannot be MRZ text: more than
 * {@link #MAX_BYTES}, bytes that are not UTF-8, or control characters other than line breaks
 * and tabs. Refusals are {@link Unusable} with a message for the user.
 */
final class MrzInput {
  /** 1 MiB holds over 10,000 MRZ blocks; anything larger is not a scanner's output. */
  static final int MAX_BYTES = 1 << 20;

  /** Input that cannot be checked; the message says why. */
  static final class Unusable extends Exception {
    Unusable(String message) {
      super(message, null, false, false);
    }
  }

  private MrzInput() {}

  static String read(String source, InputStream stdin) throws Unusable {
    byte[] bytes;
    try {
      if ("-".equals(source)) {
        bytes = stdin.readNBytes(MAX_BYTES + 1);
      } else {
        Path p = Path.of(source);
        if (Files.isDirectory(p)) {
          throw new Unusable("'" + source + "' is a directory, not a file of MRZ lines");
        }
        try (InputStream in = Files.newInputStream(p)) {
          bytes = in.readNBytes(MAX_BYTES + 1);
        }
      }
    } catch (NoSuchFileException e) {
      throw new Unusable("no such file: '" + source + "'");
    } catch (IOException | RuntimeException e) {
      throw new Unusable("cannot read '" + source + "': " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new Unusable("input is larger than " + MAX_BYTES + " bytes (1 MiB); MRZ text is far smaller");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Unusable("input is not UTF-8 text (binary data?)");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 32 && c != '\n' && c != '\r' && c != '\t') {
        throw new Unusable(String.format(
            "input is not text: control character U+%04X at offset %d (binary data?)", (int) c, i));
      }
    }
    return text;
  }
}
