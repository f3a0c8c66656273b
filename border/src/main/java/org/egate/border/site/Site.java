package org.egate.border.site;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egate.document.catalog.PortCode;

/**
 * An airport, seaport or service station. Ports of entry carry a UN/LOCODE ({@link PortCode}), which is how the
 * document catalogue says where a document may be used (e.g. the Kinmen–Matsu permit only at {@code TWKNH}).
 */
public record Site(SiteId id, PlaceName name, SiteKind kind, PortCode portCode, List<Terminal> terminals) {
    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        terminals = List.copyOf(terminals);
        if (kind.isPortOfEntry() && portCode == null) {
            throw new IllegalArgumentException("port of entry " + id + " needs a port code");
        }
        if (kind.isPortOfEntry() && terminals.isEmpty()) {
            throw new IllegalArgumentException("port of entry " + id + " needs at least one terminal");
        }
    }

    /** The UN/LOCODE, present for ports of entry. */
    public Optional<PortCode> port() {
        return Optional.ofNullable(portCode);
    }

    public Optional<Terminal> terminal(TerminalCode code) {
        return terminals.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
