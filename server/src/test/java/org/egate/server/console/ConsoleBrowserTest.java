package org.egate.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.egate.border.enrollment.EnrollmentStatus;
import org.egate.border.site.Lane;
import org.egate.border.site.SiteDirectory;
import org.egate.server.Api;
import org.egate.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officer console in a real browser (headless Chromium): one shared server and one browser for
 * the class; each test signs in as the role it needs and signs out after.
 */
class ConsoleBrowserTest {
  private static ChromeDriver browser;
  private static String base;

  private static java.util.Optional<ChromeDriver> started = java.util.Optional.empty();

  @BeforeAll
  static void startBrowser() {
    started = Browser.start();
    browser = started.orElse(null);
    if (browser != null) {
      base = TestServer.baseUrl();
    }
  }

  @org.junit.jupiter.api.BeforeEach
  void needsABrowser() {
    Browser.assumeAvailable(started);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @AfterEach
  void signOut() {
    if (browser != null) {
      browser.manage().deleteAllCookies();
    }
  }

  private static WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  private static void signIn(String user, String password) {
    browser.get(base + "/login?lang=en");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("sign-in")).click();
    // wait for the answer: navigating on at once would abort the login post
    waitUpTo(10).until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("me")),
        ExpectedConditions.presenceOfElementLocated(By.id("login-error")), ExpectedConditions.presenceOfElementLocated(By.id("login-blocked"))));
  }

  @Test
  void aWrongPasswordStaysOnTheLoginPageAndTheRightOneOpensTheConsole() {
    signIn("officer1", "not-the-password");
    waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
    assertThat(browser.getCurrentUrl()).contains("/login?error");
    assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("Wrong user name or password.");

    signIn("officer1", TestServer.PASSWORD);
    waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("me")));
    assertThat(browser.getCurrentUrl()).endsWith("/console");
    assertThat(browser.findElement(By.id("me")).getText()).isEqualTo("officer1");
    // an officer's menu offers the lane board and lookup, not the supervisors' pages
    assertThat(browser.findElements(By.linkText("Travelers"))).isNotEmpty();
    assertThat(browser.findElements(By.linkText("Referrals"))).isEmpty();

    browser.findElement(By.id("logout")).click();
    waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("logged-out")));
  }

  @Test
  void anOfficerGetsTheForbiddenPageForSupervisorPages() {
    signIn("officer1", TestServer.PASSWORD);
    waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("me")));
    for (String page : new String[] {"/console/referrals", "/console/exit-bans", "/console/audit"}) {
      browser.get(base + page);
      assertThat(browser.findElement(By.id("denied")).getText()).as(page).isEqualTo("403 Not allowed");
      assertThat(browser.getPageSource()).as(page).contains("Your role may not open this page.");
    }
  }

  @Test
  void aLaneDecisionAppearsOnTheBoardWithoutAReload() {
    LocalDate today = LocalDate.now(TestServer.bean(java.time.Clock.class));
    Lane lane = TestServer.bean(SiteDirectory.class).lanes().stream().filter(l -> l.servesOn(today)).findFirst().orElseThrow();
    String laneId = lane.id().value();
    signIn("supervisor1", TestServer.PASSWORD);
    browser.get(base + "/console/board");
    WebElement row = browser.findElement(By.id("lane-" + laneId));
    ((JavascriptExecutor) browser).executeScript("window.egateNoReload = 'still here';");
    String path = "/api/lanes/" + laneId + "/authorizations";
    String question = "{\"document\":{\"kind\":\"ROC_PASSPORT\",\"issuer\":\"TWN\",\"number\":\"" + ConsoleFixtures.documentNumber() + "\"}}";

    // The stream may still be connecting when the first decision is published: publish until one arrives.
    boolean shown = false;
    for (int attempt = 0; attempt < 15 && !shown; attempt++) {
      assertThat(Api.asLane(laneId, path, question).reasonCode()).isEqualTo("NOT_ENROLLED");
      try {
        waitUpTo(2).until(d -> row.getText().contains("NOT_ENROLLED"));
        shown = true;
      } catch (org.openqa.selenium.TimeoutException notYet) {
        // next attempt
      }
    }
    assertThat(shown).as("the lane's row shows the decision pushed over SSE").isTrue();
    assertThat(row.getText()).contains("authorization").contains("Not enrolled for automated clearance");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.egateNoReload;")).isEqualTo("still here");
  }

  @Test
  void resolvingAReferralWritesAnAuditEntryWithWhoAndWhy() {
    ConsoleFixtures.Seeded pending = ConsoleFixtures.enrolled("CHEN", "MEI-LING", EnrollmentStatus.PENDING_REVIEW);
    UUID referral = ConsoleFixtures.openReferral(pending.enrollment());
    signIn("supervisor1", TestServer.PASSWORD);
    browser.get(base + "/console/referrals");
    WebElement card = browser.findElement(By.id("referral-" + referral));
    card.findElement(By.name("note")).sendKeys("same person as candidate, second passport");
    card.findElement(By.cssSelector("button[value=refuse]")).click();

    waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-resolved")));
    assertThat(browser.findElement(By.id("flash-resolved")).getText()).contains("enrollment:" + pending.enrollment()).contains("REJECTED");
    assertThat(browser.findElements(By.id("referral-" + referral))).isEmpty();
    assertThat(ConsoleFixtures.auditReasons("supervisor1", "REFERRAL_RESOLVED", "enrollment:" + pending.enrollment()))
        .containsExactly("same person as candidate, second passport");
  }

  @Test
  void aTravelerLookupWritesAnAuditedReadWithThePurpose() {
    ConsoleFixtures.Seeded t = ConsoleFixtures.enrolled("LIN", "CHIH-HAO", EnrollmentStatus.ACTIVE);
    signIn("officer1", TestServer.PASSWORD);
    lookUp(t.documentNumber(), "stamp request at counter 3");

    assertThat(browser.findElement(By.className("traveler-name")).getText()).isEqualTo("LIN, CHIH-HAO");
    assertThat(browser.findElement(By.className("traveler-file")).getText()).contains("ACTIVE").contains(t.documentNumber());
    assertThat(ConsoleFixtures.auditReasons("officer1", "PERSONAL_DATA_READ", "traveler:" + t.traveler()))
        .containsExactly("stamp request at counter 3");
  }

  @Test
  void markupInATravelersNameIsShownAsTextNotRun() {
    String surname = "<script>window.egateXss=1</script>";
    String given = "<img src=x onerror=\"window.egateXss=2\">";
    ConsoleFixtures.Seeded t = ConsoleFixtures.enrolled(surname, given, EnrollmentStatus.ACTIVE);
    signIn("officer1", TestServer.PASSWORD);
    lookUp(t.documentNumber(), "xss check");

    assertThat(browser.findElement(By.className("traveler-name")).getText()).isEqualTo(surname + ", " + given);
    assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
    assertThat(((JavascriptExecutor) browser).executeScript("return window.egateXss === undefined;")).isEqualTo(true);
  }

  private static void lookUp(String document, String purpose) {
    browser.get(base + "/console/travelers");
    browser.findElement(By.id("document")).sendKeys(document);
    browser.findElement(By.id("purpose")).sendKeys(purpose);
    browser.findElement(By.id("look-up")).click();
    waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.className("traveler-name")));
  }
}
