package org.egate.simulator.population;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.egate.document.catalog.DocumentType;
import org.egate.document.catalog.NationalIdNumber;
import org.egate.document.catalog.ResidentCertificateNumber;
import org.egate.document.mrz.Sex;

/**
 * Issues simulated gate documents: number, holder ID number (national ID for nationals' documents,
 * 2021-format uniform ID for residents' documents; both pass their check digit) and the MRZ.
 */
public final class TravelDocuments {
  private TravelDocuments() {}

  /**
   * A document of {@code type} for this holder with a random number and holder ID, and its MRZ.
   * Names must be MRZ letters and spaces.
   */
  public static TravelDocument issue(DocumentType type, String nationality, String surname, String givenNames, Sex sex,
      LocalDate birth, LocalDate expiry, RandomGenerator r) {
    String[] name = {surname, givenNames};
    char sexCode = sex == Sex.MALE ? 'M' : 'F';
    String number = numberPrefix(type) + digits(8, r);
    if (type == DocumentType.ROC_PASSPORT) {
      String nationalId = nationalId(sex, r);
      return new TravelDocument(type, "TWN", number, expiry, nationalId,
          MrzComposer.td3("P", "TWN", name[0], name[1], number, nationality, birth, sexCode, expiry, nationalId));
    }
    String holderId = switch (type) {
      case KINMEN_MATSU_PERMIT -> nationalId(sex, r);
      case DIPLOMAT_ID -> "";
      default -> residentNumber(sex, r);
    };
    return new TravelDocument(type, "TWN", number, expiry, holderId,
        MrzComposer.td1(type.mrzDocumentCode().orElseThrow(), "TWN", number, holderId, birth, sexCode, expiry, nationality,
            name[0], name[1]));
  }

  private static String numberPrefix(DocumentType type) {
    return switch (type) {
      case ROC_PASSPORT -> "3";
      case KINMEN_MATSU_PERMIT -> "K";
      case HK_MACAO_RESIDENCE_ENTRY_EXIT_PERMIT -> "H";
      case PRC_MULTIPLE_ENTRY_PERMIT -> "C";
      case DIPLOMAT_ID -> "D";
      default -> "Y";
    };
  }

  /** A national ID number: a letter, 1 (male) or 2 (female), seven digits and the uniform-ID check digit. */
  private static String nationalId(Sex sex, RandomGenerator r) {
    String first = (char) ('A' + r.nextInt(26)) + (sex == Sex.MALE ? "1" : "2") + digits(7, r);
    for (char d = '0'; d <= '9'; d++) {
      if (NationalIdNumber.isValid(first + d)) {
        return first + d;
      }
    }
    throw new IllegalStateException("no check digit completes national ID '" + first + "'");
  }

  /** A uniform ID number in the 2021 format: a letter, 8 (male) or 9 (female), seven digits, check digit. */
  private static String residentNumber(Sex sex, RandomGenerator r) {
    String first = (char) ('A' + r.nextInt(26)) + (sex == Sex.MALE ? "8" : "9") + digits(7, r);
    for (char d = '0'; d <= '9'; d++) {
      if (ResidentCertificateNumber.isValid(first + d)) {
        return first + d;
      }
    }
    throw new IllegalStateException("no check digit completes resident certificate number '" + first + "'");
  }

  private static String digits(int n, RandomGenerator r) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

}
