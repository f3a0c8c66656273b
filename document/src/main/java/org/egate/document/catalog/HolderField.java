package org.egate.document.catalog;

/** A field of a document that identifies its holder. */
public enum HolderField {
  DOCUMENT_NUMBER,
  ISSUING_STATE,
  NATIONALITY,
  SURNAME,
  GIVEN_NAMES,
  BIRTH_DATE,
  SEX,
  /** ROC national identification number (國民身分證統一編號), letter + 9 digits. */
  NATIONAL_ID_NUMBER,
  /** Uniform ID number of a resident certificate (居留證統一證號), old or 2021 format. */
  RESIDENT_CERTIFICATE_NUMBER,
  /** National Health Insurance card number (健保卡號), 12 digits. */
  NHI_CARD_NUMBER,
  PHOTO
}
