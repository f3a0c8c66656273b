package org.egate.document.catalog;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The documents of DESIGN.md's rules ("Rules from the source"). For each: how it is read, the
 * fields that identify its holder, its validity rule and where it may be used. Layouts of
 * documents whose real MRZ we could not confirm are assumptions recorded in
 * docs/decisions/0011-document-catalogue.md.
 */
public enum DocumentType {
  /** ROC passport (中華民國護照): TD3, code {@code P}, issuer {@code TWN}; every e-Gate port. */
  ROC_PASSPORT(
      "ROC passport",
      "中華民國護照",
      ReadingMethod.MRZ_TD3,
      "P",
      DocumentUse.TRAVEL,
      ValidityRule.expiresWithin(10),
      Ports.ALL,
      HolderField.DOCUMENT_NUMBER,
      HolderField.SURNAME,
      HolderField.GIVEN_NAMES,
      HolderField.BIRTH_DATE,
      HolderField.SEX,
      HolderField.NATIONAL_ID_NUMBER),
  /**
   * Kinmen–Matsu entry-exit permit (金馬證): "valid at Kinmen Shuitou port ONLY" (DESIGN.md,
   * nationals). Assumed TD1 with code {@code IK}.
   */
  KINMEN_MATSU_PERMIT(
      "Kinmen–Matsu entry-exit permit",
      "金馬證",
      ReadingMethod.MRZ_TD1,
      "IK",
      DocumentUse.TRAVEL,
      ValidityRule.expiresWithin(3),
      Set.of(PortCode.KINMEN_SHUITOU),
      HolderField.DOCUMENT_NUMBER,
      HolderField.SURNAME,
      HolderField.GIVEN_NAMES,
      HolderField.BIRTH_DATE,
      HolderField.NATIONAL_ID_NUMBER),
  /**
   * Alien resident certificate (居留證, ARC): "resident-certificate holders present the resident
   * certificate" (DESIGN.md, non-citizens). Also issued to nationals without household
   * registration. Assumed TD1 with code {@code IR}, the uniform ID number in the optional data.
   */
  RESIDENT_CERTIFICATE(
      "resident certificate (ARC)",
      "居留證",
      ReadingMethod.MRZ_TD1,
      "IR",
      DocumentUse.TRAVEL,
      ValidityRule.expiresWithin(3),
      Ports.ALL,
      HolderField.DOCUMENT_NUMBER,
      HolderField.RESIDENT_CERTIFICATE_NUMBER,
      HolderField.NATIONALITY,
      HolderField.SURNAME,
      HolderField.GIVEN_NAMES,
      HolderField.BIRTH_DATE,
      HolderField.SEX),
  /** Alien permanent resident certificate (永久居留證, APRC). Assumed TD1 with code {@code IP}. */
  PERMANENT_RESIDENT_CERTIFICATE(
      "permanent resident certificate (APRC)",
      "永久居留證",
      ReadingMethod.MRZ_TD1,
      "IP",
      DocumentUse.TRAVEL,
      ValidityRule.expiresWithin(10),
      Ports.ALL,
      HolderField.DOCUMENT_NUMBER,
      HolderField.RESIDENT_CERTIFICATE_NUMBER,
      HolderField.NATIONALITY,
      HolderField.SURNAME,
      HolderField.GIVEN_NAMES,
      HolderField.BIRTH_DATE,
      HolderField.SEX),
  /**
   * Taiwan residence entry-exit permit of Hong Kong / Macao residents (臺灣地區居留入出境證), a
   * multiple-entry permit: "HK/Macao/PRC holders present the multiple-entry permit" (DESIGN.md).
   * Assumed TD1 with code {@code IH}.
   */
  HK_MACAO_RESIDENCE_ENTRY_EXIT_PERMIT(
      "Taiwan residence entry-exit permit (HK/Macao residents)",
      "臺灣地區居留入出境證",
      ReadingMethod.MRZ_TD1,
      "IH",
      DocumentUse.TRAVEL,
      ValidityRule.expiresWithin(3),
      Ports.ALL,
      HolderField.DOCUMENT_NUMBER,
      HolderField.RESIDENT_CERTIFICATE_NUMBER,
      HolderField.SURNAME,
      HolderField.GIVEN_NAMES,
      HolderField.BIRTH_DATE,
      HolderField.SEX),
  /**
   * Multiple-entry permit of PRC residents (大陸地區人民多次入出境證), e.g. with reason
   * dependent residence (依親居留). Assumed TD1 with code {@code IC}.
   */
  PRC_MULTIPLE_ENTRY_PERMIT(
      "multiple-entry permit (PRC residents)",
      "大陸地區人民多次入出境證",
      ReadingMethod.MRZ_TD1,
      "IC",
      DocumentUse.TRAVEL,
      ValidityRule.expiresWithin(3),
      Ports.ALL,
      HolderField.DOCUMENT_NUMBER,
      HolderField.RESIDENT_CERTIFICATE_NUMBER,
      HolderField.SURNAME,
      HolderField.GIVEN_NAMES,
      HolderField.BIRTH_DATE,
      HolderField.SEX),
  /** Diplomat ID issued by MOFA (外交部外交官員證). Assumed TD1 with code {@code ID}. */
  DIPLOMAT_ID(
      "MOFA diplomat ID",
      "外交官員證",
      ReadingMethod.MRZ_TD1,
      "ID",
      DocumentUse.TRAVEL,
      ValidityRule.expiresWithin(3),
      Ports.ALL,
      HolderField.DOCUMENT_NUMBER,
      HolderField.NATIONALITY,
      HolderField.SURNAME,
      HolderField.GIVEN_NAMES,
      HolderField.BIRTH_DATE,
      HolderField.SEX),
  /** ROC national ID card (國民身分證): no MRZ, no expiry; holder by national ID number. */
  NATIONAL_ID_CARD(
      "national ID card",
      "國民身分證",
      ReadingMethod.MANUAL,
      null,
      DocumentUse.ENROLLMENT_ID,
      ValidityRule.NO_EXPIRY,
      Set.of(),
      HolderField.NATIONAL_ID_NUMBER,
      HolderField.SURNAME,
      HolderField.GIVEN_NAMES,
      HolderField.BIRTH_DATE,
      HolderField.PHOTO),
  /** National Health Insurance card (健保卡): no MRZ; card number + national ID number. */
  NHI_CARD(
      "NHI card",
      "健保卡",
      ReadingMethod.MANUAL,
      null,
      DocumentUse.ENROLLMENT_ID,
      ValidityRule.NO_EXPIRY,
      Set.of(),
      HolderField.NHI_CARD_NUMBER,
      HolderField.NATIONAL_ID_NUMBER,
      HolderField.SURNAME,
      HolderField.GIVEN_NAMES,
      HolderField.BIRTH_DATE,
      HolderField.PHOTO),
  /**
   * Driver's licence (駕照): no MRZ; the licence number is the holder's national ID number.
   * Licences issued from 2013 carry no expiry until the holder turns 75; we do not check one.
   */
  DRIVERS_LICENCE(
      "driver's licence",
      "駕照",
      ReadingMethod.MANUAL,
      null,
      DocumentUse.ENROLLMENT_ID,
      ValidityRule.NO_EXPIRY,
      Set.of(),
      HolderField.NATIONAL_ID_NUMBER,
      HolderField.SURNAME,
      HolderField.GIVEN_NAMES,
      HolderField.BIRTH_DATE,
      HolderField.PHOTO);

  private final String englishName;
  private final String zhTwName;
  private final ReadingMethod readingMethod;
  private final String mrzDocumentCode;
  private final DocumentUse use;
  private final ValidityRule validity;
  private final Set<PortCode> ports;
  private final Set<HolderField> holderFields;

  DocumentType(
      String englishName,
      String zhTwName,
      ReadingMethod readingMethod,
      String mrzDocumentCode,
      DocumentUse use,
      ValidityRule validity,
      Set<PortCode> ports,
      HolderField first,
      HolderField... rest) {
    this.englishName = englishName;
    this.zhTwName = zhTwName;
    this.readingMethod = readingMethod;
    this.mrzDocumentCode = mrzDocumentCode;
    this.use = use;
    this.validity = validity;
    this.ports = Set.copyOf(ports);
    this.holderFields = Set.copyOf(EnumSet.of(first, rest));
  }

  public String englishName() {
    return englishName;
  }

  public String zhTwName() {
    return zhTwName;
  }

  public ReadingMethod readingMethod() {
    return readingMethod;
  }

  /**
   * The MRZ document code prefix that identifies this type (with issuer {@code TWN}), empty when
   * it has no MRZ.
   */
  public Optional<String> mrzDocumentCode() {
    return Optional.ofNullable(mrzDocumentCode);
  }

  public DocumentUse use() {
    return use;
  }

  public ValidityRule validity() {
    return validity;
  }

  /** Ports where it may be used to cross; empty for enrollment IDs. */
  public Set<PortCode> ports() {
    return ports;
  }

  /** The fields that identify the holder. */
  public Set<HolderField> holderFields() {
    return holderFields;
  }

  /** Directions it may be used in: every travel document works both ways; IDs in none. */
  public Set<Direction> directions() {
    return use == DocumentUse.TRAVEL ? EnumSet.allOf(Direction.class) : EnumSet.noneOf(Direction.class);
  }

  /** Why it may not be used to cross at {@code port} in {@code direction}, or empty if it may. */
  public Optional<UsageRefusal> refusalAt(PortCode port, Direction direction) {
    if (use != DocumentUse.TRAVEL) {
      return Optional.of(UsageRefusal.NOT_A_TRAVEL_DOCUMENT);
    }
    if (!ports.contains(port)) {
      return Optional.of(UsageRefusal.PORT_NOT_ALLOWED);
    }
    if (!directions().contains(direction)) {
      return Optional.of(UsageRefusal.DIRECTION_NOT_ALLOWED);
    }
    return Optional.empty();
  }

  /** Whether it may be used to cross at {@code port} in {@code direction}. */
  public boolean usableAt(PortCode port, Direction direction) {
    return refusalAt(port, direction).isEmpty();
  }

  /**
   * The catalogue type of a machine-read document, from its MRZ document code and issuing
   * state. Only documents issued by {@code TWN} are in the catalogue; a foreign passport is
   * empty here (the {@code border} module decides what else it accepts).
   */
  public static Optional<DocumentType> fromMrz(String documentCode, String issuingState) {
    if (documentCode == null || !"TWN".equals(issuingState)) {
      return Optional.empty();
    }
    String code = documentCode.replace('<', ' ').strip();
    DocumentType best = null;
    for (DocumentType t : values()) {
      String prefix = t.mrzDocumentCode;
      if (prefix != null
          && code.startsWith(prefix)
          && (best == null || prefix.length() > best.mrzDocumentCode.length())) {
        best = t;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Ports with e-Gate lanes (DESIGN.md, enrollment places that are ports). */
  private static final class Ports {
    static final Set<PortCode> ALL =
        Set.of(
            PortCode.TAOYUAN_AIRPORT,
            PortCode.SONGSHAN_AIRPORT,
            PortCode.TAICHUNG_AIRPORT,
            PortCode.KAOHSIUNG_AIRPORT,
            PortCode.KINMEN_SHUITOU);
  }
}
