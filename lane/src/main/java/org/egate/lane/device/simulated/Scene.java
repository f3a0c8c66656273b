package org.egate.lane.device.simulated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.egate.lane.device.Occupancy;
import org.egate.lane.device.Prompt;

/**
 * The physical world of one simulated lane: who stands at the reader or between the doors, what
 * they still wear and carry, which doors are open. Devices observe it; doors, the occupancy
 * walk-through and the display change it. Not thread-safe: one lane, one thread.
 */
public final class Scene {

  /** Where the current visitor is. */
  public enum Position {
    AT_READER,
    INSIDE,
    PASSED,
    RETURNED
  }

  private Visitor visitor;
  private Position position;
  private final EnumSet<Accessory> worn = EnumSet.noneOf(Accessory.class);
  private boolean trolleyInside;
  private int readsFailedSoFar;
  private int framesTaken;
  private boolean entryOpen;
  private boolean exitOpen;
  /** A door's opening motion: when the leaves started to move and when the door was fully open. */
  record Opening(Instant started, Instant open) {}

  /** The last opening motion of each door not yet walked through. */
  private Opening entryOpening;
  private Opening exitOpening;
  private final List<Prompt> prompts = new ArrayList<>();

  /** A new visitor steps up to the reader; the previous one, if any, is gone. */
  public void arrive(Visitor next) {
    visitor = next;
    position = Position.AT_READER;
    worn.clear();
    worn.addAll(next.accessories());
    trolleyInside = false;
    readsFailedSoFar = 0;
    framesTaken = 0;
    prompts.clear();
    entryOpening = null;
    exitOpening = null;
  }

  public Optional<Visitor> visitor() {
    return Optional.ofNullable(visitor);
  }

  public Optional<Position> position() {
    return Optional.ofNullable(position);
  }

  public boolean inside() {
    return position == Position.INSIDE;
  }

  /** What the visitor still wears now. */
  public EnumSet<Accessory> worn() {
    return worn.isEmpty() ? EnumSet.noneOf(Accessory.class) : EnumSet.copyOf(worn);
  }

  /** Prompts shown to this visitor, in order. */
  public List<Prompt> prompts() {
    return List.copyOf(prompts);
  }

  public boolean entryOpen() {
    return entryOpen;
  }

  public boolean exitOpen() {
    return exitOpen;
  }

  public Occupancy occupancy() {
    if (!inside()) {
      return Occupancy.EMPTY;
    }
    int seen = visitor.companionsHiddenFromSensor() ? 1 : 1 + visitor.companions();
    return new Occupancy(seen, trolleyInside, visitor.child());
  }

  /** A door opened from {@code start} to {@code end}; the traveler walks with it (decision 0161). */
  void doorOpening(boolean entry, Instant start, Instant end) {
    if (entry) {
      entryOpening = new Opening(start, end);
    } else {
      exitOpening = new Opening(start, end);
    }
  }

  /**
   * The opening motion of the door the traveler is about to walk through, taken once: a door
   * opened long ago says nothing about when this walk began.
   */
  Optional<Opening> takeOpening(boolean entry) {
    Opening motion = entry ? entryOpening : exitOpening;
    if (entry) {
      entryOpening = null;
    } else {
      exitOpening = null;
    }
    return Optional.ofNullable(motion);
  }

  void doorMoved(boolean entry, boolean open) {
    if (entry) {
      entryOpen = open;
    } else {
      exitOpen = open;
    }
  }

  /** Reading the document: true when this read fails (the visitor's first reads may). */
  boolean nextReadFails() {
    if (readsFailedSoFar < visitor.unreadableReads()) {
      readsFailedSoFar++;
      return true;
    }
    return false;
  }

  /** Counts a frame; true while the visitor still looks away. */
  boolean nextFrameLooksAway() {
    return framesTaken++ < visitor.framesLookingAway();
  }

  void walkIn() {
    position = Position.INSIDE;
    trolleyInside = visitor.trolley();
  }

  void walkOut() {
    position = exitOpen ? Position.PASSED : Position.RETURNED;
    trolleyInside = false;
  }

  /** The display showed a prompt; a cooperative visitor reacts to it. */
  void prompted(Prompt prompt) {
    prompts.add(prompt);
    if (visitor == null) {
      return;
    }
    if (visitor.removesAccessoriesWhenAsked()) {
      worn.removeIf(accessory -> accessory.removedBy() == prompt);
    }
    if (prompt == Prompt.NO_TROLLEY && visitor.removesTrolleyWhenAsked() && inside()) {
      trolleyInside = false;
    }
  }
}
