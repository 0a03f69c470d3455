package com.deliverysupervision.demo;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.delivery.AlibabaContractDelivery;
import com.deliverysupervision.delivery.AlibabaDoubleCheckDelivery;
import com.deliverysupervision.delivery.AlibabaStepByStepDelivery;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.license.LicenseDelivery;
import com.deliverysupervision.order.NewOrder;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.supervision.SaasSupervision;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo users and a first order, only in the default profile, so that Tasklist and Cockpit can be
 * tried at once; the postgres profile never creates a user with a known password.
 */
@Component
@Profile("default")
class DemoData {
  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("customer1", "Chen", "Customer", Roles.CUSTOMERS),
          new DemoUser("customer2", "Carla", "Customer", Roles.CUSTOMERS),
          new DemoUser("seller1", "Sam", "Seller", Roles.SELLERS),
          new DemoUser("seller2", "Sofia", "Seller", Roles.SELLERS),
          new DemoUser("reseller1", "Rui", "Reseller", Roles.RESELLERS),
          new DemoUser("reseller2", "Rosa", "Reseller", Roles.RESELLERS),
          new DemoUser("ops1", "Olga", "Operations", Roles.OPERATIONS_MANAGERS),
          new DemoUser("marketplace", "Mark", "Marketplace", Roles.MARKETPLACE_ADMINS));
  static final String DEMO_ORDER_ID = "DEMO-1";
  static final String DEMO_SAAS_ORDER_ID = "DEMO-2";
  static final String DEMO_DOUBLE_CHECK_ORDER_ID = "DEMO-3";
  static final String DEMO_CONTRACT_ORDER_ID = "DEMO-4";
  static final String DEMO_STEP_BY_STEP_ORDER_ID = "DEMO-5";
  static final String DEMO_LICENSE_ORDER_ID = "DEMO-6";
  static final String DEMO_EARLIER_LICENSE_ORDER_ID = "DEMO-7";

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final IdentityService identityService;
  private final OrderService orderService;
  private final DemoProduct demoProduct;
  private final DemoEntitlement demoEntitlement;
  private final String adminId;
  private final Environment environment;

  DemoData(
      IdentityService identityService,
      OrderService orderService,
      DemoProduct demoProduct,
      DemoEntitlement demoEntitlement,
      @Value("${camunda.bpm.admin-user.id}") String adminId,
      Environment environment) {
    this.identityService = identityService;
    this.orderService = orderService;
    this.demoProduct = demoProduct;
    this.demoEntitlement = demoEntitlement;
    this.adminId = adminId;
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createDemoData() {
    USERS.forEach(this::createUser);
    // The starter creates the admin user; it also acts for the marketplace in the demo.
    addMembership(adminId, Roles.MARKETPLACE_ADMINS);
    Optional<String> listed = demoProduct.listOnce(adminId);
    demoEntitlement.createOnce(adminId);
    if (orderService
        .visibleTo(new CurrentUser(adminId, List.of(Roles.MARKETPLACE_ADMINS)), null, 1)
        .orders()
        .isEmpty()) {
      placeDemoOrder();
      listed.ifPresent(this::placeLicenseOrder);
      placeEarlierLicenseOrder();
    }
    log.info(
        "Demo ready: open http://localhost:{}/camunda/app/tasklist/ and log in as customer1,"
            + " seller1, ops1 or {} (the password is the user ID); demo order {} waits for"
            + " customer1 to submit the demand, supervised SaaS order {} for the service request,"
            + " double check order {} (with a warranty period), contract order {} and"
            + " step-by-step order {} for the demand; seller1's license product Backup Manager is"
            + " listed (GET /api/products), license order {} waits for the request and {}, placed"
            + " before the cut-over, for the seller's delivery; customer1's Google Cloud Marketplace"
            + " entitlement {} (through reseller1) can be transferred from Tasklist's Start"
            + " process.",
        // The port the server got, known once it started.
        environment.getProperty("local.server.port", "8080"),
        adminId,
        DEMO_ORDER_ID,
        DEMO_SAAS_ORDER_ID,
        DEMO_DOUBLE_CHECK_ORDER_ID,
        DEMO_CONTRACT_ORDER_ID,
        DEMO_STEP_BY_STEP_ORDER_ID,
        DEMO_LICENSE_ORDER_ID,
        DEMO_EARLIER_LICENSE_ORDER_ID,
        DemoEntitlement.ENTITLEMENT_ID);
  }

  private void placeDemoOrder() {
    CurrentUser marketplace = new CurrentUser(adminId, List.of(Roles.MARKETPLACE_ADMINS));
    orderService.place(
        new NewOrder(
            DEMO_ORDER_ID,
            "cmjj00123456",
            "Website building, standard edition, 1 site",
            "seller1",
            "customer1",
            new BigDecimal("1200.00"),
            "USD",
            AlibabaBasicDelivery.PROCESS_KEY,
            null),
        marketplace);
    orderService.place(
        new NewOrder(
            DEMO_SAAS_ORDER_ID,
            "00301-112233-0--0",
            "CRM SaaS, team edition, 10 users, yearly",
            "seller1",
            "customer1",
            new BigDecimal("2400.00"),
            "USD",
            SaasSupervision.PROCESS_KEY,
            "P1Y"),
        marketplace);
    orderService.place(
        new NewOrder(
            DEMO_DOUBLE_CHECK_ORDER_ID,
            "cmjj00654321",
            "Data migration service, with 90 days' warranty",
            "seller1",
            "customer1",
            new BigDecimal("3000.00"),
            "USD",
            AlibabaDoubleCheckDelivery.PROCESS_KEY,
            null,
            "P90D"),
        marketplace);
    orderService.place(
        new NewOrder(
            DEMO_CONTRACT_ORDER_ID,
            "cmjj00777777",
            "ERP implementation, signed contract",
            "seller1",
            "customer1",
            new BigDecimal("25000.00"),
            "USD",
            AlibabaContractDelivery.PROCESS_KEY,
            null),
        marketplace);
    orderService.place(
        new NewOrder(
            DEMO_STEP_BY_STEP_ORDER_ID,
            "cmjj00888888",
            "Online shop, designed and built step by step",
            "seller1",
            "customer1",
            new BigDecimal("18000.00"),
            "USD",
            AlibabaStepByStepDelivery.PROCESS_KEY,
            null),
        marketplace);
  }

  /** REL-1: the marketplace names the product and what is bought; the catalogue the rest. */
  private void placeLicenseOrder(String productId) {
    placeLicenseOrder(
        new NewOrder(
            DEMO_LICENSE_ORDER_ID,
            productId,
            "Standard",
            "seller1",
            "customer1",
            null,
            null,
            null,
            "P1M",
            null,
            null,
            null,
            null,
            null));
  }

  /**
   * LIC-8: an order imported from before the cut-over runs the earlier license delivery. Its
   * product was sold before the catalogue held it, so the order names its terms itself.
   */
  private void placeEarlierLicenseOrder() {
    placeLicenseOrder(
        new NewOrder(
            DEMO_EARLIER_LICENSE_ORDER_ID,
            "backup-manager-2025",
            "Standard",
            "seller1",
            "customer1",
            new BigDecimal("20.00"),
            "USD",
            LicenseDelivery.PROCESS_KEY,
            "P1M",
            null,
            null,
            null,
            OffsetDateTime.parse("2025-03-01T10:00:00+08:00"),
            7));
  }

  private void placeLicenseOrder(NewOrder order) {
    orderService.place(order, new CurrentUser(adminId, List.of(Roles.MARKETPLACE_ADMINS)));
  }

  private void createUser(DemoUser demo) {
    if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@example.com");
      user.setPassword(demo.id());
      identityService.saveUser(user);
    }
    addMembership(demo.id(), demo.group());
  }

  private void addMembership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
