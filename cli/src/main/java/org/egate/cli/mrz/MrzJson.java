package org.egate.cli.mrz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.egate.document.catalog.DocumentType;
import org.egate.document.mrz.Correction;
import org.egate.document.mrz.Finding;
import org.egate.document.mrz.MrzData;
import org.egate.document.mrz.MrzResult;

/** The JSON shape of one MRZ result, as {@code egate mrz check} prints it. */
public final class MrzJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MrzJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One object: validity, the decoded fields (null when unusable), corrections and findings. */
  public static ObjectNode of(MrzResult r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("valid", r.valid());
    o.put("format", r.format().map(f -> f.displayName()).orElse(null));
    MrzData d = r.data().orElse(null);
    o.put("documentCode", d == null ? null : d.documentCode());
    o.put("issuer", d == null ? null : d.issuer());
    o.put("documentNumber", d == null ? null : d.documentNumber());
    o.put("nationality", d == null ? null : d.nationality());
    o.put("birthDate", d == null ? null : iso(d.birthDate()));
    o.put("sex", d == null || d.sex() == null ? null : String.valueOf(d.sex().code()));
    o.put("expiryDate", d == null ? null : iso(d.expiryDate()));
    o.put("surname", d == null ? null : d.surname());
    o.put("givenNames", d == null ? null : d.givenNames());
    o.put("optionalData", d == null ? null : d.optionalData());
    if (d != null && !d.optionalData2().isEmpty()) {
      o.put("optionalData2", d.optionalData2());
    }
    if (d != null && d.nameMayBeTruncated()) {
      o.put("nameMayBeTruncated", true);
    }
    o.put("documentType", d == null ? null
        : DocumentType.fromMrz(d.documentCode(), d.issuer()).map(Enum::name).orElse(null));
    ArrayNode corrections = o.putArray("corrections");
    for (Correction c : r.corrections()) {
      ObjectNode n = corrections.addObject();
      n.put("field", c.field().jsonName());
      n.put("line", c.line());
      n.put("column", c.column());
      n.put("found", c.found());
      n.put("readAs", c.readAs());
      n.put("reason", c.reason().name());
    }
    ArrayNode findings = o.putArray("findings");
    for (Finding f : r.findings()) {
      ObjectNode n = findings.addObject();
      n.put("field", f.field().jsonName());
      n.put("code", f.code().name());
      n.put("message", f.message());
    }
    return o;
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
