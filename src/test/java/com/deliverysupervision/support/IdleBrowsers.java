package com.deliverysupervision.support;

import java.util.ArrayDeque;
import java.util.Deque;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Browsers whose user has been logged out, for a test class's next login: starting Chromium and
 * loading Tasklist's scripts into an empty profile cost seconds per login, and a walk logs in a
 * dozen times. A browser comes back with no cookie and nothing stored for the application, so the
 * next user starts at the login form as in a fresh one; one that cannot be cleared is closed.
 */
public final class IdleBrowsers {
  private final Deque<ChromeDriver> idle = new ArrayDeque<>();

  /** An idle browser, or a new one. */
  public synchronized ChromeDriver take() {
    ChromeDriver browser = idle.poll();
    return browser != null ? browser : Browser.open();
  }

  /** Logs its user out (the session's cookie and what the pages stored) and keeps it. */
  public synchronized void giveBack(ChromeDriver browser) {
    try {
      browser.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
      browser.manage().deleteAllCookies();
      browser.get("about:blank");
      idle.push(browser);
    } catch (WebDriverException notClearable) {
      browser.quit();
    }
  }

  public synchronized void quitAll() {
    idle.forEach(ChromeDriver::quit);
    idle.clear();
  }
}
