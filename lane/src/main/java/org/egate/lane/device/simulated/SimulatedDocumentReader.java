package org.egate.lane.device.simulated;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.DeviceKind;
import org.egate.lane.device.DocumentReader;
import org.egate.lane.device.DocumentReading;
import org.egate.lane.device.MrzText;
import org.egate.lane.time.LaneTime;

/** A full-page MRZ reader: reads what the visitor at the lane places on it. */
public final class SimulatedDocumentReader extends SimulatedDevice implements DocumentReader {

  private final Scene scene;

  public SimulatedDocumentReader(Scene scene, DeviceProfile profile, LaneTime time, RandomGenerator random) {
    super(DeviceKind.DOCUMENT_READER, profile, time, random);
    this.scene = scene;
  }

  @Override
  public DocumentReading read(Duration timeout) throws DeviceFault {
    Optional<MrzText> document = scene.visitor().flatMap(Visitor::document);
    if (document.isEmpty() || scene.position().orElse(null) != Scene.Position.AT_READER) {
      time.sleep(timeout);
      return new DocumentReading.Absent();
    }
    operate("read MRZ");
    if (scene.nextReadFails()) {
      return new DocumentReading.Unreadable("MRZ OCR failed its check digits");
    }
    return new DocumentReading.Read(document.get());
  }
}
