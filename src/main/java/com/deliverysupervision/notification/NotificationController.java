package com.deliverysupervision.notification;

import com.deliverysupervision.identity.CurrentUser;
import java.net.URI;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A user's inbox (ALL-5) and the customer's reminder to the seller (SAAS-11). */
@RestController
class NotificationController {
  private final Notifications notifications;
  private final Reminders reminders;
  private final IdentityService identityService;

  NotificationController(
      Notifications notifications, Reminders reminders, IdentityService identityService) {
    this.notifications = notifications;
    this.reminders = reminders;
    this.identityService = identityService;
  }

  @GetMapping("/api/notifications")
  Inbox inbox(
      @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
    return notifications.inboxOf(caller(), limit, offset);
  }

  @PostMapping("/api/notifications/{notificationId}/read")
  ResponseEntity<Void> read(@PathVariable String notificationId) {
    notifications.markRead(notificationId, caller());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/orders/{orderId}/reminders")
  ResponseEntity<Reminder> remind(@PathVariable String orderId) {
    Reminder reminder = reminders.remind(orderId, caller());
    return ResponseEntity.created(URI.create("/api/orders/" + orderId + "/records")).body(reminder);
  }

  private CurrentUser caller() {
    return CurrentUser.of(identityService);
  }
}
