package org.egate.server.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.egate.server.TestServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class KeyRotationTest {
  private final Sealer sealer = TestServer.bean(Sealer.class);
  private final KeyRotation rotation = TestServer.bean(KeyRotation.class);
  private final JdbcClient jdbc = TestServer.bean(JdbcClient.class);

  @Test
  void rotationRewrapsEveryDataKeyAndOldDataStillOpens() {
    byte[] before = sealer.seal("template-1".getBytes(StandardCharsets.UTF_8), "test:1");
    KeyRotation.Result r = rotation.rotate("admin1");
    assertThat(r.masterKeyId()).isNotEqualTo(r.previousMasterKeyId());
    assertThat(r.dataKeysRewrapped()).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.sql("select count(*) from data_key where master_key_id <> ?").param(r.masterKeyId()).query(Integer.class).single())
        .as("no data key is left wrapped by the old master key").isZero();

    // A new data key is active for new data; both old and new sealed values open.
    byte[] after = sealer.seal("template-2".getBytes(StandardCharsets.UTF_8), "test:2");
    assertThat(Sealer.keyIdOf(after)).isNotEqualTo(Sealer.keyIdOf(before));
    assertThat(new String(sealer.open(before, "test:1"), StandardCharsets.UTF_8)).isEqualTo("template-1");
    assertThat(new String(sealer.open(after, "test:2"), StandardCharsets.UTF_8)).isEqualTo("template-2");
  }

  @Test
  void aFreshProcessWithOnlyTheKeystoreOpensDataSealedBeforeTheRotation() {
    byte[] sealed = sealer.seal("face".getBytes(StandardCharsets.UTF_8), "test:3");
    KeyRotation.Result r = rotation.rotate("admin1");
    // A new DataKeys/Sealer pair with an empty cache must unwrap via the keystore file.
    MasterKeys masters = new MasterKeys(TestServer.dataDir().toString(), "", "egate-development-only", "");
    DataKeys keys = new DataKeys(jdbc, masters, java.time.Clock.systemUTC(), TestServer.bean(org.springframework.transaction.support.TransactionTemplate.class));
    assertThat(new String(new Sealer(keys).open(sealed, "test:3"), StandardCharsets.UTF_8)).isEqualTo("face");
    assertThat(masters.current().id()).isEqualTo(r.masterKeyId());
  }

  @Test
  void aSealedValueDoesNotOpenUnderAnotherContext() {
    byte[] sealed = sealer.seal("x".getBytes(StandardCharsets.UTF_8), "biometric:a:FACE_TEMPLATE");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> sealer.open(sealed, "biometric:b:FACE_TEMPLATE"))
        .hasMessageContaining("tampered");
  }
}
