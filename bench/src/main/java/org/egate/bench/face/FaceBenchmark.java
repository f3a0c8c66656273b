package org.egate.bench.face;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.describe.DescriptorExtractor;
import org.egate.biometrics.face.detect.Detection;
import org.egate.biometrics.face.detect.FaceDetector;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.landmark.LandmarkLocator;
import org.egate.biometrics.face.landmark.Landmarks68;
import org.egate.biometrics.face.model.FaceModels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One thread, one ORT thread: each stage of the face pipeline and the whole of it (gate parameters:
 * detector at 384, two landmark passes, eye-levelled descriptor) on a 640x480 gate frame with one face. Run from the repository root:
 * {@code java -jar bench/target/benchmarks.jar FaceBenchmark -bm sample -tu ms}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class FaceBenchmark {
  private FaceModels models;
  private RgbImage frame;
  private RgbImage faceCrop;
  private Landmarks68 landmarks;
  private FaceDetector detector;
  private FaceDetector detector512;
  private LandmarkLocator locator;
  private DescriptorExtractor extractor;
  private FacePipeline pipeline;
  private FacePipeline pipelineMirrorOff;
  private FacePipeline pipelineMirrorOn;

  @Setup
  public void setUp() throws Exception {
    models = FaceModels.load(1);
    frame = GateFrame.load();
    detector = new FaceDetector(models, FaceParameters.gate().detectorInputSize());
    detector512 = new FaceDetector(models);
    locator = new LandmarkLocator(models);
    extractor = new DescriptorExtractor(models);
    pipeline = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate());
    pipelineMirrorOff = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate().withMirrorAveraging(false));
    pipelineMirrorOn = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate().withMirrorAveraging(true));
    List<Detection> faces = detector.detect(frame, 0.5, 10);
    if (faces.size() != 1) {
      throw new IllegalStateException("the gate frame must show exactly one face but showed " + faces.size());
    }
    int[] b = faces.get(0).box().clippedFloor(frame.width(), frame.height());
    faceCrop = frame.crop(b[0], b[1], b[2], b[3]);
    landmarks = pipeline.analyze(frame).landmarks();
  }

  @TearDown
  public void tearDown() {
    models.close();
  }

  @Benchmark
  public List<Detection> detect() {
    return detector.detect(frame, 0.5, 10);
  }

  /** At face-api's own 512 input (enrollment). */
  @Benchmark
  public List<Detection> detect512() {
    return detector512.detect(frame, 0.5, 10);
  }

  @Benchmark
  public Landmarks68 landmarks() {
    return locator.locate(faceCrop);
  }

  @Benchmark
  public Object descriptor() {
    return extractor.describeLevelled(frame, landmarks);
  }

  /** The gate parameters as shipped ({@code FaceParameters.gate()}). */
  @Benchmark
  public FaceAnalysis wholePipeline() throws Exception {
    return pipeline.analyze(frame);
  }

  /** The descriptor of the mirror image (the second pass mirror averaging adds, decision 0036). */
  @Benchmark
  public Object descriptorMirrored() {
    return extractor.describeLevelled(frame, landmarks, true);
  }

  @Benchmark
  public FaceAnalysis wholePipelineMirrorAveragingOff() throws Exception {
    return pipelineMirrorOff.analyze(frame);
  }

  @Benchmark
  public FaceAnalysis wholePipelineMirrorAveragingOn() throws Exception {
    return pipelineMirrorOn.analyze(frame);
  }
}
