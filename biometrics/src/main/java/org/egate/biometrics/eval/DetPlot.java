package org.egate.biometrics.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Writes a DET plot (FNMR against FMR, both on log10 axes) as a PNG with Java2D, headless. A
 * rate of 0 cannot sit on a log axis, so it is drawn on the axis floor; the floor is the
 * smallest decade that still shows one error among the largest set plotted.
 */
public final class DetPlot {
  private static final int WIDTH = 800;
  private static final int HEIGHT = 640;
  private static final int LEFT = 90;
  private static final int RIGHT = 30;
  private static final int TOP = 50;
  private static final int BOTTOM = 70;
  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
    new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)
  };

  private final String title;
  private final List<Curve> curves = new ArrayList<>();
  private final List<FmrTarget> marks = new ArrayList<>();

  private record Curve(String name, Verification verification) {}

  private DetPlot(String title) {
    this.title = title;
  }

  /** A new plot with a title. */
  public static DetPlot titled(String title) {
    return new DetPlot(title);
  }

  /** Adds a named curve; curves without both genuine and impostor scores are skipped. */
  public DetPlot curve(String name, Verification verification) {
    if (verification.isComplete()) {
      curves.add(new Curve(name, verification));
    }
    return this;
  }

  /** Draws a vertical marker at an FMR target. */
  public DetPlot mark(FmrTarget target) {
    marks.add(target);
    return this;
  }

  /** Renders the plot as an image. */
  public BufferedImage render() {
    int floorExponent = floorExponent();
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      Axes axes = new Axes(floorExponent);
      drawGrid(g, axes);
      drawMarks(g, axes);
      drawCurves(g, axes);
      drawLegend(g);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
      g.drawString(title, LEFT, TOP - 20);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Renders and writes the plot to a PNG file, creating parent folders. */
  public void writePng(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (!ImageIO.write(render(), "png", file.toFile())) {
        throw new IOException("no PNG writer available");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write DET plot to " + file, e);
    }
  }

  private int floorExponent() {
    int largest = 1;
    for (Curve c : curves) {
      largest = Math.max(largest, Math.max(c.verification.genuineCount(), c.verification.impostorCount()));
    }
    // One error among `largest` comparisons, rounded down to a decade, at least 1e-1.
    return Math.min(-1, (int) Math.floor(Math.log10(1.0 / largest)));
  }

  private static final class Axes {
    final int floorExponent;
    final int plotWidth = WIDTH - LEFT - RIGHT;
    final int plotHeight = HEIGHT - TOP - BOTTOM;

    Axes(int floorExponent) {
      this.floorExponent = floorExponent;
    }

    double fraction(double rate) {
      double floor = Math.pow(10, floorExponent);
      double clamped = Math.max(rate, floor);
      return (Math.log10(clamped) - floorExponent) / -floorExponent;
    }

    double x(double fmr) {
      return LEFT + fraction(fmr) * plotWidth;
    }

    double y(double fnmr) {
      return TOP + plotHeight - fraction(fnmr) * plotHeight;
    }
  }

  private static String decadeLabel(int exponent) {
    double percent = Math.pow(10, exponent) * 100;
    String s = String.format(Locale.ROOT, "%.4f", percent).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s + " %";
  }

  private void drawGrid(Graphics2D g, Axes a) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int e = a.floorExponent; e <= 0; e++) {
      for (int m = 1; m <= 9 && !(e == 0 && m > 1); m++) {
        double rate = m * Math.pow(10, e);
        g.setColor(m == 1 ? new Color(0xbbbbbb) : new Color(0xeeeeee));
        int x = (int) Math.round(a.x(rate));
        int y = (int) Math.round(a.y(rate));
        g.drawLine(x, TOP, x, TOP + a.plotHeight);
        g.drawLine(LEFT, y, LEFT + a.plotWidth, y);
        if (m == 1) {
          g.setColor(Color.DARK_GRAY);
          String label = decadeLabel(e);
          g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, TOP + a.plotHeight + 18);
          g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
      }
    }
    g.setColor(Color.BLACK);
    g.drawRect(LEFT, TOP, a.plotWidth, a.plotHeight);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    String xLabel = "FMR (false match rate, log scale)";
    g.drawString(xLabel, LEFT + (a.plotWidth - g.getFontMetrics().stringWidth(xLabel)) / 2, HEIGHT - 20);
    Graphics2D rotated = (Graphics2D) g.create();
    rotated.rotate(-Math.PI / 2);
    String yLabel = "FNMR (false non-match rate, log scale)";
    rotated.drawString(yLabel, -(TOP + (a.plotHeight + rotated.getFontMetrics().stringWidth(yLabel)) / 2), 20);
    rotated.dispose();
  }

  private void drawMarks(Graphics2D g, Axes a) {
    g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 5f}, 0f));
    g.setColor(Color.GRAY);
    for (FmrTarget t : marks) {
      int x = (int) Math.round(a.x(t.fraction()));
      g.drawLine(x, TOP, x, TOP + a.plotHeight);
      g.drawString("FMR " + t.key(), x + 3, TOP + 14);
    }
    g.setStroke(new BasicStroke(1f));
  }

  private void drawCurves(Graphics2D g, Axes a) {
    g.setStroke(new BasicStroke(2f));
    for (int i = 0; i < curves.size(); i++) {
      g.setColor(PALETTE[i % PALETTE.length]);
      Path2D.Double path = new Path2D.Double();
      boolean first = true;
      for (ErrorRates p : curves.get(i).verification.detCurve()) {
        double x = a.x(p.fmr());
        double y = a.y(p.fnmr());
        if (first) {
          path.moveTo(x, y);
          first = false;
        } else {
          path.lineTo(x, y);
        }
      }
      g.draw(path);
    }
    g.setStroke(new BasicStroke(1f));
  }

  private void drawLegend(Graphics2D g) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    if (!curves.isEmpty()) {
      // An opaque box so the legend stays readable where curves pass under it.
      g.setColor(new Color(255, 255, 255, 230));
      g.fillRect(WIDTH - RIGHT - 266, TOP + 16, 262, curves.size() * 18 + 8);
      g.setColor(Color.GRAY);
      g.drawRect(WIDTH - RIGHT - 266, TOP + 16, 262, curves.size() * 18 + 8);
    }
    int y = TOP + 30;
    for (int i = 0; i < curves.size(); i++) {
      Curve c = curves.get(i);
      String eer = c.verification.eer().stream()
          .mapToObj(v -> String.format(Locale.ROOT, " (EER %.4f)", v)).findFirst().orElse("");
      g.setColor(PALETTE[i % PALETTE.length]);
      g.fillRect(WIDTH - RIGHT - 260, y - 9, 18, 4);
      g.setColor(Color.BLACK);
      g.drawString(c.name + eer, WIDTH - RIGHT - 236, y - 3);
      y += 18;
    }
  }
}
