package org.egate.document.mrz;

/** The fields of an MRZ that findings and corrections refer to, with their JSON names. */
public enum MrzField {
  INPUT("input"),
  DOCUMENT_CODE("documentCode"),
  ISSUER("issuer"),
  NAME("name"),
  DOCUMENT_NUMBER("documentNumber"),
  DOCUMENT_NUMBER_CHECK_DIGIT("documentNumberCheckDigit"),
  NATIONALITY("nationality"),
  BIRTH_DATE("birthDate"),
  BIRTH_DATE_CHECK_DIGIT("birthDateCheckDigit"),
  SEX("sex"),
  EXPIRY_DATE("expiryDate"),
  EXPIRY_DATE_CHECK_DIGIT("expiryDateCheckDigit"),
  OPTIONAL_DATA("optionalData"),
  OPTIONAL_DATA_CHECK_DIGIT("optionalDataCheckDigit"),
  OPTIONAL_DATA_2("optionalData2"),
  COMPOSITE_CHECK_DIGIT("compositeCheckDigit");

  private final String jsonName;

  MrzField(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
