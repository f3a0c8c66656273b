package org.egate.lane.device.simulated;

import java.util.ArrayList;
import java.util.List;
import org.egate.lane.device.Display;
import org.egate.lane.device.Prompt;

/** The lane screen: keeps what it showed and lets the visitor in the scene react. */
public final class SimulatedDisplay implements Display {

  private final Scene scene;
  private final List<Prompt> shown = new ArrayList<>();

  public SimulatedDisplay(Scene scene) {
    this.scene = scene;
  }

  @Override
  public void show(Prompt prompt) {
    shown.add(prompt);
    scene.prompted(prompt);
  }

  /** Everything shown since the lane started. */
  public List<Prompt> shown() {
    return List.copyOf(shown);
  }
}
