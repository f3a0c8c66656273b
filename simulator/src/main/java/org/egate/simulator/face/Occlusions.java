package org.egate.simulator.face;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.SplittableRandom;

/**
 * Draws what a traveler wears over the face onto a rendered frame, placed by the face's 68
 * landmarks (frame pixels): dark glasses over both eyes, a cap down to the brows, a surgical or
 * cloth mask from the middle of the nose to below the chin. Shapes and tones follow those the
 * quality report was calibrated on (docs/FACE-QUALITY-CALIBRATION.md): lenses 0.36-0.42 eye
 * distances wide, as dark as a tinted lens in the light that falls on that face (at most luma 10-50,
 * decision 0150), leave the bridge between the eyes bare; caps are darker or lighter
 * than skin; masks are flat (no mouth detail) and of a colour unlike skin.
 */
final class Occlusions {
  private Occlusions() {}

  /**
   * Dark glasses. {@code skinLuma} is the luma of the bare skin beside the nose in this frame: a tinted
   * lens passes and reflects a fraction of the light that falls on the face (category 2-3 lenses pass
   * 8-43 %, seen twice through the lens, plus a few % surface reflection), so in a dim or darker-skinned
   * face the lenses are darker too, never a fixed grey brighter than the skin around them.
   */
  static void sunglasses(Graphics2D g, double[][] p, double eyeDistance, double skinLuma, SplittableRandom random) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    double rx = eyeDistance * (0.36 + 0.06 * random.nextDouble());
    double ry = rx * (0.7 + 0.15 * random.nextDouble());
    int shade = clamp((int) Math.round(Math.min(10 + random.nextInt(40), skinLuma * (0.08 + 0.17 * random.nextDouble()))));
    // A frame's lens centres sit wider apart than the pupils (frame PD: lens width plus a 14-20 mm
    // bridge, about 1.15-1.3 times a 63 mm PD), so the nose bridge between the lenses shows skin.
    double[] left = outward(centre(p, 36, 41), centre(p, 42, 47), eyeDistance * (0.07 + 0.05 * random.nextDouble()));
    double[] right = outward(centre(p, 42, 47), centre(p, 36, 41), eyeDistance * (0.07 + 0.05 * random.nextDouble()));
    for (double[] c : new double[][] {left, right}) {
      g.setColor(new Color(shade, shade, Math.min(255, shade + random.nextInt(10))));
      g.fill(new Ellipse2D.Double(c[0] - rx, c[1] - ry * 0.9, 2 * rx, 2 * ry));
      g.setColor(new Color(255, 255, 255, 40));
      g.fill(new Ellipse2D.Double(c[0] - rx * 0.5, c[1] - ry * 0.6, rx * 0.5, ry * 0.3));
    }
    g.setColor(new Color(shade, shade, shade));
    g.setStroke(new BasicStroke((float) (eyeDistance * 0.05)));
    // the bridge bar crosses above the nose bridge, level with the lenses' upper third
    g.draw(new java.awt.geom.Line2D.Double(left[0] + rx * 0.8, left[1] - ry * 0.6, right[0] - rx * 0.8, right[1] - ry * 0.6));
    g.draw(new java.awt.geom.Line2D.Double(left[0] - rx, left[1], p[0][0], p[0][1]));
    g.draw(new java.awt.geom.Line2D.Double(right[0] + rx, right[1], p[16][0], p[16][1]));
  }

  static void hat(Graphics2D g, double[][] p, SplittableRandom random) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    double browY = Math.min(p[19][1], p[24][1]);
    double unit = Math.max(4, p[30][1] - browY);
    double brimY = browY - unit * (0.15 + 0.2 * random.nextDouble());
    double left = p[0][0] - unit * 0.6;
    double right = p[16][0] + unit * 0.6;
    double mid = (left + right) / 2;
    double top = brimY - unit * 3.2;
    boolean dark = random.nextBoolean();
    int base = dark ? 20 + random.nextInt(60) : 150 + random.nextInt(80);
    Color colour = new Color(clamp(base + random.nextInt(40) - 20), clamp(base + random.nextInt(40) - 20),
        clamp(base + random.nextInt(40) - 20));
    Path2D crown = new Path2D.Double();
    crown.moveTo(left, brimY);
    crown.curveTo(left, top, right, top, right, brimY);
    crown.quadTo(mid, brimY + unit * 0.3, left, brimY);
    crown.closePath();
    // brim shadow on the forehead first, then the crown over it
    g.setColor(new Color(0, 0, 0, 90));
    g.fill(new Ellipse2D.Double(left + unit * 0.3, brimY - unit * 0.1, right - left - unit * 0.6, unit * 0.45));
    g.setPaint(new GradientPaint((float) mid, (float) top, colour.brighter(), (float) mid, (float) brimY, colour));
    g.fill(crown);
    g.setColor(colour.darker());
    g.setStroke(new BasicStroke((float) (unit * 0.08)));
    g.draw(new java.awt.geom.Line2D.Double(mid, top + unit * 0.5, mid, brimY));
    // a stitched seam and a little cloth texture
    for (int i = 0; i < 40; i++) {
      double x = left + random.nextDouble() * (right - left);
      double y = top + unit + random.nextDouble() * (brimY - top - unit);
      g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 120).darker());
      g.fill(new Ellipse2D.Double(x, y, unit * 0.05, unit * 0.05));
    }
  }

  static void mask(Graphics2D g, double[][] p, double eyeDistance, SplittableRandom random) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Color colour = switch (random.nextInt(3)) {
      case 0 -> new Color(150 + random.nextInt(40), 195 + random.nextInt(25), 225 + random.nextInt(25)); // surgical blue
      case 1 -> new Color(225 + random.nextInt(20), 228 + random.nextInt(20), 230 + random.nextInt(20)); // white
      default -> new Color(25 + random.nextInt(25), 25 + random.nextInt(25), 30 + random.nextInt(25)); // black cloth
    };
    double topY = p[29][1];
    Path2D shape = new Path2D.Double();
    shape.moveTo(p[1][0], p[1][1]);
    shape.quadTo(p[29][0], topY - eyeDistance * 0.15, p[15][0], p[15][1]);
    for (int i = 14; i >= 2; i--) {
      double dx = (p[i][0] - p[8][0]) * 0.05;
      shape.lineTo(p[i][0] + dx, p[i][1] + eyeDistance * 0.08);
    }
    shape.closePath();
    double bottom = p[8][1] + eyeDistance * 0.08;
    g.setPaint(new GradientPaint((float) p[29][0], (float) topY, colour, (float) p[29][0], (float) bottom, colour.darker()));
    g.fill(shape);
    g.setColor(colour.darker());
    g.setStroke(new BasicStroke((float) Math.max(1, eyeDistance * 0.025)));
    for (int pleat = 1; pleat <= 3; pleat++) {
      double y = topY + (bottom - topY) * pleat / 4.5;
      g.draw(new java.awt.geom.Line2D.Double(p[2][0] + eyeDistance * 0.1, y, p[14][0] - eyeDistance * 0.1, y));
    }
    g.setStroke(new BasicStroke((float) Math.max(1, eyeDistance * 0.02)));
    g.draw(new java.awt.geom.Line2D.Double(p[1][0], p[1][1], p[0][0], p[0][1] - eyeDistance * 0.1));
    g.draw(new java.awt.geom.Line2D.Double(p[15][0], p[15][1], p[16][0], p[16][1] - eyeDistance * 0.1));
  }

  /** {@code c} moved {@code by} pixels away from {@code other}, along the line joining them. */
  private static double[] outward(double[] c, double[] other, double by) {
    double dx = c[0] - other[0];
    double dy = c[1] - other[1];
    double length = Math.max(1e-9, Math.hypot(dx, dy));
    return new double[] {c[0] + dx / length * by, c[1] + dy / length * by};
  }

  private static double[] centre(double[][] p, int from, int to) {
    double x = 0;
    double y = 0;
    for (int i = from; i <= to; i++) {
      x += p[i][0];
      y += p[i][1];
    }
    int n = to - from + 1;
    return new double[] {x / n, y / n};
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
