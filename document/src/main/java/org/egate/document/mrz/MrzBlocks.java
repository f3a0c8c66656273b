package org.egate.document.mrz;

import java.util.ArrayList;
import java.util.List;

/** Splits text holding several MRZs into blocks: blocks are separated by blank lines. */
public final class MrzBlocks {
  private MrzBlocks() {}

  /** The non-blank blocks of {@code text}, in order, each with its lines. */
  public static List<String> split(CharSequence text) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i <= n) {
      int end = i;
      while (end < n && text.charAt(end) != '\n') {
        end++;
      }
      CharSequence line = text.subSequence(i, end);
      if (line.toString().isBlank()) {
        if (block.length() > 0) {
          blocks.add(block.toString());
          block.setLength(0);
        }
      } else {
        if (block.length() > 0) {
          block.append('\n');
        }
        block.append(line);
      }
      i = end + 1;
    }
    if (block.length() > 0) {
      blocks.add(block.toString());
    }
    return blocks;
  }
}
