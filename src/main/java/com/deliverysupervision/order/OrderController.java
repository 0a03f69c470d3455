package com.deliverysupervision.order;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.web.PlainText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The marketplace places orders here; sellers, customers and operators read them. */
@Tag(name = "Orders")
@RestController
@RequestMapping("/api/orders")
class OrderController {
  private final OrderService orderService;
  private final DeliveryTermination termination;
  private final Renewals renewals;
  private final OpenSteps openSteps;
  private final OrderActions actions;
  private final IdentityService identityService;

  OrderController(
      OrderService orderService,
      DeliveryTermination termination,
      Renewals renewals,
      OpenSteps openSteps,
      OrderActions actions,
      IdentityService identityService) {
    this.orderService = orderService;
    this.termination = termination;
    this.renewals = renewals;
    this.openSteps = openSteps;
    this.actions = actions;
    this.identityService = identityService;
  }

  @Operation(
      summary = "Place an order",
      description =
          "Marketplace administrators. Stores the order (PROCESSING) and starts the delivery process its deliveryTemplate names, in one transaction. An order of a listed product (REL-1) takes the template, amount and currency from the catalogue. 201 with the order; 400 for a missing or malformed field, an unknown template, seller or customer, or terms that contradict the catalogue; 409 for an order ID that exists; 403 for anyone else.")
  @PostMapping
  ResponseEntity<Order> place(@Valid @RequestBody NewOrder request) {
    Order order = orderService.place(request, CurrentUser.of(identityService));
    return ResponseEntity.created(URI.create("/api/orders/" + order.orderId())).body(order);
  }

  @Operation(
      summary = "Read an order",
      description =
          "The order's seller and customer, operations managers, administrators (ALL-2). Status PROCESSING, COMPLETED or CLOSED, validity period once it started. 404 for anyone else, as for an order that does not exist.")
  @GetMapping("/{orderId}")
  Order find(@PathVariable String orderId) {
    return orderService.find(orderId, CurrentUser.of(identityService));
  }

  /** SAAS-9: who did what on the order, when, with what content. */
  @Operation(
      summary = "The steps an order waits at",
      description =
          "The same readers as the order (ALL-2): each open step of its delivery and of an open appeal, with the user it waits for or the groups it is offered to, its due date, and whether an appeal froze it. 404 for anyone else.")
  @GetMapping("/{orderId}/steps")
  List<OpenStep> steps(@PathVariable String orderId) {
    return openSteps.of(orderId, CurrentUser.of(identityService));
  }

  @Operation(
      summary = "What the caller may do on an order now",
      description =
          "The same readers as the order: each action (appeal, reminder, termination) with whether the rules allow it to the caller now, and otherwise what the action would answer. The actions check the same themselves. 404 for anyone else.")
  @GetMapping("/{orderId}/actions")
  List<ActionState> actions(@PathVariable String orderId) {
    return actions.of(orderId, CurrentUser.of(identityService));
  }

  @Operation(
      summary = "Read an order's operation records",
      description =
          "The same readers as the order. SAAS-9: who did what and when, with what was entered or decided; files by name, type and size.")
  @GetMapping("/{orderId}/records")
  List<OperationRecord> records(@PathVariable String orderId) {
    return orderService.records(orderId, CurrentUser.of(identityService));
  }

  /** ALI-1: a marketplace administrator ends a delivery in progress; the order is CLOSED. */
  @Operation(
      summary = "Terminate a delivery in progress",
      description =
          "Marketplace administrators. ALI-1: ends the delivery and any open appeal with the reason and closes the order. 409 when the order has ended; 400 without a reason; 403 for its seller, customer and operations; 404 for anyone else.")
  @PostMapping("/{orderId}/termination")
  Order terminate(@PathVariable String orderId, @Valid @RequestBody Termination request) {
    return termination.terminate(orderId, request, CurrentUser.of(identityService));
  }

  /** LIC-7: the marketplace renews a completed order; its validity is extended directly. */
  @Operation(
      summary = "Renew an order",
      description =
          "Marketplace administrators. LIC-7: extends the validity from where it ends; a renewal ID sent again with the same period and amount answers the first renewal; with others it gets 409. amount is what the customer paid for the renewal, in the order's currency (currency may be left out); a renewal is billed (a supervised SaaS order's, SAAS-3) or settled with the seller (a license order's, REL-2) as its order. 409 for an order still in supervision or valid without end; 400 for a malformed period, a missing or negative amount, another currency or more decimal places than it has; 403 for anyone else.")
  @PostMapping("/{orderId}/renewals")
  Renewal renew(@PathVariable String orderId, @Valid @RequestBody NewRenewal request) {
    return renewals.renew(orderId, request, CurrentUser.of(identityService));
  }

  /**
   * The caller's orders a page at a time, newest first, that match the search (LIC-1: order No.,
   * product name, status, placement period); a full page carries a {@code Link} header (RFC 8288)
   * to the next one, with the same search.
   */
  @Operation(
      summary = "List the orders the caller may see",
      description =
          "Anyone logged in: its own orders as seller or customer, all for operations managers and administrators (ALL-2), newest first, filtered by orderId, productName, status and placedFrom/placedTo (LIC-1); frozen=true: only those an open appeal or dispute froze. A full page carries a Link header to the next. 400 for a limit out of range or an unknown after.")
  @GetMapping
  ResponseEntity<List<Order>> list(
      @RequestParam(required = false) @PlainText(oneLine = true) String after,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(required = false) @PlainText(oneLine = true) String orderId,
      @RequestParam(required = false) @PlainText(oneLine = true) String productName,
      @RequestParam(required = false) OrderStatus status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime placedFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime placedTo,
      @RequestParam(defaultValue = "false") boolean frozen) {
    OrderSearch search =
        new OrderSearch(orderId, productName, status, placedFrom, placedTo, frozen);
    OrderPage page = orderService.visibleTo(CurrentUser.of(identityService), search, after, limit);
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
    if (page.nextAfter() != null) {
      Map<String, Object> query = new LinkedHashMap<>();
      query.put("limit", limit);
      query.put("after", page.nextAfter());
      Optional.ofNullable(orderId).ifPresent(value -> query.put("orderId", value));
      Optional.ofNullable(productName).ifPresent(value -> query.put("productName", value));
      Optional.ofNullable(status).ifPresent(value -> query.put("status", value));
      Optional.ofNullable(placedFrom).ifPresent(value -> query.put("placedFrom", value));
      Optional.ofNullable(placedTo).ifPresent(value -> query.put("placedTo", value));
      if (frozen) {
        query.put("frozen", true);
      }
      UriComponentsBuilder link = UriComponentsBuilder.fromPath("/api/orders");
      query.keySet().forEach(name -> link.queryParam(name, "{" + name + "}"));
      // Values expanded into the encoded template are encoded strictly: a "+" in a product name
      // or an offset becomes %2B instead of reading as a space.
      String next = link.encode().buildAndExpand(query).toUriString();
      answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
    }
    return answer.body(page.orders());
  }
}
