package org.egate.border.eligibility;

import static org.egate.border.identity.OtherDocumentType.FOREIGN_PASSPORT;
import static org.egate.border.identity.OtherDocumentType.MAINLAND_TRAVEL_PERMIT;
import static org.egate.border.identity.OtherDocumentType.NATIONAL_MULTIPLE_ENTRY_PERMIT;
import static org.egate.border.identity.OtherDocumentType.RE_ENTRY_PERMIT;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.egate.border.identity.DocumentKind;
import org.egate.document.catalog.DocumentType;

/**
 * The documents a category must show at enrollment and may present at a lane (DESIGN.md rules; decision 0043).
 *
 * @param primaryChoices one of these is required (the travel document)
 * @param supportingAlternatives one of these sets must be shown in full (empty list: nothing supporting)
 * @param secondaryIdChoices one of these is required (empty: none)
 * @param gateDocuments what the holder presents at a lane
 */
public record DocumentRequirements(Set<DocumentKind> primaryChoices, List<Set<DocumentKind>> supportingAlternatives,
        Set<DocumentKind> secondaryIdChoices, Set<DocumentKind> gateDocuments) {

    private static final DocumentKind ROC_PASSPORT = DocumentKind.of(DocumentType.ROC_PASSPORT);
    private static final DocumentKind KINMEN_MATSU_PERMIT = DocumentKind.of(DocumentType.KINMEN_MATSU_PERMIT);
    private static final DocumentKind ARC = DocumentKind.of(DocumentType.RESIDENT_CERTIFICATE);
    private static final DocumentKind APRC = DocumentKind.of(DocumentType.PERMANENT_RESIDENT_CERTIFICATE);
    private static final DocumentKind HK_MACAO_PERMIT = DocumentKind.of(DocumentType.HK_MACAO_RESIDENCE_ENTRY_EXIT_PERMIT);
    private static final DocumentKind PRC_PERMIT = DocumentKind.of(DocumentType.PRC_MULTIPLE_ENTRY_PERMIT);
    private static final DocumentKind DIPLOMAT_ID = DocumentKind.of(DocumentType.DIPLOMAT_ID);

    public DocumentRequirements {
        primaryChoices = Set.copyOf(primaryChoices);
        supportingAlternatives = supportingAlternatives.stream().map(Set::copyOf).toList();
        secondaryIdChoices = Set.copyOf(secondaryIdChoices);
        gateDocuments = Set.copyOf(gateDocuments);
        if (primaryChoices.isEmpty() || gateDocuments.isEmpty()) {
            throw new IllegalArgumentException("a category needs a primary document and a gate document");
        }
    }

    private static final Map<Category, DocumentRequirements> BY_CATEGORY = byCategory();

    /** The requirements of a category (computed once; lanes ask on every authorization). */
    public static DocumentRequirements of(Category category) {
        return BY_CATEGORY.get(Objects.requireNonNull(category, "category"));
    }

    private static Map<Category, DocumentRequirements> byCategory() {
        EnumMap<Category, DocumentRequirements> map = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            map.put(category, written(category));
        }
        return map;
    }

    /** The requirements of a category, written as the source states them. */
    private static DocumentRequirements written(Category category) {
        return switch (category) {
            // "持中華民國護照或...金馬證及政府機關核發之證件（如身分證、健保卡、駕照等）"
            case NATIONAL_WITH_HOUSEHOLD_REGISTRATION -> new DocumentRequirements(
                    Set.of(ROC_PASSPORT, KINMEN_MATSU_PERMIT), List.of(),
                    Set.of(DocumentKind.of(DocumentType.NATIONAL_ID_CARD), DocumentKind.of(DocumentType.NHI_CARD),
                            DocumentKind.of(DocumentType.DRIVERS_LICENCE)),
                    Set.of(ROC_PASSPORT, KINMEN_MATSU_PERMIT));
            // "永久居留或居留，並具有重入國許可身分之外國人"; at the gate "持「居留證」通關"
            case FOREIGN_RESIDENT -> new DocumentRequirements(Set.of(FOREIGN_PASSPORT),
                    List.of(Set.of(APRC), Set.of(ARC, RE_ENTRY_PERMIT)), Set.of(), Set.of(ARC, APRC));
            // "外國人持有外交部核發之外交官員證者"; the diplomat ID stands in for the resident certificate
            case FOREIGN_DIPLOMAT -> new DocumentRequirements(Set.of(FOREIGN_PASSPORT), List.of(Set.of(DIPLOMAT_ID)),
                    Set.of(), Set.of(DIPLOMAT_ID));
            // "無戶籍國民具居留身分且取得與居留證相同效期之多次入國許可者"; at the gate the resident certificate
            case NATIONAL_WITHOUT_HOUSEHOLD_REGISTRATION -> new DocumentRequirements(Set.of(ROC_PASSPORT),
                    List.of(Set.of(ARC, NATIONAL_MULTIPLE_ENTRY_PERMIT)), Set.of(), Set.of(ARC));
            // "香港或澳門居民具居留身分且取得臺灣地區居留入出境證者"; at the gate "持「多次入出境證」通關"
            case HONG_KONG_MACAO_RESIDENT -> new DocumentRequirements(Set.of(FOREIGN_PASSPORT),
                    List.of(Set.of(HK_MACAO_PERMIT)), Set.of(), Set.of(HK_MACAO_PERMIT));
            // "大陸地區人民具長期居留身分者"; at the gate the multiple-entry permit
            case PRC_LONG_TERM_RESIDENT -> new DocumentRequirements(Set.of(MAINLAND_TRAVEL_PERMIT, FOREIGN_PASSPORT),
                    List.of(Set.of(PRC_PERMIT)), Set.of(), Set.of(PRC_PERMIT));
            // "持大通證或護照及「大陸地區人民多次入出境證(事由：依親居留)」辦理註冊"
            case PRC_SPOUSE_DEPENDENT_RESIDENCE -> new DocumentRequirements(
                    Set.of(MAINLAND_TRAVEL_PERMIT, FOREIGN_PASSPORT), List.of(Set.of(PRC_PERMIT)), Set.of(),
                    Set.of(PRC_PERMIT));
        };
    }

    /** Every kind this category may show at enrollment. */
    public Set<DocumentKind> accepted() {
        Set<DocumentKind> all = new HashSet<>(primaryChoices);
        supportingAlternatives.forEach(all::addAll);
        all.addAll(secondaryIdChoices);
        return Set.copyOf(all);
    }

    /** Whether the shown kinds include a full supporting alternative (true when none is required). */
    public boolean supportingSatisfiedBy(Set<DocumentKind> shown) {
        return supportingAlternatives.isEmpty() || supportingAlternatives.stream().anyMatch(shown::containsAll);
    }
}
