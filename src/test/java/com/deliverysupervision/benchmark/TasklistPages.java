package com.deliverysupervision.benchmark;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;

/**
 * A party's first page of "My delivery tasks" in Tasklist (its open tasks, newest first, and their
 * count, with the party's permission check), for a party with a few open tasks and for the one with
 * the many orders waiting at Confirm delivery. The application's sessions keep one plan per
 * statement for any parameters: this shows whether that plan serves both.
 */
final class TasklistPages {
  private static final int PAGE = 15;
  private static final int WARM_UP = 200;
  private static final int MEASURED = 500;
  private static final int SMALL_PARTYS_ORDERS = 3;

  private final TaskService taskService;
  private final TestUsers users;
  private final TestOrders orders;

  TasklistPages(ApplicationContext application) {
    this.taskService = application.getBean(TaskService.class);
    this.users = application.getBean(TestUsers.class);
    this.orders = application.getBean(TestOrders.class);
  }

  void measure() {
    for (int i = 0; i < SMALL_PARTYS_ORDERS; i++) {
      orders.placeBetween(
          TestOrders.OTHER_SELLER, TestOrders.OTHER_CUSTOMER, AlibabaBasicDelivery.PROCESS_KEY);
    }
    for (String party : List.of(TestOrders.OTHER_CUSTOMER, TestOrders.CUSTOMER)) {
      measure(party);
    }
  }

  private void measure(String party) {
    users.actAs(party);
    try {
      long open = 0;
      for (int i = 0; i < WARM_UP; i++) {
        open = showPage(party);
      }
      long[] nanos = new long[MEASURED];
      for (int i = 0; i < MEASURED; i++) {
        long start = System.nanoTime();
        showPage(party);
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      System.out.printf(
          "Tasklist, %s's \"My delivery tasks\" (%,d open; first page of %d and the count):"
              + " p50 %.2f ms, p99 %.2f ms%n",
          party, open, PAGE, nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 99 / 100] / 1e6);
    } finally {
      users.logOut();
    }
  }

  /** The page as Tasklist asks for it; the count of all the party's open tasks. */
  private long showPage(String party) {
    taskService
        .createTaskQuery()
        .taskAssignee(party)
        .orderByTaskCreateTime()
        .desc()
        .listPage(0, PAGE);
    return taskService.createTaskQuery().taskAssignee(party).count();
  }
}
