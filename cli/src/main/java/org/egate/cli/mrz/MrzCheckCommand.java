package org.egate.cli.mrz;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.egate.cli.ExitCodes;
import org.egate.document.mrz.MrzBlocks;
import org.egate.document.mrz.MrzReader;
import org.egate.document.mrz.MrzResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code egate mrz check [FILE|-]}: MRZ blocks separated by blank lines in, one JSON object per
 * block out (one per line). Exit 0 when every block is valid, 1 when any is not, 2 when the
 * input is unusable (missing, empty, binary, too large).
 */
@Command(
    name = "check",
    description = "Validate MRZs (ICAO 9303): blank-line separated blocks; one JSON object per block.")
final class MrzCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE",
      description = "File of MRZ lines, or - for standard input (default).")
  String source;

  private final Clock clock = Clock.system(ZoneId.of("Asia/Taipei"));

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter err = spec.commandLine().getErr();
    String text;
    try {
      text = MrzInput.read(source, System.in);
    } catch (MrzInput.Unusable e) {
      err.println("egate mrz check: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    List<String> blocks = MrzBlocks.split(text);
    if (blocks.isEmpty()) {
      err.println("egate mrz check: no MRZ lines in " + ("-".equals(source) ? "standard input" : "'" + source + "'"));
      return ExitCodes.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    LocalDate today = LocalDate.now(clock);
    int invalid = 0;
    for (String block : blocks) {
      MrzResult r = MrzReader.read(block, today);
      if (!r.valid()) {
        invalid++;
      }
      out.println(MrzJson.mapper().writeValueAsString(MrzJson.of(r)));
    }
    out.flush();
    err.println("egate mrz check: " + blocks.size() + " block(s), " + invalid + " invalid");
    return invalid == 0 ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
  }
}
