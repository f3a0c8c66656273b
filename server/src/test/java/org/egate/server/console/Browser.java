package org.egate.server.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (apt packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Without them the browser tests are
 * skipped locally with a message saying so, but fail under CI ({@code CI=true}), where they must
 * run. {@code EGATE_CHROMIUM} / {@code EGATE_CHROMEDRIVER} point elsewhere if needed.
 */
final class Browser {
  private Browser() {}

  /** Why no browser can run here, or empty when chromium and chromedriver are both present. */
  static Optional<String> missing() {
    Optional<Path> chromium = find("EGATE_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    Optional<Path> driver = find("EGATE_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    if (chromium.isPresent() && driver.isPresent()) {
      return Optional.empty();
    }
    return Optional.of("no headless browser: need chromium and chromedriver (apt-get install chromium chromium-driver),"
        + " found chromium=" + chromium.map(Path::toString).orElse("none") + " chromedriver=" + driver.map(Path::toString).orElse("none"));
  }

  /**
   * A headless browser, or empty (with the tests to be skipped by {@link #assumeAvailable}) when
   * none is installed; under CI a missing browser fails instead.
   */
  static Optional<ChromeDriver> start() {
    Optional<String> missing = missing();
    if (missing.isPresent()) {
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(missing.get() + "; CI must run the browser tests (.ci/run installs both)");
      }
      return Optional.empty();
    }
    Path chromium = find("EGATE_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser").orElseThrow();
    Path driver = find("EGATE_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver").orElseThrow();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en-US",
        "--window-size=1280,1000", "--disable-extensions", "--no-first-run");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return Optional.of(browser);
  }

  /** Skips the calling test, saying what to install, when there is no browser. */
  static void assumeAvailable(Optional<ChromeDriver> browser) {
    Assumptions.assumeTrue(browser.isPresent(), () -> missing().orElse("browser did not start") + "; browser tests skipped");
  }

  private static Optional<Path> find(String env, String... candidates) {
    String override = System.getenv(env);
    List<String> paths = override != null && !override.isBlank() ? List.of(override) : List.of(candidates);
    return paths.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }
}
