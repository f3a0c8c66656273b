package org.egate.simulator.face;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.egate.lane.device.simulated.Accessory;
import org.egate.lane.device.simulated.SimulatedCamera;

/**
 * The face images of simulated travelers, written as files the simulated camera reads
 * (decision 0130): the holder's enrollment portrait, and live frames of whoever stands at the
 * gate, bare and for every combination of what they wear (the camera picks the files that show
 * what is still worn, {@link SimulatedCamera#wornTag}). Thread-safe: every traveler draws from
 * its own random generator, seeded by the run's seed and the traveler's number.
 */
public final class TravelerFaces {

  /** Bare live frames per traveler (the capture loop cycles through them). */
  static final int BARE_FRAMES = 3;
  /**
   * Live frames per combination of worn accessories: as many as the capture loop takes while it is
   * worn (7 s budget, a frame of about 0.25 s and a 1.5 s pause after each prompt: 4), so every
   * capture is a fresh frame, as from a real camera, and one frame the engine misjudges is not shown
   * again and again (decision 0150).
   */
  static final int WORN_FRAMES = 4;

  private final FaceLibrary library;
  private final FaceCast cast;
  private final FaceRenderer renderer;
  private final long seed;

  public TravelerFaces(FaceLibrary library, FaceRenderer renderer, long seed) {
    this.library = Objects.requireNonNull(library, "library");
    this.cast = new FaceCast(library.size());
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.seed = seed;
  }

  public FaceLibrary library() {
    return library;
  }

  public FaceCast cast() {
    return cast;
  }

  /** The document holder's enrollment portrait (JPEG). */
  public byte[] portrait(long traveler) {
    return renderer.portrait(library.identity(cast.holder(traveler)), random(traveler, 0));
  }

  /**
   * Writes the live frames of the person presenting traveler {@code traveler}'s document into
   * {@code dir} and returns them.
   *
   * @param someoneElse the face at the gate is not the holder's (an impostor, or a face changed
   *     beyond recognition): another identity of the library
   * @param hiddenCompanion a second person stands behind in every frame
   */
  public List<Path> writeLive(Path dir, long traveler, Set<Accessory> worn, boolean someoneElse, boolean hiddenCompanion)
      throws IOException {
    Files.createDirectories(dir);
    FaceIdentity who = library.identity(someoneElse ? cast.other(traveler) : cast.holder(traveler));
    Optional<FaceIdentity> companion = hiddenCompanion
        ? Optional.of(library.identity((cast.other(traveler) + 1) % library.size()))
        : Optional.empty();
    if (companion.isPresent() && companion.get() == who) {
      companion = Optional.of(library.identity((cast.other(traveler) + 2) % library.size()));
    }
    SplittableRandom random = random(traveler, 1);
    List<Path> files = new ArrayList<>();
    for (Set<Accessory> shown : subsets(worn)) {
      int frames = shown.isEmpty() ? BARE_FRAMES : WORN_FRAMES;
      for (int i = 1; i <= frames; i++) {
        Path file = dir.resolve("frame-" + i + SimulatedCamera.wornTag(shown) + ".jpg");
        Files.write(file, renderer.liveFrame(who, shown, companion, random));
        files.add(file);
      }
    }
    return files;
  }

  /** Every subset of {@code worn}, the full set first, the bare face last. */
  static List<Set<Accessory>> subsets(Set<Accessory> worn) {
    List<Accessory> items = List.copyOf(EnumSet.copyOf(worn.isEmpty() ? EnumSet.noneOf(Accessory.class) : worn));
    List<Set<Accessory>> out = new ArrayList<>();
    for (int mask = (1 << items.size()) - 1; mask >= 0; mask--) {
      EnumSet<Accessory> s = EnumSet.noneOf(Accessory.class);
      for (int i = 0; i < items.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          s.add(items.get(i));
        }
      }
      out.add(s);
    }
    return out;
  }

  private SplittableRandom random(long traveler, int stream) {
    return new SplittableRandom(seed * 1_000_003L + traveler * 4 + stream);
  }
}
