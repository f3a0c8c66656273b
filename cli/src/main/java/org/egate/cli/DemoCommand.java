package org.egate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.egate.cli.mrz.MrzJson;
import org.egate.document.mrz.MrzReader;
import org.egate.document.mrz.MrzResult;
import org.egate.document.mrz.Specimens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code egate demo}: until the server exists, checks the specimen documents shipped with egate. */
@Command(name = "demo", description = "Start the whole system with demo data and print the URL and logins.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    err.println("egate demo: the server does not exist yet; checking the specimen documents shipped"
        + " with egate (ICAO Doc 9303 specimens and synthetic ROC documents) instead.");
    LocalDate today = LocalDate.now(Clock.system(ZoneId.of("Asia/Taipei")));
    List<String> blocks = Specimens.blocks();
    ObjectNode summary = MrzJson.mapper().createObjectNode();
    ArrayNode documents = summary.putArray("documents");
    int valid = 0;
    for (String block : blocks) {
      MrzResult r = MrzReader.read(block, today);
      ObjectNode full = MrzJson.of(r);
      ObjectNode d = documents.addObject();
      for (String key : List.of("valid", "format", "issuer", "documentNumber", "surname", "givenNames", "documentType")) {
        d.set(key, full.get(key));
      }
      valid += r.valid() ? 1 : 0;
    }
    summary.put("specimens", blocks.size());
    summary.put("valid", valid);
    spec.commandLine().getOut().println(MrzJson.mapper().writeValueAsString(summary));
    spec.commandLine().getOut().flush();
    err.println("egate demo: checked " + blocks.size() + " specimen documents, " + valid + " valid."
        + " Check your own with: ./egate mrz check FILE");
    return valid == blocks.size() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
  }
}
