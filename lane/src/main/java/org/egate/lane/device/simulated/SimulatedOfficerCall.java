package org.egate.lane.device.simulated;

import java.util.ArrayList;
import java.util.List;
import org.egate.lane.device.OfficerAlert;
import org.egate.lane.device.OfficerCall;

/** Keeps the alerts a lane raised, for tests and the simulator's supervisor view. */
public final class SimulatedOfficerCall implements OfficerCall {

  private final List<OfficerAlert> alerts = new ArrayList<>();

  @Override
  public synchronized void alert(OfficerAlert alert) {
    alerts.add(alert);
  }

  public synchronized List<OfficerAlert> alerts() {
    return List.copyOf(alerts);
  }
}
