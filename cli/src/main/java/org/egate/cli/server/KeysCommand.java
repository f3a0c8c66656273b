package org.egate.cli.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.egate.cli.ExitCodes;
import org.egate.server.EgateServer;
import org.egate.server.crypto.KeyRotation;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code egate keys rotate}: a new master key version; every data key re-wrapped under it. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Encryption key tools.", subcommands = KeysCommand.Rotate.class)
public final class KeysCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  @Command(name = "rotate", mixinStandardHelpOptions = true,
      description = "Add a master key version to the keystore and re-wrap every data key under it, one small transaction each,"
          + " so a server on the same database keeps running (it reloads the keystore when it meets the new key).")
  static final class Rotate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data-dir", defaultValue = "data", description = "keystore and embedded database folder (default ${DEFAULT-VALUE})")
    Path dataDir;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = EgateServer.startOffline("egate.data-dir=" + dataDir, "logging.level.root=WARN")) {
        KeyRotation.Result r = context.getBean(KeyRotation.class).rotate("cli:" + System.getProperty("user.name"));
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("previousMasterKeyId", r.previousMasterKeyId());
        out.put("masterKeyId", r.masterKeyId());
        out.put("dataKeysRewrapped", r.dataKeysRewrapped());
        out.put("activeDataKeyId", r.activeDataKeyId());
        spec.commandLine().getOut().println(out.toString());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
      }
    }
  }
}
