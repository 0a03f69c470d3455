package com.deliverysupervision.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through Debian's ChromeDriver, one fresh profile per session, so that
 * two users can be logged in at once. Nothing is downloaded: without the two packages the test is
 * skipped, or fails when the run requires a browser ({@code -Dbrowser.required=true}; CI installs
 * both and stops without them).
 */
public final class Browser {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "tasklist-screenshots");

  private Browser() {}

  public static ChromeDriver open() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String missing =
        "The Tasklist browser test needs Debian's chromium and chromium-driver packages"
            + " (apt-get install chromium chromium-driver)";
    if (Boolean.getBoolean("browser.required")) {
      if (!installed) {
        throw new IllegalStateException(missing);
      }
    } else {
      Assumptions.assumeTrue(installed, missing);
    }
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1400,1200",
          "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().implicitlyWait(Duration.ZERO);
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path screenshot(ChromeDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
