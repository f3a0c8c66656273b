package org.egate.document.mrz;

import java.time.LocalDate;

/**
 * The decoded content of an MRZ, fillers removed. Values are as read even when findings make the
 * MRZ invalid; a date is {@code null} when it is unknown (all fillers) or does not exist.
 *
 * @param documentCode one or two characters, e.g. {@code P}, {@code I}, {@code V}, {@code IR}
 * @param issuer issuing state or organization, e.g. {@code UTO}, {@code D}
 * @param documentNumber the whole number, including the part a TD1/TD2 continues in its
 *     optional data
 * @param surname the primary identifier, name components separated by spaces
 * @param givenNames the secondary identifier, components separated by spaces; empty if none
 * @param nameMayBeTruncated the name field ends with a letter, so the name may be cut short
 * @param optionalData the (first) optional data field; for TD3 the personal number
 * @param optionalData2 TD1's second optional data field; empty for other formats
 */
public record MrzData(
    MrzFormat format,
    String documentCode,
    String issuer,
    String documentNumber,
    String nationality,
    LocalDate birthDate,
    Sex sex,
    LocalDate expiryDate,
    String surname,
    String givenNames,
    boolean nameMayBeTruncated,
    String optionalData,
    String optionalData2) {}
