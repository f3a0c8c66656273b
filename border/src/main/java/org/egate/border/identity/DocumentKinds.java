package org.egate.border.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egate.document.catalog.DocumentType;

/** The kinds listed once, for {@link DocumentKind#values()} and {@link DocumentKind#parse(String)}. */
final class DocumentKinds {
    static final List<DocumentKind> ALL;
    static final Map<String, DocumentKind> BY_CODE;

    static {
        List<DocumentKind> all = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            all.add(new DocumentKind.Catalogued(type));
        }
        all.addAll(List.of(OtherDocumentType.values()));
        ALL = List.copyOf(all);
        Map<String, DocumentKind> byCode = new LinkedHashMap<>();
        ALL.forEach(k -> byCode.put(k.code(), k));
        BY_CODE = Map.copyOf(byCode);
    }

    private DocumentKinds() {
    }
}
