package org.egate.biometrics.eval;

/** Which way a comparison score points; the caller says so, the evaluation never guesses. */
public enum ScoreOrientation {
  /** Similarity scores (SourceAFIS, cosine similarity): a larger score means more alike. */
  HIGHER_IS_MORE_SIMILAR {
    @Override
    double toSimilarity(double score) {
      return score;
    }
  },
  /** Distances (Euclidean descriptor distance): a smaller score means more alike. */
  LOWER_IS_MORE_SIMILAR {
    @Override
    double toSimilarity(double score) {
      return -score;
    }
  };

  /** Maps a score to an internal similarity where larger is always more alike. */
  abstract double toSimilarity(double score);

  /** Inverse of {@link #toSimilarity}; negation is its own inverse. */
  double fromSimilarity(double similarity) {
    return toSimilarity(similarity);
  }

  /** Whether {@code score} is accepted at {@code threshold} under this orientation. */
  public boolean accepts(double score, double threshold) {
    return toSimilarity(score) >= toSimilarity(threshold);
  }
}
