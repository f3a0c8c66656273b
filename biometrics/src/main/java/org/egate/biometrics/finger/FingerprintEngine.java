package org.egate.biometrics.finger;

import com.machinezoo.fingerprintio.TemplateFormat;
import com.machinezoo.sourceafis.FingerprintCompatibility;
import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The fingerprint pipeline: decode (bounded) -> ridge area -> SourceAFIS template at the image's
 * real resolution -> quality gate -> 1:1 comparison. Thread-safe; templates are immutable.
 *
 * <p>Scores are SourceAFIS similarity scores (higher = more similar; 40 is SourceAFIS's own
 * suggestion for FMR 0.01 %); thresholds come from {@code OperatingPoints} measured on data.
 */
public final class FingerprintEngine {
  private final FingerprintParameters parameters;
  private final ComparisonMode mode;
  private final ImageDecoder decoder;

  public FingerprintEngine(FingerprintParameters parameters, ComparisonMode mode) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.decoder = new ImageDecoder(parameters);
  }

  /** egate's defaults: {@link FingerprintParameters#DEFAULTS}, symmetric mean score (decision 0021). */
  public static FingerprintEngine withDefaults() {
    return new FingerprintEngine(FingerprintParameters.DEFAULTS, ComparisonMode.SYMMETRIC_MEAN);
  }

  public ComparisonMode mode() {
    return mode;
  }

  public FingerprintParameters parameters() {
    return parameters;
  }

  /** Decodes an image (bounded in bytes, pixels and time); {@code dpi} overrides the file. */
  public GrayscaleImage decode(byte[] image, OptionalDouble dpi) throws FingerprintRejectedException {
    return decoder.decode(image, dpi);
  }

  /** Measures an image and lists every reason to refuse it; never throws for bad input. */
  public QualityReport assess(byte[] image, OptionalDouble dpi) {
    try {
      return extract(decoder.decode(image, dpi)).quality();
    } catch (FingerprintRejectedException e) {
      return QualityReport.unreadable(e.issue());
    }
  }

  /** Enrolls an image, or says why not (the first quality issue). */
  public Fingerprint enroll(byte[] image, OptionalDouble dpi) throws FingerprintRejectedException {
    return enroll(decoder.decode(image, dpi));
  }

  /** Enrolls a decoded image, or says why not. */
  public Fingerprint enroll(GrayscaleImage image) throws FingerprintRejectedException {
    Fingerprint f = extract(image);
    if (!f.quality().acceptable()) {
      throw new FingerprintRejectedException(f.quality().rejection().orElseThrow());
    }
    return f;
  }

  /** Extracts a template and measures quality without gating on it. */
  public Fingerprint extract(GrayscaleImage image) throws FingerprintRejectedException {
    List<QualityIssue> issues = new ArrayList<>();
    double area = RidgeArea.squareMillimetres(image, parameters);
    double imageArea = image.widthMm() * image.heightMm();
    FingerprintTemplate template;
    try {
      template = new FingerprintTemplate(new FingerprintImage(image.width(), image.height(), image.pixels(),
          new FingerprintImageOptions().dpi(image.dpi())));
    } catch (RuntimeException e) {
      throw new FingerprintRejectedException(QualityIssue.of(RejectReason.UNREADABLE_IMAGE,
          "SourceAFIS could not process the image: " + e.getMessage()), e);
    }
    int minutiae = minutiaeCount(template);
    if (area < parameters.minRidgeAreaMm2()) {
      issues.add(new QualityIssue(RejectReason.NO_RIDGES, area, parameters.minRidgeAreaMm2(),
          String.format(Locale.ROOT, "no ridge structure: %.1f mm² of ridges, at least %.1f mm² needed", area, parameters.minRidgeAreaMm2())));
    } else if (area < parameters.minUsableAreaMm2()) {
      issues.add(new QualityIssue(RejectReason.TOO_SMALL, area, parameters.minUsableAreaMm2(),
          String.format(Locale.ROOT, "usable ridge area %.1f mm² is under %.1f mm²: place more of the finger on the scanner", area, parameters.minUsableAreaMm2())));
    }
    if (minutiae < parameters.minMinutiae()) {
      issues.add(new QualityIssue(RejectReason.TOO_FEW_MINUTIAE, minutiae, parameters.minMinutiae(),
          minutiae + " minutiae found, at least " + parameters.minMinutiae() + " needed"));
    }
    return new Fingerprint(template, new QualityReport(minutiae, area, imageArea, image.dpi(), issues));
  }

  private static int minutiaeCount(FingerprintTemplate template) {
    return IsoTemplate.minutiaeCount(FingerprintCompatibility.exportTemplates(TemplateFormat.ISO_19794_2_2005, template));
  }

  /**
   * Imports a minutiae template: ISO/IEC 19794-2 (2005, 2011), ANSI INCITS 378, or SourceAFIS's
   * own serialized form. The minimum minutiae rule applies as for images.
   */
  public Fingerprint importTemplate(byte[] data) throws FingerprintRejectedException {
    if (data == null || data.length == 0) {
      throw new FingerprintRejectedException(new QualityIssue(RejectReason.EMPTY_INPUT, 0, 1, "the template is empty (0 bytes)"));
    }
    FingerprintTemplate template;
    try {
      template = TemplateFormat.identify(data) != null
          ? FingerprintCompatibility.importTemplate(data)
          : new FingerprintTemplate(data);
    } catch (RuntimeException e) {
      throw new FingerprintRejectedException(QualityIssue.of(RejectReason.UNREADABLE_TEMPLATE,
          "not a readable ISO/IEC 19794-2, ANSI 378 or SourceAFIS template: " + e.getMessage()), e);
    }
    int minutiae = minutiaeCount(template);
    List<QualityIssue> issues = new ArrayList<>();
    if (minutiae < parameters.minMinutiae()) {
      issues.add(new QualityIssue(RejectReason.TOO_FEW_MINUTIAE, minutiae, parameters.minMinutiae(),
          "the template holds " + minutiae + " minutiae, at least " + parameters.minMinutiae() + " needed"));
    }
    QualityReport quality = new QualityReport(minutiae, Double.NaN, Double.NaN, Double.NaN, issues);
    if (!quality.acceptable()) {
      throw new FingerprintRejectedException(issues.get(0));
    }
    return new Fingerprint(template, quality);
  }

  /** The template as an ISO/IEC 19794-2:2005 record (500 dpi units, as SourceAFIS writes it). */
  public byte[] exportIso(Fingerprint fingerprint) {
    return FingerprintCompatibility.exportTemplates(TemplateFormat.ISO_19794_2_2005, fingerprint.template());
  }

  /** A 1:1 score under this engine's {@link ComparisonMode}; {@code probe} is the live capture. */
  public double compare(Fingerprint probe, Fingerprint reference) {
    return prepare(probe).compare(reference);
  }

  /** Prepares a probe for many comparisons (1:N): the probe's matcher is built once. */
  public Probe prepare(Fingerprint probe) {
    return new Probe(probe, mode);
  }

  /** A probe ready to be compared with many references. */
  public static final class Probe {
    private final Fingerprint fingerprint;
    private final FingerprintMatcher matcher;
    private final ComparisonMode mode;

    private Probe(Fingerprint fingerprint, ComparisonMode mode) {
      this.fingerprint = fingerprint;
      this.matcher = fingerprint.matcher();
      this.mode = mode;
    }

    /** Score of this probe against one reference. */
    public double compare(Fingerprint reference) {
      double forward = matcher.match(reference.template());
      if (!mode.needsBackward()) {
        return forward;
      }
      double backward = reference.matcher().match(fingerprint.template());
      return mode.combine(forward, backward);
    }

    /** Forward score only (probe's matcher against the reference), whatever the mode. */
    public double compareForward(Fingerprint reference) {
      return matcher.match(reference.template());
    }
  }
}
