package org.egate.biometrics.face.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The LFW {@code pairs.txt} protocol: a header {@code folds pairsPerFold}, then per fold that many
 * same-person lines ({@code name i j}) followed by as many different-person lines
 * ({@code name1 i name2 j}). Images live at {@code root/<name>/<name>_<NNNN>.jpg}.
 */
public record LfwPairs(List<Pair> pairs) {

  /** One listed pair; {@code same} for a genuine (same-person) pair. */
  public record Pair(LfwImage first, LfwImage second, boolean same) {
  }

  /** One image named by the protocol. */
  public record LfwImage(String name, int number) {
    public LfwImage {
      if (name.isBlank() || number < 1) {
        throw new IllegalArgumentException("LFW image must have a name and a number >= 1 but was '" + name + "' " + number);
      }
    }

    public Path file(Path root) {
      return root.resolve(name).resolve(String.format("%s_%04d.jpg", name, number));
    }
  }

  public LfwPairs {
    pairs = List.copyOf(pairs);
  }

  public static LfwPairs read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    if (lines.isEmpty()) {
      throw new IOException("pairs file " + file + " is empty");
    }
    List<Pair> pairs = new ArrayList<>();
    for (int n = 1; n < lines.size(); n++) {
      String line = lines.get(n).trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      try {
        if (f.length == 3) {
          pairs.add(new Pair(new LfwImage(f[0], Integer.parseInt(f[1])), new LfwImage(f[0], Integer.parseInt(f[2])), true));
        } else if (f.length == 4) {
          pairs.add(new Pair(new LfwImage(f[0], Integer.parseInt(f[1])), new LfwImage(f[2], Integer.parseInt(f[3])), false));
        } else {
          throw new IOException("pairs file " + file + " line " + (n + 1) + " must have 3 or 4 fields but was '" + line + "'");
        }
      } catch (IllegalArgumentException e) {
        throw new IOException("pairs file " + file + " line " + (n + 1) + ": " + e.getMessage(), e);
      }
    }
    return new LfwPairs(pairs);
  }

  /** Every distinct image the pairs name, in first-seen order. */
  public List<LfwImage> images() {
    java.util.LinkedHashSet<LfwImage> all = new java.util.LinkedHashSet<>();
    for (Pair p : pairs) {
      all.add(p.first());
      all.add(p.second());
    }
    return List.copyOf(all);
  }
}
