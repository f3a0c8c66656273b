package org.egate.document.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The specimens printed in ICAO Doc 9303, read field by field. */
class IcaoSpecimenTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  static MrzData readValid(String mrz) {
    MrzResult r = MrzReader.read(mrz, TODAY);
    assertThat(r.findings()).as(mrz).isEmpty();
    assertThat(r.corrections()).isEmpty();
    assertThat(r.valid()).isTrue();
    return r.data().orElseThrow();
  }

  @Test
  void part4Td3PassportOfAnnaMariaEriksson() {
    MrzData d =
        readValid("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            + "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    assertThat(d.format()).isEqualTo(MrzFormat.TD3);
    assertThat(d.documentCode()).isEqualTo("P");
    assertThat(d.issuer()).isEqualTo("UTO");
    assertThat(d.surname()).isEqualTo("ERIKSSON");
    assertThat(d.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(d.nameMayBeTruncated()).isFalse();
    assertThat(d.documentNumber()).isEqualTo("L898902C3");
    assertThat(d.nationality()).isEqualTo("UTO");
    assertThat(d.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(d.sex()).isEqualTo(Sex.FEMALE);
    assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(d.optionalData()).isEqualTo("ZE184226B");
    assertThat(d.optionalData2()).isEmpty();
  }

  @Test
  void part5Td1CardOfAnnaMariaEriksson() {
    MrzData d =
        readValid("I<UTOD231458907<<<<<<<<<<<<<<<\n"
            + "7408122F1204159UTO<<<<<<<<<<<6\n"
            + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    assertThat(d.format()).isEqualTo(MrzFormat.TD1);
    assertThat(d.documentCode()).isEqualTo("I");
    assertThat(d.issuer()).isEqualTo("UTO");
    assertThat(d.documentNumber()).isEqualTo("D23145890");
    assertThat(d.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(d.sex()).isEqualTo(Sex.FEMALE);
    assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(d.nationality()).isEqualTo("UTO");
    assertThat(d.surname()).isEqualTo("ERIKSSON");
    assertThat(d.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(d.optionalData()).isEmpty();
    assertThat(d.optionalData2()).isEmpty();
  }

  /** Part 11, Appendix D.2: a 12-character number continued in the optional data. */
  @Test
  void td1LongDocumentNumberOfPeterJohnStevenson() {
    MrzData d =
        readValid("I<UTOD23145890<7349<<<<<<<<<<<\n"
            + "3407127M9507122UTO<<<<<<<<<<<2\n"
            + "STEVENSON<<PETER<JOHN<<<<<<<<<");
    assertThat(d.documentNumber()).isEqualTo("D23145890734");
    assertThat(d.optionalData()).isEmpty();
    assertThat(d.birthDate()).isEqualTo(LocalDate.of(1934, 7, 12));
    assertThat(d.sex()).isEqualTo(Sex.MALE);
    assertThat(d.expiryDate()).isEqualTo(LocalDate.of(1995, 7, 12));
    assertThat(d.surname()).isEqualTo("STEVENSON");
    assertThat(d.givenNames()).isEqualTo("PETER JOHN");
  }

  @Test
  void part6Td2OfAnnaMariaEriksson() {
    MrzData d =
        readValid("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
            + "D231458907UTO7408122F1204159<<<<<<<6");
    assertThat(d.format()).isEqualTo(MrzFormat.TD2);
    assertThat(d.documentNumber()).isEqualTo("D23145890");
    assertThat(d.issuer()).isEqualTo("UTO");
    assertThat(d.nationality()).isEqualTo("UTO");
    assertThat(d.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(d.sex()).isEqualTo(Sex.FEMALE);
    assertThat(d.surname()).isEqualTo("ERIKSSON");
    assertThat(d.givenNames()).isEqualTo("ANNA MARIA");
  }

  @Test
  void td2LongDocumentNumberOfPeterJohnStevenson() {
    MrzData d =
        readValid("I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\n"
            + "D23145890<UTO3407127M95071227349<<<8");
    assertThat(d.documentNumber()).isEqualTo("D23145890734");
    assertThat(d.optionalData()).isEmpty();
    assertThat(d.birthDate()).isEqualTo(LocalDate.of(1934, 7, 12));
  }

  @Test
  void part7MrvAVisa() {
    MrzData d =
        readValid("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            + "L8988901C4XXX4009078F96121096ZE184226B<<<<<<");
    assertThat(d.format()).isEqualTo(MrzFormat.MRV_A);
    assertThat(d.documentCode()).isEqualTo("V");
    assertThat(d.documentNumber()).isEqualTo("L8988901C");
    assertThat(d.nationality()).isEqualTo("XXX");
    assertThat(d.birthDate()).isEqualTo(LocalDate.of(1940, 9, 7));
    assertThat(d.sex()).isEqualTo(Sex.FEMALE);
    assertThat(d.expiryDate()).isEqualTo(LocalDate.of(1996, 12, 10));
    assertThat(d.optionalData()).isEqualTo("6ZE184226B");
  }

  @Test
  void part7MrvBVisa() {
    MrzData d =
        readValid("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
            + "L8988901C4XXX4009078F9612109<<<<<<<<");
    assertThat(d.format()).isEqualTo(MrzFormat.MRV_B);
    assertThat(d.documentNumber()).isEqualTo("L8988901C");
    assertThat(d.nationality()).isEqualTo("XXX");
    assertThat(d.expiryDate()).isEqualTo(LocalDate.of(1996, 12, 10));
    assertThat(d.optionalData()).isEmpty();
  }

  /** Earlier editions' visa specimens: an 8-character number padded with a filler. */
  @Test
  void earlierEditionVisasWithAShortDocumentNumber() {
    MrzData a =
        readValid("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            + "L898902C<3UTO6908061F9406236ZE184226B<<<<<<<");
    assertThat(a.documentNumber()).isEqualTo("L898902C");
    assertThat(a.birthDate()).isEqualTo(LocalDate.of(1969, 8, 6));
    assertThat(a.expiryDate()).isEqualTo(LocalDate.of(1994, 6, 23));
    assertThat(a.optionalData()).isEqualTo("ZE184226B");
    MrzData b =
        readValid("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
            + "L898902C<3UTO6908061F9406236ZE184226");
    assertThat(b.format()).isEqualTo(MrzFormat.MRV_B);
    assertThat(b.optionalData()).isEqualTo("ZE184226");
  }

  @Test
  void everyShippedSpecimenIsValid() {
    assertThat(Specimens.blocks()).hasSize(10);
    for (String block : Specimens.blocks()) {
      readValid(block);
    }
  }

  @Test
  void theWholeZoneOnOneLineIsReadToo() {
    MrzData d =
        readValid("I<UTOD23145890<7349<<<<<<<<<<<3407127M9507122UTO<<<<<<<<<<<2STEVENSON<<PETER<JOHN<<<<<<<<<");
    assertThat(d.documentNumber()).isEqualTo("D23145890734");
  }

  @Test
  void aMononymHasOnlyAPrimaryIdentifierAndAFullNameFieldMayBeTruncated() {
    String l2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    MrzData mono = readValid("P<UTOMADONNA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" + l2);
    assertThat(mono.surname()).isEqualTo("MADONNA");
    assertThat(mono.givenNames()).isEmpty();
    MrzData full = readValid("P<UTOVANDERSTEENHOVEN<<ANNAMARIAJOSEPHINEXXX\n" + l2);
    assertThat(full.surname()).isEqualTo("VANDERSTEENHOVEN");
    assertThat(full.nameMayBeTruncated()).isTrue();
  }
}
