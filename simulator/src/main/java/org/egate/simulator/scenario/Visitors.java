package org.egate.simulator.scenario;

import org.egate.lane.device.MrzText;
import org.egate.lane.device.simulated.Accessory;
import org.egate.lane.device.simulated.Visitor;
import org.egate.simulator.population.GateBehaviour;
import org.egate.simulator.population.SimulatedTraveler;

/** A simulated traveler as the simulated lane devices perceive them. */
public final class Visitors {
  private Visitors() {}

  /** An impostor's face and fingers belong to someone else: their biometric id differs from the holder's. */
  public static Visitor of(SimulatedTraveler t) {
    GateBehaviour b = t.behaviour();
    String presenter = b.impostor() ? t.biometricId() + "-IMPOSTOR" : t.biometricId();
    Visitor.Builder v = Visitor.with(presenter, new MrzText(t.document().mrzLines()))
        .wearing(b.worn().toArray(Accessory[]::new));
    if (b.ignoresPrompts()) {
      v.ignoresPrompts();
    }
    if (b.hiddenCompanion()) {
      v.hiddenCompanion();
    } else {
      v.companions(b.companions());
    }
    if (b.trolley()) {
      v.trolley();
    }
    if (b.child()) {
      v.child();
    }
    if (!b.faceRecognizable()) {
      v.faceNotRecognizable();
    }
    if (!b.fingersReadable()) {
      v.fingersUnreadable();
    }
    return v.build();
  }
}
