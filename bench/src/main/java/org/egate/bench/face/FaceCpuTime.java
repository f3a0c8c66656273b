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
 * Usage: {@code java -cp bench/target/benchmarks.jar org.egate.bench.face.FaceCpuTime [runs]}. Prints
 * one line for the gate parameters with mirror averaging off and one with it on (decision 0036),
 * runs interleaved so both see the same load.
 */
public final class FaceCpuTime {
  private FaceCpuTime() {
  }

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    RgbImage frame = GateFrame.load();
    try (FaceModels models = FaceModels.load(1)) {
      FacePipeline[] pipelines = {
          new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate().withMirrorAveraging(false)),
          new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate().withMirrorAveraging(true))};
      for (int i = 0; i < 10; i++) {
        for (FacePipeline p : pipelines) {
          p.analyze(frame);
        }
      }
      double[][] wall = new double[2][runs];
      double[][] cpu = new double[2][runs];
      for (int i = 0; i < runs; i++) {
        for (int k = 0; k < 2; k++) {
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          pipelines[k].analyze(frame);
          wall[k][i] = (System.nanoTime() - t0) / 1e6;
          cpu[k][i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
      }
      for (int k = 0; k < 2; k++) {
        Arrays.sort(wall[k]);
        Arrays.sort(cpu[k]);
        System.out.printf("{\"mirrorAveraging\": %b, \"gateDefault\": %b, \"runs\": %d, \"medianMillis\": %.2f, \"minMillis\": %.2f,"
            + " \"medianCpuMillis\": %.2f, \"minCpuMillis\": %.2f}%n", k == 1, FaceParameters.gate().mirrorAveraging() == (k == 1),
            runs, wall[k][runs / 2], wall[k][0], cpu[k][runs / 2], cpu[k][0]);
      }
    }
  }
}
