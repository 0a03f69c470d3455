package com.deliverysupervision.benchmark;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import java.util.Arrays;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.ApplicationContext;

/**
 * What a user waits for in Tasklist on a busy marketplace: the first page of a filter (newest
 * first, as Tasklist sorts it) and the filter's count, run through the filter with the user's
 * permission checks. For "My delivery tasks" of a party with a few open tasks and of the one with
 * the many orders waiting at Confirm delivery (the application's sessions keep one plan per
 * statement for any parameters: this shows whether that plan serves both), and for an operations
 * manager's "All open delivery tasks" and "Open for my group", which see every party's tasks.
 */
final class TasklistPages {
  private static final int PAGE = 15;
  private static final int WARM_UP = 200;
  private static final int MEASURED = 500;

  /** A view slower than this per page is measured fewer times, so that the run ends. */
  private static final long SECONDS_PER_VIEW = 60;

  private static final int SMALL_PARTYS_ORDERS = 3;

  private final TaskService taskService;
  private final FilterService filterService;
  private final TestUsers users;
  private final TestOrders orders;

  TasklistPages(ApplicationContext application) {
    this.taskService = application.getBean(TaskService.class);
    this.filterService = application.getBean(FilterService.class);
    this.users = application.getBean(TestUsers.class);
    this.orders = application.getBean(TestOrders.class);
  }

  void measure() {
    for (int i = 0; i < SMALL_PARTYS_ORDERS; i++) {
      orders.placeBetween(
          TestOrders.OTHER_SELLER, TestOrders.OTHER_CUSTOMER, AlibabaBasicDelivery.PROCESS_KEY);
    }
    measure(TestOrders.OTHER_CUSTOMER);
    measure(TestOrders.CUSTOMER);
    measure(TestOrders.OPERATIONS);
  }

  /** Each filter the user sees in Tasklist. */
  private void measure(String user) {
    users.actAs(user);
    try {
      for (Filter filter :
          filterService.createFilterQuery().filterResourceType(EntityTypes.TASK).list()) {
        measure(user, filter);
      }
    } finally {
      users.logOut();
    }
  }

  private void measure(String user, Filter filter) {
    long deadline = System.nanoTime() + SECONDS_PER_VIEW * 1_000_000_000L;
    long count = 0;
    for (int i = 0; i < WARM_UP && System.nanoTime() < deadline; i++) {
      count = showPage(filter.getId());
    }
    deadline = System.nanoTime() + SECONDS_PER_VIEW * 1_000_000_000L;
    long[] nanos = new long[MEASURED];
    int measured = 0;
    while (measured < MEASURED && (measured < 3 || System.nanoTime() < deadline)) {
      long start = System.nanoTime();
      showPage(filter.getId());
      nanos[measured++] = System.nanoTime() - start;
    }
    long[] taken = Arrays.copyOf(nanos, measured);
    Arrays.sort(taken);
    System.out.printf(
        "Tasklist, %s's \"%s\" (%,d tasks; first page of %d and the count, %d times):"
            + " p50 %.2f ms, p99 %.2f ms%n",
        user,
        filter.getName(),
        count,
        PAGE,
        measured,
        taken[measured / 2] / 1e6,
        taken[measured * 99 / 100] / 1e6);
  }

  /** The page as Tasklist asks for it, through the filter; the filter's count. */
  private long showPage(String filter) {
    TaskQuery newestFirst = taskService.createTaskQuery().orderByTaskCreateTime().desc();
    filterService.listPage(filter, newestFirst, 0, PAGE);
    return filterService.count(filter);
  }
}
