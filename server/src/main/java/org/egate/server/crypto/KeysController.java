package org.egate.server.crypto;

import org.egate.server.security.Actors;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An administrator rotates the master key on a running server (the same as {@code egate keys rotate}). */
@RestController
class KeysController {
  private final KeyRotation rotation;

  KeysController(KeyRotation rotation) {
    this.rotation = rotation;
  }

  @PostMapping("/api/keys/rotation")
  KeyRotation.Result rotate() {
    return rotation.rotate(Actors.current());
  }
}
