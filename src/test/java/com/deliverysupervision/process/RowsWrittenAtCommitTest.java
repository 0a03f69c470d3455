package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.notification.Notifications;
import com.deliverysupervision.order.OperationRecords;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The notifications and records of a step, written when its transaction commits. */
@DeliveryApplicationTest
class RowsWrittenAtCommitTest {
  @Autowired TestOrders orders;
  @Autowired Notifications notifications;
  @Autowired OperationRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  TransactionTemplate step;
  Order order;

  @BeforeEach
  void order() {
    step = new TransactionTemplate(transactionManager);
    order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
  }

  @Test
  @DisplayName(
      "ALL-4 SAAS-9 a step's notifications (once per cause and recipient) and records are written when it commits, several causes and tables at once")
  void writtenOnceAtCommit() {
    int before = recordsOfOrder();
    step.executeWithoutResult(
        status -> {
          tell("first", List.of(order.customerId(), order.sellerId()));
          tell("first", List.of(order.customerId()));
          tell("second", List.of(order.sellerId()));
          records.record(order.orderId(), "Checked twice", Map.of("step", "one"));
          records.record(order.orderId(), "Checked twice", Map.of("step", "two"));
          assertThat(notificationsOf("first")).as("before the commit").isZero();
        });

    assertThat(notificationsOf("first")).isEqualTo(2);
    assertThat(notificationsOf("second")).isEqualTo(1);
    assertThat(recordsOfOrder() - before).isEqualTo(2);

    step.executeWithoutResult(status -> tell("first", List.of(order.customerId())));
    assertThat(notificationsOf("first")).as("a cause told again").isEqualTo(2);
  }

  @Test
  @DisplayName("ALL-4 SAAS-9 a step rolled back leaves neither its notifications nor its records")
  void noneAfterRollback() {
    int before = recordsOfOrder();
    assertThatThrownBy(
            () ->
                step.executeWithoutResult(
                    status -> {
                      tell("rolled back", List.of(order.customerId()));
                      records.record(order.orderId(), "Rolled back", Map.of());
                      throw new IllegalStateException("the step fails");
                    }))
        .hasMessage("the step fails");

    assertThat(notificationsOf("rolled back")).isZero();
    assertThat(recordsOfOrder()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "ALL-4 a step of its own inside another (a new transaction) writes its rows at its own commit")
  void nestedStepWritesAtItsOwnCommit() {
    TransactionTemplate inner = new TransactionTemplate(transactionManager);
    inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    step.executeWithoutResult(
        status -> {
          tell("outer", List.of(order.customerId()));
          inner.executeWithoutResult(s -> tell("inner", List.of(order.sellerId())));
          assertThat(notificationsOf("inner")).isEqualTo(1);
          assertThat(notificationsOf("outer")).isZero();
        });
    assertThat(notificationsOf("outer")).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "ALL-4 a row appended while the step commits, after the rows were written, is written too")
  void appendedWhileCommitting() {
    step.executeWithoutResult(
        status -> {
          tell("early", List.of(order.customerId()));
          TransactionSynchronizationManager.registerSynchronization(
              new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                  tell("late", List.of(order.customerId()));
                }
              });
        });

    assertThat(notificationsOf("early")).isEqualTo(1);
    assertThat(notificationsOf("late")).isEqualTo(1);
  }

  private void tell(String cause, List<String> recipients) {
    notifications.tell(
        cause + ":" + order.orderId(),
        recipients,
        "orderCompleted",
        Map.of("orderId", order.orderId()),
        order.orderId(),
        null);
  }

  private int notificationsOf(String cause) {
    return jdbc.sql("select count(*) from ds_notification where cause_key = ?")
        .param(cause + ":" + order.orderId())
        .query(Integer.class)
        .single();
  }

  private int recordsOfOrder() {
    return jdbc.sql("select count(*) from ds_operation_record where order_id = ?")
        .param(order.orderId())
        .query(Integer.class)
        .single();
  }
}
