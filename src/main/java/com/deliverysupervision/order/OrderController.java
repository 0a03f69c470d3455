package com.deliverysupervision.order;

import com.deliverysupervision.identity.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The marketplace places orders here; sellers, customers and operators read them. */
@RestController
@RequestMapping("/api/orders")
class OrderController {
  private final OrderService orderService;
  private final DeliveryTermination termination;
  private final IdentityService identityService;

  OrderController(
      OrderService orderService, DeliveryTermination termination, IdentityService identityService) {
    this.orderService = orderService;
    this.termination = termination;
    this.identityService = identityService;
  }

  @PostMapping
  ResponseEntity<Order> place(@Valid @RequestBody NewOrder request) {
    Order order = orderService.place(request, CurrentUser.of(identityService));
    return ResponseEntity.created(URI.create("/api/orders/" + order.orderId())).body(order);
  }

  @GetMapping("/{orderId}")
  Order find(@PathVariable String orderId) {
    return orderService.find(orderId, CurrentUser.of(identityService));
  }

  /** SAAS-9: who did what on the order, when, with what content. */
  @GetMapping("/{orderId}/records")
  List<OperationRecord> records(@PathVariable String orderId) {
    return orderService.records(orderId, CurrentUser.of(identityService));
  }

  /** ALI-1: a marketplace administrator ends a delivery in progress; the order is CLOSED. */
  @PostMapping("/{orderId}/termination")
  Order terminate(@PathVariable String orderId, @Valid @RequestBody Termination request) {
    return termination.terminate(orderId, request, CurrentUser.of(identityService));
  }

  @GetMapping
  List<Order> list() {
    return orderService.visibleTo(CurrentUser.of(identityService));
  }
}
