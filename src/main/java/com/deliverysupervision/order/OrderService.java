package com.deliverysupervision.order;

import com.deliverysupervision.catalogue.Currencies;
import com.deliverysupervision.identity.BusinessRelations;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.OrderAccess;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.rules.EngineClock;
import com.deliverysupervision.rules.MarketplaceCalendar;
import com.deliverysupervision.rules.ValidityPeriod;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Places orders, starts their delivery processes and answers who may see which order. */
@Service
public class OrderService {
  /**
   * No cloud marketplace sold before it; a date before it is a mistake, and one of year -999999999
   * overflowed the engine's dates.
   */
  static final OffsetDateTime EARLIEST_PLACEMENT = OffsetDateTime.parse("2000-01-01T00:00:00Z");

  private static final Logger log = LoggerFactory.getLogger(OrderService.class);
  static final int MAX_PAGE_SIZE = 1000;

  private final OrderRepository orders;
  private final Map<String, DeliveryTemplate> templates;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final OrderAccess orderAccess;
  private final SystemCalls systemCalls;
  private final EngineClock clock;
  private final MarketplaceCalendar calendar;
  private final OperationRecords records;
  private final OrderFactsUnchanged factsUnchanged;
  private final BusinessRelations relations;
  private final CatalogueTerms catalogueTerms;
  private final int maxDeliveryPeriodDays;

  OrderService(
      OrderRepository orders,
      List<DeliveryTemplate> templates,
      RuntimeService runtimeService,
      IdentityService identityService,
      OrderAccess orderAccess,
      SystemCalls systemCalls,
      EngineClock clock,
      MarketplaceCalendar calendar,
      OperationRecords records,
      OrderFactsUnchanged factsUnchanged,
      BusinessRelations relations,
      CatalogueTerms catalogueTerms,
      @Value("${delivery.catalogue.max-delivery-period-days}") int maxDeliveryPeriodDays) {
    this.orders = orders;
    this.templates =
        templates.stream()
            .collect(Collectors.toMap(DeliveryTemplate::processKey, Function.identity()));
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.orderAccess = orderAccess;
    this.systemCalls = systemCalls;
    this.clock = clock;
    this.calendar = calendar;
    this.records = records;
    this.factsUnchanged = factsUnchanged;
    this.relations = relations;
    this.catalogueTerms = catalogueTerms;
    this.maxDeliveryPeriodDays = maxDeliveryPeriodDays;
  }

  /**
   * Stores the order and starts its delivery process in one transaction: if anything fails, neither
   * the order nor the instance exists.
   */
  @Transactional
  public Order place(NewOrder requested, CurrentUser caller) {
    if (!caller.isIn(Roles.MARKETPLACE_ADMINS)) {
      throw new OrderPlacementForbiddenException(caller.userId());
    }
    Optional<CatalogueTerms.Terms> terms = catalogueTerms.of(requested);
    NewOrder request =
        terms
            .map(catalogue -> followingTheCatalogue(requested, catalogue))
            .orElseGet(() -> outsideTheCatalogue(requested));
    OffsetDateTime now = clock.now();
    OffsetDateTime placedAt = request.placedAt() == null ? now : request.placedAt();
    if (placedAt.isAfter(now)) {
      throw new InvalidOrderException(
          "placedAt: " + placedAt + " is in the future; send when the customer placed the order.");
    }
    if (placedAt.isBefore(EARLIEST_PLACEMENT)) {
      throw new InvalidOrderException(
          "placedAt: "
              + placedAt
              + " is before "
              + EARLIEST_PLACEMENT
              + "; send when the customer"
              + " placed the order.");
    }
    if (!templates.containsKey(request.deliveryTemplate())) {
      throw new InvalidOrderException(
          "Unknown delivery template '"
              + request.deliveryTemplate()
              + "'; known templates: "
              + String.join(", ", templates.keySet().stream().sorted().toList())
              + ".");
    }
    DeliveryTemplate template =
        templates.get(templates.get(request.deliveryTemplate()).processKeyFor(placedAt));
    template
        .problemWith(request)
        .ifPresent(
            problem -> {
              throw new InvalidOrderException(problem);
            });
    requireMember(request.sellerId(), Roles.SELLERS, "seller");
    requireMember(request.customerId(), Roles.CUSTOMERS, "customer");

    Order order =
        new Order(
            request.orderId(),
            request.productId(),
            request.specification(),
            request.sellerId(),
            request.customerId(),
            request.amount(),
            request.currency(),
            OrderStatus.PROCESSING,
            template.processKey(),
            UUID.randomUUID().toString(),
            null,
            placedAt,
            null,
            request.purchasedPeriod(),
            null,
            null,
            request.warrantyPeriod(),
            terms.map(CatalogueTerms.Terms::productRevision).orElse(null),
            terms.map(CatalogueTerms.Terms::productName).orElse(null),
            request.deliveryPeriodDays() == null
                ? null
                : calendar.validityFrom(placedAt, "P" + request.deliveryPeriodDays() + "D").until(),
            false);
    orders.insert(order);
    relations.establish(order.sellerId(), order.customerId(), "order " + order.orderId());
    VariableMap variables = OrderVariables.of(order);
    String deliveryItems =
        terms
            .map(catalogue -> OrderVariables.deliveryItems(catalogue.deliveryItems()))
            .orElse(null);
    if (deliveryItems != null) {
      variables.putValue(OrderVariables.DELIVERY_ITEMS, deliveryItems);
    }
    String processInstanceId =
        systemCalls.run(
            () ->
                orderAccess.startReadableByParties(
                    () ->
                        runtimeService
                            .startProcessInstanceByKey(
                                order.deliveryTemplate(), order.orderId(), variables)
                            .getId(),
                    order.sellerId(),
                    order.customerId()));
    orders.attachProcessInstance(order.orderId(), processInstanceId);
    records.record(
        order.orderId(),
        "Order placed",
        Map.of("deliveryTemplate", order.deliveryTemplate(), "amount", order.amount()));
    log.info(
        "Order {} placed: {} delivers product {} to {} through {} (process instance {})",
        order.orderId(),
        order.sellerId(),
        order.productId(),
        order.customerId(),
        order.deliveryTemplate(),
        processInstanceId);
    factsUnchanged.rememberOnCommit(order, deliveryItems);
    return order.startedAs(processInstanceId);
  }

  /** The order if the user may see it (ALL-2), else not found: the two are answered alike. */
  public Order find(String orderId, CurrentUser user) {
    return orders
        .findById(orderId)
        .filter(order -> user.seesAllOrders() || order.isParty(user.userId()))
        .orElseThrow(() -> new OrderNotFoundException(orderId));
  }

  /** When the order was placed (LIC-8); for checks the application makes, not for users. */
  public OffsetDateTime placedAt(String orderId) {
    return orders
        .findById(orderId)
        .orElseThrow(() -> new OrderNotFoundException(orderId))
        .placedAt();
  }

  /** Whether the order's delivery still runs: not completed, closed or terminated. */
  public boolean inDelivery(String orderId) {
    return orders
        .findById(orderId)
        .map(order -> order.status() == OrderStatus.PROCESSING)
        .orElse(false);
  }

  public List<OperationRecord> records(String orderId, CurrentUser user) {
    return records.of(find(orderId, user).orderId());
  }

  /**
   * A page of the orders the user may see (ALL-2), newest first: all of them for operations and
   * administrators, a seller's or customer's own otherwise. The next page starts after the last
   * order of this one ({@link OrderPage#nextAfter()}), so orders placed meanwhile neither shift the
   * pages nor appear twice.
   */
  public OrderPage visibleTo(CurrentUser user, String after, int limit) {
    return visibleTo(user, OrderSearch.ALL, after, limit);
  }

  /** LIC-1: the caller's orders that match the search, a page at a time. */
  public OrderPage visibleTo(CurrentUser user, OrderSearch search, String after, int limit) {
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    Order cursor = null;
    if (after != null) {
      cursor =
          orders
              .findById(after)
              .filter(order -> user.seesAllOrders() || order.isParty(user.userId()))
              .orElseThrow(
                  () ->
                      new ResponseStatusException(
                          HttpStatus.BAD_REQUEST,
                          "after must name an order of the list; there is no order "
                              + after
                              + "."));
    }
    String party = user.seesAllOrders() ? null : user.userId();
    return OrderPage.of(orders.page(party, search, cursor, limit + 1), limit);
  }

  /**
   * REL-3: the delivery period passed before the seller delivered; the order is marked overdue,
   * once, and the parties read it in its records. The flow goes on.
   */
  void markDeliveryOverdue(String orderId) {
    if (orders.markDeliveryOverdue(orderId)) {
      records.record(orderId, "Delivery period over", Map.of());
      log.info("Order {} is past its delivery period", orderId);
    }
  }

  /**
   * Ends an order's delivery: called by the process, in the transaction of its last step. Once
   * (ALL-4): an order that has ended already (the step run again by an administrator's modification
   * of the instance) stays as it is, with one record.
   */
  void complete(String orderId) {
    if (orders.markEnded(orderId, OrderStatus.COMPLETED, clock.now())) {
      records.record(orderId, "Order completed", Map.of());
      log.info("Order {} completed", orderId);
    } else {
      log.info("Order {} has ended already: completing it again changes nothing", orderId);
    }
  }

  /**
   * ALI-1: the order's delivery was cancelled by an administrator; the order closes unless it had
   * ended already (an appeal's decision ends the flow after completing or closing the order), or
   * the instance cancelled is not the one the order names. Whether it closed the order.
   */
  boolean closeCancelled(String orderId, String processInstanceId, String reason) {
    if (!orders.closeDelivery(orderId, processInstanceId, clock.now())) {
      return false;
    }
    records.record(
        orderId,
        "Delivery terminated",
        Map.of("reason", reason == null || reason.isBlank() ? "none given" : reason));
    log.info("Order {} closed: its delivery was terminated ({})", orderId, reason);
    return true;
  }

  /** SAAS-10: an operations manager closed the order on an appeal; once, as {@link #complete}. */
  void close(String orderId) {
    if (orders.markEnded(orderId, OrderStatus.CLOSED, clock.now())) {
      records.record(orderId, "Order closed", Map.of());
      log.info("Order {} closed", orderId);
    } else {
      log.info("Order {} has ended already: closing it changes nothing", orderId);
    }
  }

  /**
   * SAAS-4: use starts now (the customer's acceptance); a yearly/monthly product is valid for the
   * purchased period from then. Set once: a later decision keeps the first start.
   */
  /** SAAS-4, LIC-4: from {@code from}, or now; set once, a retried step keeps the first start. */
  void startValidity(String orderId, OffsetDateTime from) {
    Order order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
    if (order.validFrom() != null) {
      return;
    }
    ValidityPeriod validity =
        calendar.validityFrom(from == null ? clock.now() : from, order.purchasedPeriod());
    orders.startValidity(orderId, validity.from(), validity.until());
    records.record(
        orderId,
        "Validity period started",
        validity.until() == null
            ? Map.of("from", validity.from().toString())
            : Map.of("from", validity.from().toString(), "until", validity.until().toString()));
    log.info("Order {} is valid from {} until {}", orderId, validity.from(), validity.until());
  }

  /**
   * REL-1: an order of a catalogue product follows the listed revision: its delivery process,
   * seller, price and currency. What the marketplace sends of them must agree.
   */
  private static NewOrder followingTheCatalogue(NewOrder order, CatalogueTerms.Terms terms) {
    List<String> contradictions = new ArrayList<>();
    if (order.deliveryTemplate() != null
        && !order.deliveryTemplate().equals(terms.deliveryTemplate())) {
      contradictions.add(
          "deliveryTemplate: product "
              + order.productId()
              + " follows "
              + terms.deliveryTemplate()
              + ", not "
              + order.deliveryTemplate());
    }
    if (order.amount() != null && order.amount().compareTo(terms.amount()) != 0) {
      contradictions.add(
          "amount: the catalogue prices this selection at "
              + terms.amount().toPlainString()
              + " "
              + terms.currency()
              + ", not "
              + order.amount().toPlainString());
    }
    if (order.currency() != null && !order.currency().equals(terms.currency())) {
      contradictions.add(
          "currency: product " + order.productId() + " is priced in " + terms.currency());
    }
    if (order.deliveryPeriodDays() != null
        && order.deliveryPeriodDays() != terms.deliveryPeriodDays()) {
      contradictions.add(
          "deliveryPeriodDays: product "
              + order.productId()
              + " is delivered within "
              + terms.deliveryPeriodDays()
              + " days");
    }
    if (!order.sellerId().equals(terms.sellerId())) {
      contradictions.add(
          "sellerId: product " + order.productId() + " is sold by " + terms.sellerId());
    }
    if (!contradictions.isEmpty()) {
      throw new InvalidOrderException(
          "The order contradicts the catalogue: " + String.join("; ", contradictions) + ".");
    }
    return new NewOrder(
        order.orderId(),
        order.productId(),
        order.specification(),
        order.sellerId(),
        order.customerId(),
        terms.amount(),
        terms.currency(),
        terms.deliveryTemplate(),
        order.purchasedPeriod(),
        order.warrantyPeriod(),
        order.attributes(),
        order.quantities(),
        order.placedAt(),
        terms.deliveryPeriodDays());
  }

  /** An order of a product outside the catalogue (another marketplace's) names its own terms. */
  private NewOrder outsideTheCatalogue(NewOrder order) {
    List<String> missing = new ArrayList<>();
    if (order.deliveryTemplate() == null || order.deliveryTemplate().isBlank()) {
      missing.add("deliveryTemplate");
    }
    if (order.amount() == null) {
      missing.add("amount");
    }
    if (order.currency() == null) {
      missing.add("currency");
    }
    if (!missing.isEmpty()) {
      throw new InvalidOrderException(
          "Product "
              + order.productId()
              + " is not in the catalogue, so the order must name its "
              + String.join(", ", missing)
              + ".");
    }
    Currencies.problemWith(order.amount(), order.currency())
        .ifPresent(
            problem -> {
              throw new InvalidOrderException("amount: " + problem + ".");
            });
    if (order.attributes() != null || order.quantities() != null) {
      throw new InvalidOrderException(
          "attributes and quantities select from a catalogue product; product "
              + order.productId()
              + " is not in the catalogue.");
    }
    if (order.deliveryPeriodDays() != null && order.deliveryPeriodDays() > maxDeliveryPeriodDays) {
      throw new InvalidOrderException(
          "deliveryPeriodDays: "
              + order.deliveryPeriodDays()
              + " is longer than the longest delivery period of the marketplace, "
              + maxDeliveryPeriodDays
              + " calendar days (REL-3).");
    }
    return order;
  }

  private void requireMember(String userId, String group, String role) {
    boolean member =
        systemCalls.run(
            () ->
                identityService.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
    if (!member) {
      throw new InvalidOrderException(
          "Unknown " + role + " '" + userId + "': no user of that ID is in group " + group + ".");
    }
  }
}
