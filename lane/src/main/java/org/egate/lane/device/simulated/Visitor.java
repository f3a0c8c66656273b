package org.egate.lane.device.simulated;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.egate.lane.device.MrzText;

/**
 * A person walking up to a simulated lane, as the devices will perceive them: whose face and
 * fingers they have ({@code biometricId}; an impostor's differs from the document holder's), the
 * document they place, what they wear and carry, who follows them, and how they react to prompts.
 * Immutable; the {@link Scene} tracks what changes while they are in the lane.
 */
public record Visitor(
    String biometricId,
    Optional<MrzText> document,
    int unreadableReads,
    Set<Accessory> accessories,
    boolean removesAccessoriesWhenAsked,
    int framesLookingAway,
    boolean faceRecognizable,
    boolean fingersReadable,
    int companions,
    boolean companionsHiddenFromSensor,
    boolean trolley,
    boolean removesTrolleyWhenAsked,
    boolean child,
    List<Path> faceImages,
    List<Path> fingerImages) {

  public Visitor {
    Objects.requireNonNull(biometricId, "biometricId");
    if (biometricId.isBlank()) {
      throw new IllegalArgumentException("biometricId must not be blank");
    }
    Objects.requireNonNull(document, "document");
    if (unreadableReads < 0 || framesLookingAway < 0 || companions < 0) {
      throw new IllegalArgumentException(
          "counts cannot be negative: unreadableReads " + unreadableReads + ", framesLookingAway "
              + framesLookingAway + ", companions " + companions);
    }
    accessories = Set.copyOf(accessories);
    faceImages = List.copyOf(faceImages);
    fingerImages = List.copyOf(fingerImages);
  }

  /** An ordinary, cooperative traveler with a readable document and nothing forbidden. */
  public static Builder with(String biometricId, MrzText document) {
    return new Builder(biometricId).document(document);
  }

  public static Builder withoutDocument(String biometricId) {
    return new Builder(biometricId);
  }

  /** Builds visitors for scenarios; every setter names one way a real traveler differs. */
  public static final class Builder {
    private final String biometricId;
    private MrzText document;
    private int unreadableReads;
    private final EnumSet<Accessory> accessories = EnumSet.noneOf(Accessory.class);
    private boolean removesAccessoriesWhenAsked = true;
    private int framesLookingAway;
    private boolean faceRecognizable = true;
    private boolean fingersReadable = true;
    private int companions;
    private boolean companionsHiddenFromSensor;
    private boolean trolley;
    private boolean removesTrolleyWhenAsked = true;
    private boolean child;
    private List<Path> faceImages = List.of();
    private List<Path> fingerImages = List.of();

    private Builder(String biometricId) {
      this.biometricId = biometricId;
    }

    public Builder document(MrzText document) {
      this.document = document;
      return this;
    }

    /** The first {@code reads} reads of the document fail (worn laminate, glare). */
    public Builder unreadableReads(int reads) {
      this.unreadableReads = reads;
      return this;
    }

    public Builder wearing(Accessory... worn) {
      accessories.addAll(List.of(worn));
      return this;
    }

    public Builder ignoresPrompts() {
      this.removesAccessoriesWhenAsked = false;
      this.removesTrolleyWhenAsked = false;
      return this;
    }

    public Builder framesLookingAway(int frames) {
      this.framesLookingAway = frames;
      return this;
    }

    /** Genuine, but the face no longer matches the enrollment well (aging, surgery, injury). */
    public Builder faceNotRecognizable() {
      this.faceRecognizable = false;
      return this;
    }

    public Builder fingersUnreadable() {
      this.fingersReadable = false;
      return this;
    }

    /** People who follow this traveler into the lane (tailgating). */
    public Builder companions(int count) {
      this.companions = count;
      return this;
    }

    /**
     * One person who slips in so close behind that the people counter sees one body; only the
     * camera sees a second face.
     */
    public Builder hiddenCompanion() {
      this.companions = 1;
      this.companionsHiddenFromSensor = true;
      return this;
    }

    public Builder trolley() {
      this.trolley = true;
      return this;
    }

    public Builder child() {
      this.child = true;
      return this;
    }

    public Builder faceImages(List<Path> images) {
      this.faceImages = images;
      return this;
    }

    public Builder fingerImages(List<Path> images) {
      this.fingerImages = images;
      return this;
    }

    public Visitor build() {
      return new Visitor(biometricId, Optional.ofNullable(document), unreadableReads, accessories,
          removesAccessoriesWhenAsked, framesLookingAway, faceRecognizable, fingersReadable,
          companions, companionsHiddenFromSensor, trolley, removesTrolleyWhenAsked, child, faceImages, fingerImages);
    }
  }
}
