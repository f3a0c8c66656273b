package org.egate.bench.face;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.model.FaceModels;

/**
 * The whole gate pipeline on the gate frame, timed by this thread's CPU time as well as wall time
 * (ORT runs a 1-thread session on the calling thread), because wall time on a shared, loaded
 * machine mostly measures the other jobs. Compare with {@code node biometrics/models/reference.js
 * --bench FRAME.jpg N}, which reports process CPU time the same way.
 * Usage: {@code java -cp bench/target/benchmarks.jar org.egate.bench.face.FaceCpuTime [runs]}.
 */
public final class FaceCpuTime {
  private FaceCpuTime() {
  }

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    RgbImage frame = GateFrame.load();
    try (FaceModels models = FaceModels.load(1)) {
      FacePipeline pipeline = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate());
      for (int i = 0; i < 10; i++) {
        pipeline.analyze(frame);
      }
      double[] wall = new double[runs];
      double[] cpu = new double[runs];
      for (int i = 0; i < runs; i++) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        pipeline.analyze(frame);
        wall[i] = (System.nanoTime() - t0) / 1e6;
        cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
      }
      Arrays.sort(wall);
      Arrays.sort(cpu);
      System.out.printf("{\"runs\": %d, \"medianMillis\": %.2f, \"minMillis\": %.2f, \"medianCpuMillis\": %.2f, \"minCpuMillis\": %.2f}%n",
          runs, wall[runs / 2], wall[0], cpu[runs / 2], cpu[0]);
    }
  }
}
