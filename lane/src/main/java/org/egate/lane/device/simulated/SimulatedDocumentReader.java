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

/**
 * A full-page MRZ reader: senses and reads what the visitor at the lane places on it. The
 * transaction clock starts when the document lies on the glass, so placing it takes no lane time.
 */
public final class SimulatedDocumentReader extends SimulatedDevice implements DocumentReader {

  private final Scene scene;

  public SimulatedDocumentReader(Scene scene, DeviceProfile profile, LaneTime time, RandomGenerator random) {
    super(DeviceKind.DOCUMENT_READER, profile, time, random);
    this.scene = scene;
  }

  @Override
  public boolean awaitDocument(Duration timeout) throws DeviceFault {
    if (!isConnected()) {
      operate("sense document");
    }
    if (documentOnGlass().isEmpty()) {
      time.sleep(timeout);
      return false;
    }
    return true;
  }

  @Override
  public DocumentReading read() throws DeviceFault {
    Optional<MrzText> document = documentOnGlass();
    if (document.isEmpty()) {
      return new DocumentReading.Absent();
    }
    operate("read MRZ");
    if (scene.nextReadFails()) {
      return new DocumentReading.Unreadable("MRZ OCR failed its check digits");
    }
    return new DocumentReading.Read(document.get());
  }

  private Optional<MrzText> documentOnGlass() {
    if (scene.position().orElse(null) != Scene.Position.AT_READER) {
      return Optional.empty();
    }
    return scene.visitor().flatMap(Visitor::document);
  }
}
