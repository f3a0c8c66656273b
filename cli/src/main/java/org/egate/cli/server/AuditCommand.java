package org.egate.cli.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.egate.cli.ExitCodes;
import org.egate.server.EgateServer;
import org.egate.server.audit.AuditVerifier;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code egate audit verify}: walks the hash-chained audit log; exit 1 when an entry was edited or removed. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit log tools.", subcommands = AuditCommand.Verify.class)
public final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = "Verify the audit chain of the database (EGATE_DB_URL, or the embedded one under --data-dir with no server running).")
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data-dir", defaultValue = "data", description = "embedded database folder (default ${DEFAULT-VALUE})")
    Path dataDir;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = EgateServer.startOffline("egate.data-dir=" + dataDir, "logging.level.root=WARN")) {
        AuditVerifier.Verdict v = context.getBean(AuditVerifier.class).verify();
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("intact", v.intact());
        out.put("entries", v.entries());
        if (v.firstBadSeq() != null) {
          out.put("firstBadSeq", v.firstBadSeq());
          out.put("problem", v.problem());
        }
        out.put("headHash", v.headHash());
        spec.commandLine().getOut().println(out.toString());
        spec.commandLine().getOut().flush();
        return v.intact() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
      }
    }
  }
}
