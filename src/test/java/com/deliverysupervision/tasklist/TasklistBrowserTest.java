package com.deliverysupervision.tasklist;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.support.Browser;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The basic delivery as people do it: in Camunda Tasklist, in a real browser, each user in a
 * session of their own. Screenshots of every step go to target/tasklist-screenshots/.
 */
@DeliveryApplicationTest
class TasklistBrowserTest {
  @LocalServerPort int port;
  @Autowired TestOrders orders;
  @Autowired TaskService taskService;

  private final List<ChromeDriver> sessions = new java.util.ArrayList<>();

  @AfterEach
  void closeBrowsers() {
    sessions.forEach(ChromeDriver::quit);
  }

  @Test
  @DisplayName(
      "ALI-2 ALI-6 ALL-2 in Tasklist the customer submits the demand, the seller finishes, the customer confirms; each sees only their own tasks")
  void basicDeliveryInTasklist() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);

    ChromeDriver customer = logIn(CUSTOMER);
    assertThat(taskNames(customer)).contains("Submit demand").doesNotContain("Project delivery");
    openTask(customer, order);
    assertThat(formText(customer)).contains(order.orderId(), order.deliveryId(), order.productId());
    complete(customer);
    waitFor(customer, By.xpath("//*[contains(text(), 'Field is required.')]"));
    Browser.screenshot(customer, "1-customer-demand-missing-fields");
    fill(customer, "Contact name", "Chen Customer");
    fill(customer, "Phone number", "+86 10 1234 5678");
    fill(customer, "E-mail address", "chen@example.com");
    fill(customer, "Demands", "A shop site with three pages.");
    Browser.screenshot(customer, "2-customer-demand-filled");
    complete(customer);
    waitUntilStep(order, AlibabaBasicDelivery.TASK_PROJECT_DELIVERY);

    ChromeDriver seller = logIn(SELLER);
    assertThat(taskNames(seller))
        .contains("Project delivery")
        .doesNotContain("Submit demand", "Confirm delivery");
    openTask(seller, order);
    assertThat(formText(seller)).contains("Chen Customer", "chen@example.com", "+86 10 1234 5678");
    Browser.screenshot(seller, "3-seller-project-delivery");
    complete(seller);
    waitUntilStep(order, AlibabaBasicDelivery.TASK_CONFIRM_DELIVERY);

    customer.navigate().refresh();
    openTask(customer, order);
    Browser.screenshot(customer, "4-customer-confirm-delivery");
    complete(customer);
    new WebDriverWait(customer, Duration.ofSeconds(10))
        .until(driver -> orders.find(order.orderId()).status() == OrderStatus.COMPLETED);
    Browser.screenshot(customer, "5-customer-done");
  }

  private ChromeDriver logIn(String user) {
    ChromeDriver driver = Browser.open();
    sessions.add(driver);
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    waitFor(driver, By.cssSelector("input[ng-model='username']")).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    waitFor(driver, By.cssSelector("ol.tasks-list li.task h4.task a"));
    return driver;
  }

  private static List<String> taskNames(ChromeDriver driver) {
    return driver.findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void openTask(ChromeDriver driver, Order order) {
    String taskId =
        taskService
            .createTaskQuery()
            .processInstanceId(order.processInstanceId())
            .singleResult()
            .getId();
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    waitFor(driver, By.cssSelector(".fjs-form"));
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> formText(driver).contains(order.orderId()));
  }

  /** The form with the values of its fields, as a person reads it. */
  private static String formText(ChromeDriver driver) {
    StringBuilder text =
        new StringBuilder(driver.findElement(By.cssSelector(".fjs-form")).getText());
    for (WebElement field :
        driver.findElements(By.cssSelector(".fjs-form input, .fjs-form textarea"))) {
      text.append('\n').append(field.getDomProperty("value"));
    }
    return text.toString();
  }

  private static void fill(ChromeDriver driver, String label, String value) {
    WebElement labelElement =
        driver.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]"));
    driver.findElement(By.id(labelElement.getDomAttribute("for"))).sendKeys(value);
  }

  private static void complete(ChromeDriver driver) {
    // Earlier messages float over the form's buttons: close them, as a person would.
    for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    WebElement button = driver.findElement(By.cssSelector(".form-actions button.btn-primary"));
    // Tasklist's footer covers the bottom of the page: bring the button to the middle first.
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
  }

  private void waitUntilStep(Order order, String step) {
    new WebDriverWait(sessions.get(0), Duration.ofSeconds(10))
        .until(
            driver ->
                taskService
                        .createTaskQuery()
                        .processInstanceId(order.processInstanceId())
                        .taskDefinitionKey(step)
                        .count()
                    == 1);
  }

  private static WebElement waitFor(ChromeDriver driver, By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }
}
