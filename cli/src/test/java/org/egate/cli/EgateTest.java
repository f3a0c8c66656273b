package org.egate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EgateTest {
  @Test
  void unknownSubcommandIsAUsageError() {
    assertThat(Egate.run("no-such-command")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void noSubcommandPrintsUsageAndExitsTwo() {
    assertThat(Egate.run()).isEqualTo(ExitCodes.USAGE);
  }
}
