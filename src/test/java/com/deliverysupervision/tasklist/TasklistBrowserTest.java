package com.deliverysupervision.tasklist;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.OPERATIONS;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.appeal.AppealService;
import com.deliverysupervision.appeal.NewAppeal;
import com.deliverysupervision.catalogue.ListedProducts;
import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.delivery.AlibabaContractDelivery;
import com.deliverysupervision.delivery.AlibabaStepByStepDelivery;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.license.LicenseDelivery;
import com.deliverysupervision.notification.Notifications;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.Browser;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.IdleBrowsers;
import com.deliverysupervision.support.LicenseSteps;
import com.deliverysupervision.support.MonthlyRuns;
import com.deliverysupervision.support.SaasSteps;
import com.deliverysupervision.support.SampleFiles;
import com.deliverysupervision.support.TestDatabase;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.deliverysupervision.transfer.Entitlements;
import com.deliverysupervision.transfer.NewEntitlement;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The basic delivery as people do it: in Camunda Tasklist, in a real browser, each user in a
 * session of their own. Screenshots of every step go to target/tasklist-screenshots/.
 */
@DeliveryApplicationTest
class TasklistBrowserTest {
  /**
   * How long a step may take to show: a wait ends as soon as what it waits for shows, so a patient
   * wait costs nothing on a fast machine and spares a busy one a failure.
   */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  /**
   * The customer, for the application's services (not TestUsers.actAs, which would leave the
   * engine's authentication set for whatever the test does next).
   */
  private static final CurrentUser CUSTOMER_ACTING =
      new CurrentUser(CUSTOMER, List.of(Roles.CUSTOMERS));

  @LocalServerPort int port;
  @Autowired TestOrders orders;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired AppealService appeals;
  @Autowired SaasSteps saasSteps;
  @Autowired Entitlements entitlements;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired Notifications notifications;
  @Autowired JdbcClient jdbc;
  @Autowired ApiCalls api;
  @Autowired ObjectMapper mapper;
  @Autowired TestUsers users;
  @Autowired LicenseSteps licenseSteps;
  @Autowired MonthlyRuns monthlyRuns;

  private static final Logger log = LoggerFactory.getLogger(TasklistBrowserTest.class);
  private static final IdleBrowsers browsers = new IdleBrowsers();
  private final List<ChromeDriver> sessions = new java.util.ArrayList<>();

  /**
   * The pages are the same on either database, and each walk takes a browser's time: they run in
   * the H2 run only, so that CI stays within its time.
   */
  @BeforeEach
  void inTheH2RunOnly() {
    Assumptions.assumeFalse(
        TestDatabase.onPostgres(), "the Tasklist walks run in the H2 run (mvn verify)");
  }

  @AfterEach
  void logOut() {
    sessions.forEach(browsers::giveBack);
  }

  @AfterAll
  static void closeBrowsers() {
    browsers.quitAll();
  }

  @Test
  @DisplayName(
      "ALI-2 ALI-6 ALL-2 in Tasklist the customer submits the demand with an attachment, the seller downloads it and finishes, the customer confirms; each sees only their own tasks")
  void basicDeliveryInTasklist() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);

    ChromeDriver customer = logIn(CUSTOMER);
    waitFor(customer, By.cssSelector("ol.tasks-list li.task h4.task a"));
    assertThat(taskNames(customer)).contains("Submit demand").doesNotContain("Project delivery");
    // ALL-2: a party reads its own profile, so Tasklist names it in the header and on its tasks.
    assertThat(taskListText(customer)).contains("Chen Customer");
    openEmbeddedTask(customer, order);
    assertThat(fieldValues(customer))
        .contains(order.orderId(), order.deliveryId(), order.productId());
    // Tasklist keeps Complete disabled while a required field is empty or malformed.
    assertThat(completeButton(customer).isEnabled()).isFalse();
    Browser.screenshot(customer, "1-customer-demand-missing-fields");
    fill(customer, "Contact name", "Chen Customer");
    fill(customer, "Phone number", "call me");
    fill(customer, "E-mail address", "chen@example.com");
    fill(customer, "Demands", "A shop site with three pages.");
    assertThat(completeButton(customer).isEnabled()).isFalse();
    customer.findElement(By.id("contactPhone")).clear();
    fill(customer, "Phone number", "+86 10 1234 5678");
    Path requirements =
        Files.write(
            Files.createTempFile("requirements", ".pdf"),
            SampleFiles.named("requirements.pdf", 3_000).getValue().readAllBytes());
    customer.findElement(By.id("demandAttachment1")).sendKeys(requirements.toString());
    Browser.screenshot(customer, "2-customer-demand-filled");
    complete(customer);
    waitUntilStep(order, AlibabaBasicDelivery.TASK_PROJECT_DELIVERY);

    ChromeDriver seller = logIn(SELLER);
    waitFor(seller, By.cssSelector("ol.tasks-list li.task h4.task a"));
    assertThat(taskNames(seller))
        .contains("Project delivery")
        .doesNotContain("Submit demand", "Confirm delivery");
    assertThat(taskListText(seller)).contains("Sam Seller");
    openEmbeddedTask(seller, order);
    assertThat(fieldValues(seller))
        .contains("Chen Customer", "chen@example.com", "+86 10 1234 5678");
    WebElement attachment =
        waitFor(seller, By.cssSelector("a[cam-file-download='demandAttachment1']"));
    assertThat(attachment.getText()).startsWith("requirements").endsWith(".pdf");
    Browser.screenshot(seller, "3-seller-project-delivery");
    complete(seller);
    waitUntilStep(order, AlibabaBasicDelivery.TASK_CONFIRM_DELIVERY);

    customer.navigate().refresh();
    openTask(customer, order);
    Browser.screenshot(customer, "4-customer-confirm-delivery");
    complete(customer);
    new WebDriverWait(customer, PATIENCE)
        .until(driver -> orders.find(order.orderId()).status() == OrderStatus.COMPLETED);
    Browser.screenshot(customer, "5-customer-done");
  }

  @Test
  @DisplayName(
      "SAAS-5 SAAS-8 SAAS-10 in Tasklist the customer requests, the seller accepts and delivers with a file, and after the customer's appeal operations decide")
  void supervisedSaasDeliveryInTasklist() throws Exception {
    Order order = orders.place(SaasSupervision.PROCESS_KEY, "P1Y");

    ChromeDriver customer = logIn(CUSTOMER);
    openTask(customer, order);
    fill(customer, "Service request", "Ten users, SSO with our directory.");
    Browser.screenshot(customer, "saas-1-customer-request");
    complete(customer);
    waitUntilStep(order, SaasSupervision.TASK_REVIEW_REQUEST);

    ChromeDriver seller = logIn(SELLER);
    openTask(seller, order);
    assertThat(formText(seller)).contains("Ten users, SSO with our directory.");
    seller.findElement(By.xpath("//label[normalize-space(.)='Accept the request']")).click();
    Browser.screenshot(seller, "saas-2-seller-review");
    complete(seller);
    waitUntilStep(order, SaasSupervision.TASK_DELIVER_SERVICE);

    seller.navigate().refresh();
    openEmbeddedTask(seller, order);
    seller
        .findElement(By.cssSelector("textarea[cam-variable-name='serviceResult']"))
        .sendKeys("Tenant provisioned, SSO configured.");
    Path guide = Files.writeString(Files.createTempFile("user-guide", ".txt"), "How to log in.");
    seller
        .findElement(By.cssSelector("input[cam-variable-name='deliverable1']"))
        .sendKeys(guide.toString());
    Browser.screenshot(seller, "saas-3-seller-delivers");
    complete(seller);
    waitUntilStep(order, SaasSupervision.TASK_ACCEPT_DELIVERY);

    customer.navigate().refresh();
    openTask(customer, order);
    assertThat(formText(customer))
        .contains("Tenant provisioned, SSO configured.", "Accept the delivery");
    Browser.screenshot(customer, "saas-4-customer-accept-delivery");

    appeals.file(order.orderId(), new NewAppeal("The SSO login fails."), CUSTOMER_ACTING);
    String decide = appealTask(order);
    ChromeDriver operations = logIn(OPERATIONS);
    openTask(operations, decide, order);
    assertThat(formText(operations)).contains("The SSO login fails.", CUSTOMER);
    // The appeal waits for any operations manager: one claims it before the form opens for input.
    operations.findElement(By.xpath("//*[normalize-space(text())='Claim']")).click();
    new WebDriverWait(operations, PATIENCE)
        .until(
            d ->
                OPERATIONS.equals(
                    taskService.createTaskQuery().taskId(decide).singleResult().getAssignee()));
    operations
        .findElement(
            By.xpath(
                "//label[starts-with(normalize-space(.), 'Resume the delivery where it stood')]"))
        .click();
    fill(operations, "Reason for the decision", "The seller will fix the SSO login first.");
    Browser.screenshot(operations, "saas-5-operations-decide");
    complete(operations);
    new WebDriverWait(operations, PATIENCE)
        .until(driver -> taskService.createTaskQuery().taskId(decide).count() == 0);
  }

  @Test
  @DisplayName(
      "ALI-1 in Tasklist the customer raises a dispute with Start process, and a marketplace administrator terminates the delivery")
  void disputeInTasklist() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);

    ChromeDriver customer = logIn(CUSTOMER);
    customer.findElement(By.xpath("//a[contains(normalize-space(.), 'Start process')]")).click();
    waitFor(customer, By.xpath("//a[normalize-space(.)='Appeal or dispute on an order']")).click();
    waitFor(customer, By.cssSelector(".modal .fjs-form"));
    fill(customer, "Order ID", order.orderId());
    fill(customer, "Reason", "The seller has not started after two weeks.");
    Browser.screenshot(customer, "dispute-1-customer-start-form");
    customer
        .findElement(
            By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Start']"))
        .click();
    new WebDriverWait(customer, PATIENCE)
        .until(
            driver ->
                taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(order.orderId())
                        .taskDefinitionKey("Task_DecideAppeal")
                        .count()
                    == 1);
    Browser.screenshot(customer, "dispute-2-customer-started");

    String decide = appealTask(order);
    ChromeDriver administrator = logIn(TestOrders.MARKETPLACE);
    openTask(administrator, decide, order);
    assertThat(formText(administrator))
        .contains("The seller has not started after two weeks.", CUSTOMER);
    administrator.findElement(By.xpath("//*[normalize-space(text())='Claim']")).click();
    new WebDriverWait(administrator, PATIENCE)
        .until(
            d ->
                TestOrders.MARKETPLACE.equals(
                    taskService.createTaskQuery().taskId(decide).singleResult().getAssignee()));
    administrator
        .findElement(By.xpath("//label[starts-with(normalize-space(.), 'Close the order')]"))
        .click();
    fill(administrator, "Reason for the decision", "The customer and the seller agreed to stop.");
    Browser.screenshot(administrator, "dispute-3-administrator-decides");
    complete(administrator);
    new WebDriverWait(administrator, PATIENCE)
        .until(driver -> orders.find(order.orderId()).status() == OrderStatus.CLOSED);
  }

  @Test
  @DisplayName(
      "LIC-2 LIC-3 LIC-5 LIC-6 in Tasklist the seller accepts the request and uploads the delivery proof against the delivery template; the order's page tells it from when, and after 5 silent days shows it the customer's contact; the customer downloads the proof and accepts: the order is COMPLETED")
  void licenseDeliveryInTasklist() throws Exception {
    Order order = orders.place(LicenseDelivery.PROCESS_KEY, "P1M");
    runtimeService.setVariable(
        order.processInstanceId(),
        OrderVariables.DELIVERY_ITEMS,
        "License key\nInstallation guide");

    ChromeDriver customer = logIn(CUSTOMER);
    openTask(customer, order);
    fill(customer, "Service request", "Twenty seats for the finance team.");
    complete(customer);
    waitUntilStep(order, LicenseDelivery.TASK_REVIEW_REQUEST);

    ChromeDriver seller = logIn(SELLER);
    openTask(seller, order);
    seller.findElement(By.xpath("//label[normalize-space(.)='Accept the request']")).click();
    complete(seller);
    waitUntilStep(order, LicenseDelivery.TASK_UPLOAD_PROOF);

    seller.navigate().refresh();
    openEmbeddedTask(seller, order);
    assertThat(seller.findElement(By.id("deliveryItems")).getDomProperty("value"))
        .contains("License key", "Installation guide");
    seller
        .findElement(By.id("deliveryContent"))
        .sendKeys("License key: sent to the administrator.\nInstallation guide: attached.");
    Path statement =
        Files.writeString(Files.createTempFile("statement-of-work", ".txt"), "Work done.");
    seller
        .findElement(By.cssSelector("input[cam-variable-name='statementOfWork']"))
        .sendKeys(statement.toString());
    Browser.screenshot(seller, "license-1-seller-uploads-proof");
    complete(seller);
    waitUntilStep(order, LicenseDelivery.TASK_ACCEPT_DELIVERY);
    // LIC-6: until the customer's silence the order's page tells the seller from when.
    seller.get(
        "http://localhost:"
            + port
            + "/camunda/app/tasklist/default/?order="
            + order.orderId()
            + "#/");
    awaitText(seller, By.cssSelector(".ds-order-facts"), "shown from");
    Browser.screenshot(seller, "license-2-seller-told-when-the-contact-shows");

    // LIC-6: after the customer's silence the seller reads its contact on the order's page.
    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(5).plusMinutes(1))));
    managementService
        .createJobQuery()
        .processInstanceId(order.processInstanceId())
        .timers()
        .executable()
        .list()
        .forEach(job -> managementService.executeJob(job.getId()));
    ChromeDriver silenced =
        logIn(SELLER, "/camunda/app/tasklist/default/?order=" + order.orderId() + "#/");
    awaitText(silenced, By.cssSelector(".ds-order-facts"), "Customer's contact");
    assertThat(silenced.findElement(By.cssSelector(".ds-order-facts")).getText())
        .contains(identityService.createUserQuery().userId(CUSTOMER).singleResult().getEmail());
    Browser.screenshot(silenced, "license-3-seller-reads-the-silent-customers-contact");

    customer.navigate().refresh();
    openEmbeddedTask(customer, order);
    assertThat(customer.findElement(By.id("deliveryContent")).getDomProperty("value"))
        .contains("Installation guide: attached.");
    new Select(customer.findElement(By.id("deliveryDecision"))).selectByValue("accept");
    Browser.screenshot(customer, "license-4-customer-accepts");
    complete(customer);
    new WebDriverWait(customer, PATIENCE)
        .until(driver -> orders.find(order.orderId()).status() == OrderStatus.COMPLETED);
  }

  @Test
  @DisplayName(
      "ALI-4 ALI-5 ALL-6 in Tasklist the seller uploads the signed contract, which the order's records show and let it download; in a step-by-step delivery the customer sends the functional design back with a reason, which the seller then reads")
  void alibabaUploadsAndSendBackInTasklist() throws Exception {
    Order contract = orders.place(AlibabaContractDelivery.PROCESS_KEY);
    taskService.complete(currentTask(contract), TestOrders.demand());
    ChromeDriver seller = logIn(SELLER);
    openEmbeddedTask(seller, contract);
    Path signed =
        Files.write(
            Files.createTempFile("signed-contract", ".pdf"),
            SampleFiles.named("signed-contract.pdf", 2_000).getValue().readAllBytes());
    seller.findElement(By.id("contract")).sendKeys(signed.toString());
    Browser.screenshot(seller, "alibaba-1-seller-uploads-contract");
    complete(seller);
    waitUntilStep(contract, AlibabaBasicDelivery.TASK_PROJECT_DELIVERY);
    // ALL-6: the order's records show the file by name, type and size, downloadable by its parties.
    waitFor(seller, By.cssSelector("a.ds-my-orders")).click();
    waitFor(seller, By.cssSelector("tr.ds-order-row[data-order='" + contract.orderId() + "']"))
        .click();
    WebElement file = waitFor(seller, By.cssSelector(".ds-order-records a.ds-file"));
    assertThat(file.getText()).startsWith("signed-contract").endsWith(".pdf");
    assertThat(seller.findElement(By.cssSelector(".ds-order-records")).getText())
        .as("SAAS-9 the file named as its form showed it")
        .contains("Signed contract: signed-contract");
    Object downloaded =
        seller.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                + ".then(b => done(b.byteLength)).catch(e => done('failed ' + e));",
            file.getDomAttribute("href"));
    assertThat(downloaded).isEqualTo(2_000L);
    seller.findElement(By.cssSelector(".ds-panel-close")).click();

    Order stepByStep = orders.place(AlibabaStepByStepDelivery.PROCESS_KEY);
    taskService.complete(currentTask(stepByStep), TestOrders.demand());
    seller.navigate().refresh();
    openEmbeddedTask(seller, stepByStep);
    seller.findElement(By.id("functionalDesign")).sendKeys("Three pages: home, shop, contact.");
    complete(seller);
    waitUntilStep(stepByStep, AlibabaStepByStepDelivery.TASK_CONFIRM_FUNCTIONAL_DESIGN);

    ChromeDriver customer = logIn(CUSTOMER);
    openEmbeddedTask(customer, stepByStep);
    new Select(customer.findElement(By.id("stepDecision")))
        .selectByValue(AlibabaStepByStepDelivery.SEND_BACK);
    customer.findElement(By.id("sendBackReason")).sendKeys("Add a page for the blog.");
    Browser.screenshot(customer, "alibaba-2-customer-sends-back");
    complete(customer);
    waitUntilStep(stepByStep, AlibabaStepByStepDelivery.TASK_FUNCTIONAL_DESIGN);

    seller.navigate().refresh();
    openEmbeddedTask(seller, stepByStep);
    assertThat(seller.findElement(By.id("lastSendBackReason")).getDomProperty("value"))
        .isEqualTo("Add a page for the blog.");
  }

  @Test
  @DisplayName(
      "GCP-1 GCP-2 GCP-3 GCP-4 ALL-5 in Tasklist the customer opens its entitlement and asks for a transfer (the start form), the ISV supports and files it, the operations manager processes it, customer and ISV approve: the entitlement moves, and the ISV's notification opens it in Tasklist; the marketplace suspends it there with a reason")
  void entitlementTransferInTasklist() {
    String entitlementId = "E-TL-" + java.util.UUID.randomUUID();
    entitlements.create(
        new NewEntitlement(
            entitlementId,
            null,
            CUSTOMER,
            "Chen Trading Co.",
            TestOrders.SELLER,
            "offer-analytics",
            "analytics-suite",
            "BA-OLD-1",
            null),
        new CurrentUser(TestOrders.MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS)));

    ChromeDriver customer = logIn(CUSTOMER);
    waitFor(customer, By.cssSelector("a.ds-entitlements-link")).click();
    waitFor(
            customer,
            By.xpath(
                "//tr[contains(@class,'ds-entitlement-row')][@data-entitlement='"
                    + entitlementId
                    + "']"))
        .click();
    assertThat(waitFor(customer, By.cssSelector(".ds-entitlement")).getText())
        .contains("Entitlement " + entitlementId, "ACTIVE", "No transfers.");
    Browser.screenshot(customer, "transfer-0-customer-opens-its-entitlement");
    customer.findElement(By.cssSelector("a.ds-ask-transfer")).click();
    waitFor(customer, By.cssSelector(".modal .fjs-form"));
    fill(customer, "Entitlement ID", entitlementId);
    choose(customer, "Change the Cloud Billing");
    fill(customer, "Target Cloud Billing account ID", "BA-NEW-1");
    Browser.screenshot(customer, "transfer-1-customer-asks");
    customer
        .findElement(
            By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Start']"))
        .click();
    String decide = awaitTransferTask(entitlementId, "Task_DecideSupport");

    ChromeDriver isv = logIn(TestOrders.SELLER);
    openTask(isv, decide, entitlementId);
    choose(isv, "Support it");
    complete(isv);
    String file = awaitTransferTask(entitlementId, "Task_FileTransfer");
    openTask(isv, file, entitlementId);
    fill(isv, "Contact name", "Sam Seller");
    fill(isv, "Contact e-mail", "sam@seller.example");
    Browser.screenshot(isv, "transfer-2-isv-files");
    complete(isv);
    String process = awaitTransferTask(entitlementId, "Task_ProcessTransfer");

    ChromeDriver operations = logIn(TestOrders.OPERATIONS);
    openTask(operations, process, entitlementId);
    operations.findElement(By.xpath("//*[normalize-space(text())='Claim']")).click();
    new WebDriverWait(operations, PATIENCE)
        .until(
            d ->
                TestOrders.OPERATIONS.equals(
                    taskService.createTaskQuery().taskId(process).singleResult().getAssignee()));
    choose(operations, "Complete: ask");
    Browser.screenshot(operations, "transfer-3-marketplace-processes");
    complete(operations);
    awaitTransferTask(entitlementId, "Task_ApproveTransfer");

    for (ChromeDriver party : List.of(customer, isv)) {
      String user = party == customer ? CUSTOMER : TestOrders.SELLER;
      String approval =
          taskService
              .createTaskQuery()
              .processInstanceBusinessKey(entitlementId)
              .taskDefinitionKey("Task_ApproveTransfer")
              .taskAssignee(user)
              .singleResult()
              .getId();
      openTask(party, approval, entitlementId);
      choose(party, "Approve the transfer");
      Browser.screenshot(party, "transfer-4-approves-" + user);
      complete(party);
      new WebDriverWait(party, PATIENCE)
          .until(d -> taskService.createTaskQuery().taskId(approval).count() == 0);
    }
    managementService.executeJob(
        managementService
            .createJobQuery()
            .processInstanceId(
                runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(entitlementId)
                    .singleResult()
                    .getId())
            .singleResult()
            .getId());
    assertThat(
            entitlements
                .find(
                    entitlementId,
                    new CurrentUser(TestOrders.OPERATIONS, List.of(Roles.OPERATIONS_MANAGERS)))
                .billingAccountId())
        .isEqualTo("BA-NEW-1");

    // ALL-5: the ISV's notification links to the entitlement in Tasklist, with its transfer.
    String link =
        notifications
            .inboxOf(new CurrentUser(TestOrders.SELLER, List.of(Roles.SELLERS)), 50, 0)
            .notifications()
            .stream()
            .filter(
                told -> told.subject().contains("entitlement " + entitlementId + " is completed"))
            .findFirst()
            .orElseThrow()
            .link();
    ChromeDriver fromEmail = logIn(TestOrders.SELLER, link);
    assertThat(waitFor(fromEmail, By.cssSelector(".ds-entitlement")).getText())
        .contains(
            "Entitlement " + entitlementId,
            "BA-NEW-1",
            "Change the Cloud Billing account, COMPLETED");
    Browser.screenshot(fromEmail, "transfer-5-isv-opens-the-entitlement");
    assertThat(fromEmail.findElements(By.cssSelector(".ds-entitlement-state, .ds-ask-transfer")))
        .isEmpty();

    // GCP-1: the marketplace suspends the entitlement from its page, with the reason it must give.
    ChromeDriver marketplace = logIn(TestOrders.MARKETPLACE);
    waitFor(marketplace, By.cssSelector("a.ds-entitlements-link")).click();
    waitFor(
            marketplace,
            By.xpath(
                "//tr[contains(@class,'ds-entitlement-row')][@data-entitlement='"
                    + entitlementId
                    + "']"))
        .click();
    new Select(waitFor(marketplace, By.cssSelector(".ds-new-state"))).selectByValue("SUSPENDED");
    marketplace.findElement(By.cssSelector(".ds-change-state")).click();
    awaitText(marketplace, By.cssSelector(".ds-entitlement-result"), "reason");
    marketplace.findElement(By.cssSelector(".ds-state-reason")).sendKeys("Payment overdue.");
    marketplace.findElement(By.cssSelector(".ds-change-state")).click();
    awaitText(marketplace, By.cssSelector(".ds-entitlement-facts"), "SUSPENDED: Payment overdue.");
    Browser.screenshot(marketplace, "transfer-6-marketplace-suspends");
  }

  @Test
  @DisplayName(
      "SAAS-8 SAAS-9 ALL-2 in Tasklist the seller reads the order and its records in the Order tab of its task; a customer whose order waits for the seller finds it in My orders with its state, reads its records, files an appeal from its page (the seller's task is frozen); the operations manager finds it among the frozen orders; another customer sees none of it")
  void ordersViewInTasklist() {
    Order done = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    taskService.complete(orders.openTaskOf(done), TestOrders.demand());
    taskService.complete(orders.openTaskOf(done));
    taskService.complete(orders.openTaskOf(done));
    Order order = orders.place(SaasSupervision.PROCESS_KEY, "P1M");
    saasSteps.submitRequest(order, "Twenty seats for the Porto office");

    ChromeDriver seller = logIn(SELLER);
    openTask(seller, order);
    seller.findElement(By.xpath("//a[normalize-space(.)='Order']")).click();
    assertThat(waitFor(seller, By.cssSelector(".ds-order-records")).getText())
        .contains("Twenty seats for the Porto office");
    Browser.screenshot(seller, "orders-0-seller-order-tab");

    ChromeDriver customer = logIn(CUSTOMER);
    waitFor(customer, By.cssSelector("a.ds-my-orders")).click();
    WebElement row =
        waitFor(customer, By.cssSelector("tr.ds-order-row[data-order='" + order.orderId() + "']"));
    assertThat(row.getText()).contains("PROCESSING");
    new WebDriverWait(customer, PATIENCE)
        .until(
            d ->
                row.getText().contains("Review the request (" + SELLER + ")")
                    && row.getText().contains("KooGallery supervised SaaS delivery"));
    Browser.screenshot(customer, "orders-1-customer-my-orders");
    row.click();
    WebElement page = waitFor(customer, By.cssSelector(".ds-order-records"));
    assertThat(page.getText()).contains("Submit the service request", CUSTOMER);
    assertThat(customer.findElement(By.cssSelector(".ds-order-steps")).getText())
        .contains("waits for " + SELLER);
    new WebDriverWait(customer, PATIENCE)
        .until(d -> !d.findElements(By.cssSelector(".ds-diagram .ds-current")).isEmpty());
    assertThat(customer.findElement(By.cssSelector(".ds-diagram")).getDomAttribute("data-current"))
        .contains("Task_ReviewRequest");
    assertThat(
            customer
                .findElement(By.cssSelector(".ds-not-allowed[data-action='termination']"))
                .getText())
        .contains("Only marketplace administrators");
    assertThat(customer.findElements(By.cssSelector("button.ds-reminder"))).hasSize(1);
    customer
        .findElement(By.cssSelector(".ds-appeal-reason"))
        .sendKeys("The seller has not looked at our request.");
    customer.findElement(By.cssSelector("button.ds-appeal")).click();
    // The page is drawn again once the appeal is filed: the result shows on the new one.
    awaitText(customer, By.cssSelector(".ds-action-result"), "Filed");
    assertThat(customer.findElement(By.cssSelector(".ds-order-steps")).getText())
        .as("the order shown again as it stands after the appeal")
        .contains("frozen by an appeal or dispute");
    Browser.screenshot(customer, "orders-2-customer-appealed");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(order.processInstanceId())
                .singleResult()
                .isSuspended())
        .as("the seller's step is frozen")
        .isTrue();

    ChromeDriver operations = logIn(TestOrders.OPERATIONS);
    waitFor(operations, By.cssSelector("a.ds-my-orders")).click();
    waitFor(operations, By.cssSelector(".ds-search-frozen")).click();
    operations.findElement(By.cssSelector("button.ds-search")).click();
    waitFor(operations, By.cssSelector("tr.ds-order-row[data-order='" + order.orderId() + "']"));
    assertThat(operations.findElements(By.cssSelector("tr.ds-order-row")))
        .as("only frozen orders")
        .allSatisfy(
            frozenRow ->
                assertThat(
                        runtimeService
                            .createProcessInstanceQuery()
                            .processInstanceBusinessKey(frozenRow.getDomAttribute("data-order"))
                            .suspended()
                            .count())
                    .isPositive());
    Browser.screenshot(operations, "orders-3-operations-frozen-orders");

    operations.findElement(By.cssSelector(".ds-search-frozen")).click();
    new Select(operations.findElement(By.cssSelector(".ds-search-status")))
        .selectByValue("COMPLETED");
    operations.findElement(By.cssSelector(".ds-search-order")).sendKeys(order.orderId());
    operations.findElement(By.cssSelector("button.ds-search")).click();
    awaitText(operations, By.cssSelector(".ds-order-list"), "No orders.");
    WebElement byId = waitFor(operations, By.cssSelector(".ds-search-order"));
    byId.clear();
    byId.sendKeys(done.orderId());
    operations.findElement(By.cssSelector("button.ds-search")).click();
    assertThat(
            waitFor(
                    operations,
                    By.cssSelector("tr.ds-order-row[data-order='" + done.orderId() + "']"))
                .getText())
        .as("the COMPLETED order found by its status, with its amount")
        .contains("COMPLETED", "1,200.00");

    ChromeDriver stranger = logIn(TestOrders.OTHER_CUSTOMER);
    waitFor(stranger, By.cssSelector("a.ds-my-orders")).click();
    waitFor(stranger, By.cssSelector(".ds-order-list table, .ds-order-list p"));
    assertThat(stranger.findElement(By.cssSelector(".ds-order-list")).getText())
        .doesNotContain(order.orderId());
    Browser.screenshot(stranger, "orders-4-other-customer");
  }

  @Test
  @DisplayName(
      "ALI-1 in Tasklist a marketplace administrator finds an order in My orders by its ID and terminates its delivery with a reason: the order is CLOSED")
  void terminationFromOrdersView() {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);

    ChromeDriver administrator = logIn(TestOrders.MARKETPLACE);
    waitFor(administrator, By.cssSelector("a.ds-my-orders")).click();
    waitFor(administrator, By.cssSelector(".ds-search-order")).sendKeys(order.orderId());
    administrator.findElement(By.cssSelector("button.ds-search")).click();
    waitFor(administrator, By.cssSelector("tr.ds-order-row[data-order='" + order.orderId() + "']"))
        .click();
    waitFor(administrator, By.cssSelector(".ds-termination-reason"))
        .sendKeys("The customer's payment was refunded.");
    administrator.findElement(By.cssSelector("button.ds-termination")).click();
    new WebDriverWait(administrator, PATIENCE)
        .until(driver -> orders.find(order.orderId()).status() == OrderStatus.CLOSED);
    awaitText(administrator, By.cssSelector(".ds-action-result"), "Terminated");
    assertThat(administrator.findElement(By.cssSelector(".ds-order")).getText())
        .as("the order shown again as it stands after the termination")
        .contains("is CLOSED: nothing is left to do on it");
    Browser.screenshot(administrator, "orders-5-administrator-terminated");
  }

  @Test
  @DisplayName(
      "ALL-5 REL-7 in Tasklist the seller reads its inbox: the unread count in the navigation bar, its product's release result with a link to the product, the new task of an order with a link to the task, the customer's appeal on it with a link to the order (an earlier notification's API link too); marking the appeal read lowers the count, a new notification raises it without a reload, opening the appeal shows the frozen order, and so does the appeal's link as e-mailed")
  void inboxInTasklist() throws Exception {
    String productName = "Inbox Backup " + java.util.UUID.randomUUID().toString().substring(0, 8);
    // More than a page of the inbox (20) whatever the other walks left there, older than the rest.
    for (int i = 0; i < 20; i++) {
      notifications.tell(
          "inbox-page:" + productName + ":" + i,
          List.of(SELLER),
          "sellerReminded",
          Map.of("orderId", "an earlier order", "taskName", "Review the request"),
          null,
          null);
    }
    String productId =
        new ListedProducts(api, mapper, taskService, users)
            .listed(SELLER, ListedProducts.ready(productName));
    Order order = orders.place(SaasSupervision.PROCESS_KEY, "P1M");
    saasSteps.submitRequest(order, "Ten seats");
    appeals.file(order.orderId(), new NewAppeal("No answer for days."), CUSTOMER_ACTING);
    // Written before order links opened in Tasklist: it names the order's API resource.
    remindSeller("earlier-link:" + order.orderId(), order, "/api/orders/" + order.orderId());
    CurrentUser asSeller = new CurrentUser(SELLER, List.of(Roles.SELLERS));
    long unread = notifications.inboxOf(asSeller, 1, 0).unread();

    ChromeDriver seller = logIn(SELLER);
    WebElement badge = waitFor(seller, By.cssSelector(".ds-unread"));
    new WebDriverWait(seller, PATIENCE).until(d -> badge.getText().equals(String.valueOf(unread)));
    seller.findElement(By.cssSelector("a.ds-open-inbox")).click();
    // Over a page of notifications: the next page and back to the first.
    waitFor(seller, By.cssSelector("a.ds-page-on")).click();
    waitFor(seller, By.cssSelector("a.ds-page-back")).click();
    new WebDriverWait(seller, PATIENCE)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("a.ds-page-back")));
    assertThat(seller.findElements(By.cssSelector("li.ds-notification"))).hasSize(20);
    WebElement appeal =
        waitFor(
            seller,
            By.xpath(
                "//li[contains(@class,'ds-notification')][contains(., 'An appeal or dispute was filed on order "
                    + order.orderId()
                    + "')]"));
    WebElement newTask =
        seller.findElement(
            By.xpath(
                "//li[contains(@class,'ds-notification')][contains(., 'New task: Review the request for order "
                    + order.orderId()
                    + "')]"));
    assertThat(newTask.findElement(By.cssSelector("a.ds-open-task")).getDomAttribute("href"))
        .contains("task=" + orders.openTaskOf(order));
    assertThat(
            seller
                .findElement(
                    By.xpath(
                        "//li[contains(@class,'ds-notification')][contains(., 'Reminder from the customer of order "
                            + order.orderId()
                            + "')]//a[contains(@class,'ds-open-linked')][@data-kind='order']"))
                .getDomAttribute("data-id"))
        .isEqualTo(order.orderId());
    Browser.screenshot(seller, "inbox-1-seller-inbox");

    appeal.findElement(By.cssSelector(".ds-mark-read")).click();
    new WebDriverWait(seller, PATIENCE)
        .until(
            d ->
                d.findElement(By.cssSelector(".ds-unread"))
                    .getText()
                    .equals(unread > 1 ? String.valueOf(unread - 1) : ""));
    assertThat(notifications.inboxOf(asSeller, 1, 0).unread()).isEqualTo(unread - 1);
    // One told meanwhile counts in the navigation bar without a reload (asked every half minute).
    remindSeller("unread-follows:" + order.orderId(), order, null);
    new WebDriverWait(seller, Duration.ofSeconds(45))
        .until(
            d ->
                d.findElement(By.cssSelector(".ds-unread"))
                    .getText()
                    .equals(String.valueOf(unread)));

    waitFor(
            seller,
            By.xpath(
                "//li[contains(., 'An appeal or dispute was filed on order "
                    + order.orderId()
                    + "')]//a[contains(@class,'ds-open-linked')][@data-kind='order']"))
        .click();
    assertThat(waitFor(seller, By.cssSelector(".ds-order")).getText())
        .contains("Order " + order.orderId(), "frozen by an appeal or dispute");
    Browser.screenshot(seller, "inbox-2-seller-opens-the-order");
    WebElement back = seller.findElement(By.cssSelector("a.ds-back"));
    assertThat(back.getText()).contains("Inbox");
    back.click();
    waitFor(
            seller,
            By.xpath(
                "//li[contains(., 'Release of "
                    + productName
                    + "')]//a[contains(@class,'ds-open-linked')][@data-kind='product']"))
        .click();
    assertThat(waitFor(seller, By.cssSelector(".ds-product")).getText())
        .contains(productName, productId, "APPROVED", "Meets the release requirements.");
    Browser.screenshot(seller, "inbox-3-seller-opens-the-product");
    seller.findElement(By.cssSelector("a.ds-back")).click();
    waitFor(seller, By.cssSelector("ul.ds-inbox"));

    // The link the appeal's e-mail carries opens the order in Tasklist, once the seller logs in.
    String link =
        notifications.inboxOf(asSeller, 50, 0).notifications().stream()
            .filter(told -> told.subject().startsWith("An appeal or dispute was filed"))
            .filter(told -> order.orderId().equals(told.orderId()))
            .findFirst()
            .orElseThrow()
            .link();
    ChromeDriver fromEmail = logIn(SELLER, link);
    assertThat(waitFor(fromEmail, By.cssSelector(".ds-orders-panel .ds-order")).getText())
        .contains("Order " + order.orderId());
  }

  /** A reminder from the order's customer, in the seller's inbox; {@code link} may be null. */
  private void remindSeller(String key, Order order, String link) {
    notifications.tell(
        key,
        List.of(SELLER),
        "sellerReminded",
        Map.of("orderId", order.orderId(), "taskName", "Review the request"),
        order.orderId(),
        link);
  }

  @Test
  @DisplayName(
      "REL-1 REL-5 REL-6 REL-7 in Tasklist a seller writes a product, is told everything its release still lacks, completes it with a simple price and a price per SKU with tiered users, and asks for its release; approved, it is listed; a customer finds it, may not change it, and prices a selection in Tasklist as the seller priced it; Create task is offered to neither")
  void productReleaseInTasklist() throws Exception {
    String productName =
        "Tasklist Backup " + java.util.UUID.randomUUID().toString().substring(0, 8);
    ChromeDriver seller = logIn(SELLER);
    assertCreateTaskNotOffered(seller);
    seller.findElement(By.cssSelector("a.ds-products-link")).click();
    waitFor(seller, By.cssSelector(".ds-new-product")).click();
    waitFor(seller, By.cssSelector(".ds-product-name")).sendKeys(productName);
    seller.findElement(By.cssSelector(".ds-save-product")).click();
    assertThat(waitFor(seller, By.cssSelector(".ds-product")).getText())
        .contains(productName, "DRAFT");
    String productId =
        mapper
            .readTree(api.get(SELLER, "/api/products?name=" + productName).getBody())
            .get(0)
            .path("productId")
            .asText();

    seller.findElement(By.cssSelector(".ds-request-release")).click();
    awaitText(seller, By.cssSelector(".ds-product-result"), "cannot be released yet");
    assertThat(seller.findElement(By.cssSelector(".ds-product-result")).getText())
        .contains("deliveryMethod", "serviceFlowTemplate", "currency", "deliveryItems");
    Browser.screenshot(seller, "release-1-seller-told-what-is-missing");

    seller.findElement(By.cssSelector(".ds-edit-product")).click();
    new Select(waitFor(seller, By.cssSelector(".ds-delivery-method"))).selectByValue("LICENSE");
    assertThat(
            seller
                .findElement(
                    By.cssSelector(
                        ".ds-service-flow option[value='" + SaasSupervision.PROCESS_KEY + "']"))
                .isEnabled())
        .as("REL-2 a license product is settled, not billed: the SaaS supervision is not offered")
        .isFalse();
    new Select(seller.findElement(By.cssSelector(".ds-service-flow")))
        .selectByVisibleText("KooGallery license delivery");
    seller.findElement(By.cssSelector(".ds-delivery-days")).sendKeys("7");
    seller.findElement(By.cssSelector(".ds-currency")).sendKeys("usd");
    seller
        .findElement(By.cssSelector(".ds-delivery-items"))
        .sendKeys("License key\nInstallation guide");
    seller.findElement(By.cssSelector(".ds-spec-name")).sendKeys("Standard");
    seller.findElement(By.cssSelector(".ds-specification .ds-month")).sendKeys("20.00");
    seller.findElement(By.cssSelector(".ds-specification .ds-year")).sendKeys("200.00");
    Browser.screenshot(seller, "release-2-seller-completes-the-draft");
    priceProfessionalPerSku(seller);
    Browser.screenshot(seller, "release-2b-seller-prices-per-sku");
    seller.findElement(By.cssSelector(".ds-save-product")).click();
    assertThat(waitFor(seller, By.cssSelector(".ds-product-facts")).getText())
        .contains(
            "LICENSE", LicenseDelivery.PROCESS_KEY, "7 days", "License key; Installation guide")
        .contains("Standard: SIMPLE", "20.00 a month", "200.00 a year")
        .contains("Professional: CUSTOM", "Software Version Enterprise", "300.00 a year")
        .contains("Users 5 to 500 by 5, each unit up to 10:", "50.00 a year, above:");
    // Edited again, the form holds what was saved: the choices, each SKU's price, the tiers.
    seller.findElement(By.cssSelector(".ds-edit-product")).click();
    WebElement saved = waitFor(seller, By.cssSelector(".ds-custom-specification"));
    assertThat(saved.findElement(By.cssSelector(".ds-choices")).getAttribute("value"))
        .isEqualTo("Software Version: Basic, Enterprise");
    assertThat(saved.findElements(By.cssSelector(".ds-sku .ds-year")))
        .extracting(input -> input.getAttribute("value"))
        .containsExactly("100", "300");
    assertThat(saved.findElements(By.cssSelector(".ds-tier .ds-tier-up-to")))
        .extracting(input -> input.getAttribute("value"))
        .containsExactly("10", "");
    seller.findElement(By.cssSelector("a.ds-back")).click();
    waitFor(seller, By.cssSelector(".ds-product-facts"));
    seller.findElement(By.cssSelector(".ds-request-release")).click();
    awaitText(seller, By.cssSelector(".ds-product-result"), "Submitted");
    assertThat(seller.findElement(By.cssSelector(".ds-product")).getText())
        .contains("IN_REVIEW", "in review, due");
    assertThat(seller.findElements(By.cssSelector(".ds-withdraw"))).hasSize(1);
    Browser.screenshot(seller, "release-3-seller-asked-for-the-release");

    new ListedProducts(api, mapper, taskService, users)
        .review(productId, "approve", "Meets the release requirements.");
    seller.findElement(By.cssSelector("a.ds-back")).click();
    assertThat(
            waitFor(
                    seller,
                    By.xpath(
                        "//tr[contains(@class,'ds-product-row')][@data-product='"
                            + productId
                            + "']"))
                .getText())
        .contains(productName, "LISTED");

    ChromeDriver customer = logIn(CUSTOMER);
    assertCreateTaskNotOffered(customer);
    customer.findElement(By.cssSelector("a.ds-products-link")).click();
    WebElement search = waitFor(customer, By.cssSelector(".ds-search-name"));
    search.sendKeys(productName);
    search.submit();
    waitFor(
            customer,
            By.xpath("//tr[contains(@class,'ds-product-row')][@data-product='" + productId + "']"))
        .click();
    assertThat(waitFor(customer, By.cssSelector(".ds-product")).getText())
        .contains(productName, "LISTED")
        .doesNotContain("What you can do", "Release requests");
    assertThat(customer.findElements(By.cssSelector(".ds-new-product, .ds-edit-product")))
        .isEmpty();
    // What the seller priced is what the catalogue charges: Enterprise with 20 users for a month,
    // 10 at 5.00 and 10 at 3.00; 22 users are off the steps of 5, in the catalogue's words.
    new Select(customer.findElement(By.cssSelector(".ds-quote-specification")))
        .selectByValue("Professional");
    new Select(waitFor(customer, By.cssSelector(".ds-quote-choice"))).selectByValue("Enterprise");
    WebElement users = customer.findElement(By.cssSelector(".ds-quote-quantity"));
    users.clear();
    users.sendKeys("22");
    customer.findElement(By.cssSelector(".ds-quote-price")).click();
    awaitText(customer, By.cssSelector(".ds-quote-result"), "Users");
    users.clear();
    users.sendKeys("20");
    new Select(customer.findElement(By.cssSelector(".ds-quote-period"))).selectByValue("P1M");
    customer.findElement(By.cssSelector(".ds-quote-price")).click();
    awaitText(customer, By.cssSelector(".ds-quote-result"), "110.00");
    Browser.screenshot(customer, "release-4-customer-finds-the-product");
  }

  @Test
  @DisplayName(
      "REL-2 LIC-7 SAAS-3 in Tasklist a seller reads what was settled with it in a month, a renewal beside its order, with the total; a customer finds its bills on the order, its renewal's too, and is offered no settlements")
  void settlementsInTasklist() {
    Instant november = OffsetDateTime.parse("2026-11-25T10:00:00+08:00").toInstant();
    ClockUtil.setCurrentTime(Date.from(november));
    Order order = orders.place(LicenseDelivery.PROCESS_KEY, "P1M");
    ClockUtil.setCurrentTime(Date.from(november.plus(Duration.ofDays(2))));
    licenseSteps.runToCompletion(order);
    String renewalId = api.renewForAMonth(order.orderId(), "99.00");
    ClockUtil.setCurrentTime(
        Date.from(OffsetDateTime.parse("2026-12-01T00:10:00+08:00").toInstant()));
    monthlyRuns.settle();

    ChromeDriver seller = logIn(SELLER);
    waitFor(seller, By.cssSelector("a.ds-settlements-link")).click();
    WebElement month = waitFor(seller, By.cssSelector(".ds-month"));
    seller.executeScript("arguments[0].value = '2026-12'", month);
    month.submit();
    awaitText(seller, By.cssSelector(".ds-settlements"), order.orderId());
    assertThat(seller.findElement(By.cssSelector(".ds-settlement-panel")).getText())
        .contains("Total:", "2026-11", "(renewal " + renewalId + ")");
    Browser.screenshot(seller, "settlements-1-seller-reads-december");
    seller
        .findElement(
            By.xpath(
                "//tr[contains(@class,'ds-settlement-row')][@data-order='"
                    + order.orderId()
                    + "']"))
        .click();
    assertThat(waitFor(seller, By.cssSelector(".ds-order")).getText())
        .contains("Order " + order.orderId(), "COMPLETED");
    assertThat(seller.findElement(By.cssSelector("a.ds-back")).getText()).contains("Settlements");

    // SAAS-3: a supervised SaaS order's customer finds its bill on the order's page.
    Order saas = orders.place(SaasSupervision.PROCESS_KEY, "P1M");
    saasSteps.runToCompletion(saas);
    String saasRenewal = api.renewForAMonth(saas.orderId(), "9.00");
    ClockUtil.setCurrentTime(
        Date.from(OffsetDateTime.parse("2027-01-01T00:10:00+08:00").toInstant()));
    monthlyRuns.bill();

    ChromeDriver customer =
        logIn(CUSTOMER, "/camunda/app/tasklist/default/?order=" + saas.orderId() + "#/");
    assertThat(waitFor(customer, By.cssSelector(".ds-order-facts")).getText())
        .contains("in the billing cycle 2027-01", "(renewal " + saasRenewal + ")");
    customer.findElement(By.cssSelector(".ds-panel-close")).click();
    assertLinkNotOffered(customer, "a.ds-settlements-link");
  }

  @Test
  @DisplayName(
      "SAAS-2 ALL-4 in Tasklist an operations manager reads the overdue view: an accepted SaaS order's completion, due within the day, opens its order; an e-mail whose attempts are used up is listed with its error and sent again; sellers are offered no overdue view")
  void overdueViewInTasklist() {
    Order order = orders.place(SaasSupervision.PROCESS_KEY, "P1M");
    saasSteps.runToAcceptance(order);

    ChromeDriver operations = logIn(OPERATIONS);
    waitFor(operations, By.cssSelector("a.ds-overdue-link")).click();
    WebElement row =
        waitFor(
            operations,
            By.xpath(
                "//tr[contains(@class,'ds-overdue-row')][@data-order='" + order.orderId() + "']"));
    assertThat(row.getText()).contains("automatic deadline", "soon");
    Browser.screenshot(operations, "overdue-1-operations-manager");
    row.click();
    assertThat(waitFor(operations, By.cssSelector(".ds-order")).getText())
        .contains("Order " + order.orderId());
    assertThat(operations.findElement(By.cssSelector("a.ds-back")).getText()).contains("Overdue");

    // ALL-4: an e-mail whose attempts are used up (the mail server was down), sent again.
    String subject = "Undelivered " + order.orderId();
    notifications.tell(
        "undelivered:" + order.orderId(),
        List.of(CUSTOMER),
        "sellerReminded",
        Map.of("orderId", subject, "taskName", "Review the request"),
        order.orderId(),
        null);
    jdbc.sql(
            "update ds_notification set mail_state = 'FAILED', mail_attempts = 10,"
                + " mail_error = 'Connection refused' where cause_key = ?")
        .params("undelivered:" + order.orderId())
        .update();
    operations.findElement(By.cssSelector("a.ds-back")).click();
    assertThat(
            waitFor(
                    operations,
                    By.xpath(
                        "//tr[contains(@class,'ds-failed-mail-row')][contains(., '"
                            + subject
                            + "')]"))
                .getText())
        .contains(CUSTOMER, "10", "Connection refused");
    Browser.screenshot(operations, "overdue-2-operations-failed-mail");
    operations.findElement(By.cssSelector(".ds-retry-mail")).click();
    awaitText(operations, By.cssSelector(".ds-retry-done"), "sent again");
    assertThat(
            jdbc.sql("select mail_state from ds_notification where cause_key = ?")
                .params("undelivered:" + order.orderId())
                .query(String.class)
                .list())
        .doesNotContain("FAILED");

    assertLinkNotOffered(logIn(SELLER), "a.ds-overdue-link");
  }

  @Test
  @DisplayName(
      "ALL-2 in Tasklist a user who logs in after another one logged out, in the same page, is offered its own actions, not the other's: the marketplace after a seller gets Create task and no New product")
  void nextUserInTheSamePage() {
    ChromeDriver browser = logIn(SELLER);
    assertCreateTaskNotOffered(browser);
    waitFor(browser, By.cssSelector("a.ds-products-link")).click();
    waitFor(browser, By.cssSelector(".ds-new-product"));
    browser.findElement(By.cssSelector(".ds-panel-close")).click();
    browser.findElement(By.cssSelector("li.account a.dropdown-toggle")).click();
    waitFor(browser, By.cssSelector("li.logout a")).click();

    waitFor(browser, By.cssSelector("input[ng-model='username']")).sendKeys(TestOrders.MARKETPLACE);
    browser
        .findElement(By.cssSelector("input[ng-model='password']"))
        .sendKeys(TestOrders.MARKETPLACE);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    // A marketplace administrator may create tasks (Camunda's administrators' group), not products.
    waitFor(browser, By.cssSelector(".create-task-action"));
    waitFor(browser, By.cssSelector("a.ds-products-link")).click();
    waitFor(browser, By.cssSelector(".ds-products"));
    assertThat(browser.findElements(By.cssSelector(".ds-new-product"))).isEmpty();
    Browser.screenshot(browser, "next-user-1-marketplace-after-seller");
  }

  /** Waits until the element shows the text; a page drawn anew meanwhile is looked up again. */
  /**
   * REL-5: a specification priced per SKU, Software Version Basic or Enterprise, plus Users from 5
   * to 500 in steps of 5, 5.00 a month each up to 10 and 3.00 above.
   */
  private static void priceProfessionalPerSku(ChromeDriver seller) {
    seller.findElement(By.cssSelector(".ds-add-custom")).click();
    WebElement custom = waitFor(seller, By.cssSelector(".ds-custom-specification"));
    custom.findElement(By.cssSelector(".ds-custom-name")).sendKeys("Professional");
    custom
        .findElement(By.cssSelector(".ds-choices"))
        .sendKeys("Software Version: Basic, Enterprise");
    List<WebElement> skus = custom.findElements(By.cssSelector(".ds-sku"));
    assertThat(skus)
        .extracting(WebElement::getText)
        .containsExactly("Software Version Basic", "Software Version Enterprise");
    String[][] prices = {{"10.00", "100.00"}, {"30.00", "300.00"}};
    for (int i = 0; i < prices.length; i++) {
      skus.get(i).findElement(By.cssSelector(".ds-month")).sendKeys(prices[i][0]);
      skus.get(i).findElement(By.cssSelector(".ds-year")).sendKeys(prices[i][1]);
    }
    custom.findElement(By.cssSelector(".ds-add-quantity")).click();
    WebElement users = custom.findElement(By.cssSelector(".ds-quantity"));
    users.findElement(By.cssSelector(".ds-quantity-name")).sendKeys("Users");
    users.findElement(By.cssSelector(".ds-quantity-min")).sendKeys("5");
    users.findElement(By.cssSelector(".ds-quantity-max")).sendKeys("500");
    users.findElement(By.cssSelector(".ds-quantity-step")).sendKeys("5");
    new Select(users.findElement(By.cssSelector(".ds-quantity-pricing"))).selectByValue("TIERED");
    users.findElement(By.cssSelector(".ds-add-tier")).click();
    List<WebElement> tiers = users.findElements(By.cssSelector(".ds-tier"));
    tiers.get(0).findElement(By.cssSelector(".ds-tier-up-to")).sendKeys("10");
    String[][] tierPrices = {{"5.00", "50.00"}, {"3.00", "30.00"}};
    for (int i = 0; i < tierPrices.length; i++) {
      tiers.get(i).findElement(By.cssSelector(".ds-month")).sendKeys(tierPrices[i][0]);
      tiers.get(i).findElement(By.cssSelector(".ds-year")).sendKeys(tierPrices[i][1]);
    }
  }

  private static void awaitText(ChromeDriver driver, By locator, String text) {
    new WebDriverWait(driver, PATIENCE)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(locator).getText().contains(text));
  }

  /**
   * The navigation bar offers no such link to the user. Products asks for the user's groups too and
   * shows after the links that depend on them would have.
   */
  private static void assertLinkNotOffered(ChromeDriver driver, String link) {
    waitFor(driver, By.cssSelector("a.ds-products-link")).click();
    waitFor(driver, By.cssSelector(".ds-products"));
    assertThat(driver.findElements(By.cssSelector(link))).isEmpty();
  }

  /** Tasklist's Create task is for those the engine lets create tasks: not the parties. */
  private static void assertCreateTaskNotOffered(ChromeDriver driver) {
    waitFor(driver, By.cssSelector("a.ds-my-orders"));
    new WebDriverWait(driver, PATIENCE)
        .until(
            d -> {
              List<WebElement> offered = d.findElements(By.cssSelector(".create-task-action"));
              return !offered.isEmpty() && offered.stream().noneMatch(WebElement::isDisplayed);
            });
    assertThat(
            driver.findElements(By.xpath("//a[normalize-space(.)='Create task']")).stream()
                .filter(WebElement::isDisplayed))
        .isEmpty();
  }

  /** Picks a choice of the form, brought from under Tasklist's footer first. */
  private static void choose(ChromeDriver driver, String label) {
    clickInTheMiddle(
        driver,
        driver.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]")));
  }

  /**
   * Clicks the element as a person would after bringing it to the middle of the page: Tasklist's
   * footer covers the bottom, and while the form still lays itself out another element may lie over
   * it for a moment; then the click is tried again.
   */
  private static void clickInTheMiddle(ChromeDriver driver, WebElement element) {
    new WebDriverWait(driver, PATIENCE)
        .ignoring(ElementClickInterceptedException.class)
        .until(
            d -> {
              driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
              element.click();
              return true;
            });
  }

  private String awaitTransferTask(String entitlementId, String step) {
    return new WebDriverWait(sessions.get(0), PATIENCE)
        .until(
            driver ->
                taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(entitlementId)
                    .taskDefinitionKey(step)
                    .list()
                    .stream()
                    .findFirst()
                    .map(org.camunda.bpm.engine.task.Task::getId)
                    .orElse(null));
  }

  private String appealTask(Order order) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(order.orderId())
        .taskDefinitionKey("Task_DecideAppeal")
        .singleResult()
        .getId();
  }

  /**
   * Logs in as a person would, and tries again as a person would: on a busy machine Tasklist
   * sometimes stalls at its loading screen, or takes the typed name before its login form is bound
   * and answers with the login form again. Each attempt reloads the page and, if the login form
   * shows, types the name and password anew.
   */
  private ChromeDriver logIn(String user) {
    return logIn(user, "/camunda/app/tasklist/default/");
  }

  /** Logged in from the page of the address, as from a link in an e-mail. */
  private ChromeDriver logIn(String user, String path) {
    ChromeDriver driver = browsers.take();
    sessions.add(driver);
    driver.get("http://localhost:" + port + path);
    // Every role has this filter; its list may be empty (operations work from "Open for my group").
    Function<WebDriver, Boolean> loggedIn =
        d -> !d.findElements(By.xpath("//*[contains(text(), 'My delivery tasks')]")).isEmpty();
    By username = By.cssSelector("input[ng-model='username']");
    for (int attempt = 1; attempt <= 3; attempt++) {
      if (attempt > 1) {
        log.info("Tasklist did not open for {} within {}; attempt {}", user, PATIENCE, attempt);
        driver.navigate().refresh();
      }
      if (within(driver, d -> loggedIn.apply(d) || !d.findElements(username).isEmpty())
          && !loggedIn.apply(driver)) {
        WebElement name = driver.findElement(username);
        name.clear();
        name.sendKeys(user);
        WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
        password.clear();
        password.sendKeys(user);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
      }
      if (within(driver, loggedIn)) {
        return driver;
      }
    }
    Browser.screenshot(driver, "failed-login-" + user);
    throw new AssertionError(
        "Tasklist did not open for "
            + user
            + "; the page showed: "
            + driver.findElement(By.tagName("body")).getText());
  }

  private static List<String> taskNames(ChromeDriver driver) {
    return driver.findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The task list with its cards' assignees, and the header with the user's name. */
  private static String taskListText(ChromeDriver driver) {
    return driver.findElement(By.cssSelector("ol.tasks-list")).getText()
        + "\n"
        + driver.findElement(By.cssSelector("header, .navbar")).getText();
  }

  private void openTask(ChromeDriver driver, Order order) {
    openTask(driver, currentTask(order), order);
  }

  private void openTask(ChromeDriver driver, String taskId, Order order) {
    openTask(driver, taskId, order.orderId());
  }

  /** The task's page, once its form shows what it is about (an order's or an entitlement's ID). */
  private void openTask(ChromeDriver driver, String taskId, String about) {
    openTaskPage(
        driver,
        taskId,
        about,
        d ->
            !d.findElements(By.cssSelector(".fjs-form")).isEmpty()
                && formText(driver).contains(about));
  }

  private void openEmbeddedTask(ChromeDriver driver, Order order) {
    openTaskPage(
        driver,
        currentTask(order),
        order.orderId(),
        d ->
            d.findElements(By.cssSelector("input[cam-variable-name='orderId']")).stream()
                .anyMatch(field -> order.orderId().equals(field.getDomProperty("value"))));
  }

  /**
   * A fresh load of the task's address, as from a bookmark (a change of the fragment alone does not
   * always make Tasklist build the task's form). On a busy machine Tasklist's start sometimes
   * stalls at its loading screen; a person would reload, and so does the test, once.
   */
  private void openTaskPage(
      ChromeDriver driver, String taskId, String about, Function<WebDriver, Boolean> formShown) {
    driver.get("about:blank");
    driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    if (!within(driver, formShown)) {
      driver.navigate().refresh();
      if (!within(driver, formShown)) {
        Browser.screenshot(driver, "failed-task-" + taskId);
        throw new AssertionError("Tasklist did not show the form about " + about);
      }
    }
  }

  private static boolean within(ChromeDriver driver, Function<WebDriver, Boolean> condition) {
    try {
      new WebDriverWait(driver, PATIENCE).until(condition::apply);
      return true;
    } catch (org.openqa.selenium.TimeoutException notYet) {
      return false;
    }
  }

  private String currentTask(Order order) {
    return taskService
        .createTaskQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult()
        .getId();
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

  /** The values of an embedded form's fields. */
  private static String fieldValues(ChromeDriver driver) {
    return driver.findElements(By.cssSelector("[cam-variable-name]")).stream()
        .map(field -> field.getDomProperty("value"))
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private static WebElement completeButton(ChromeDriver driver) {
    return driver.findElement(By.cssSelector(".form-actions button.btn-primary"));
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
    clickInTheMiddle(driver, completeButton(driver));
  }

  private void waitUntilStep(Order order, String step) {
    new WebDriverWait(sessions.get(0), PATIENCE)
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
    return new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }
}
