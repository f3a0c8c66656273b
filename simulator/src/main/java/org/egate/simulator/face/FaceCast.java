package org.egate.simulator.face;

/**
 * Which face each simulated traveler has, when there are far fewer real faces than travelers
 * (decision 0130): traveler {@code i} gets identity {@code i mod n}, so every identity is shared
 * by about N/n travelers, as evenly as possible. An impostor shows a face of a different identity
 * than the document holder's, never the same one; a traveler whose face "no longer matches the
 * enrollment" likewise shows another identity's face at the lane.
 */
public record FaceCast(int identities) {

  public FaceCast {
    if (identities < 2) {
      throw new IllegalArgumentException("a face cast needs at least 2 identities (impostors need another face) but had "
          + identities);
    }
  }

  /** The identity of traveler number {@code index} (0-based). */
  public int holder(long index) {
    return (int) Math.floorMod(index, (long) identities);
  }

  /** A face that is not the holder's: the identity an impostor (or a changed face) shows. */
  public int other(long index) {
    int step = 1 + (int) Math.floorMod(index * 7919L, (long) identities - 1);
    return (holder(index) + step) % identities;
  }
}
