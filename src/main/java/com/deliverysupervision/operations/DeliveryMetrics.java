package com.deliverysupervision.operations;

import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.OrderStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges for operators' dashboards (Prometheus at /actuator/prometheus), read when scraped: orders
 * by status, open tasks per role, overdue deliveries, failed jobs.
 */
@Component
class DeliveryMetrics implements MeterBinder {
  private static final List<String> ROLES =
      List.of(Roles.CUSTOMERS, Roles.SELLERS, Roles.RESELLERS, Roles.OPERATIONS_MANAGERS);

  private final JdbcClient jdbc;
  private final ManagementService managementService;
  private final OverdueDeliveries overdue;

  DeliveryMetrics(
      JdbcClient jdbc, @Lazy ManagementService managementService, @Lazy OverdueDeliveries overdue) {
    this.jdbc = jdbc;
    this.managementService = managementService;
    this.overdue = overdue;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (OrderStatus status : OrderStatus.values()) {
      Gauge.builder("delivery.orders", () -> ordersIn(status))
          .description("Orders by status")
          .tag("status", status.name())
          .register(registry);
    }
    for (String role : ROLES) {
      Gauge.builder("delivery.tasks.open", () -> openTasksOf(role))
          .description("Open tasks assigned to a member of the role, or offered to the role")
          .tag("role", role)
          .register(registry);
    }
    Gauge.builder("delivery.deliveries.overdue", overdue::count)
        .description("Tasks past their due date and automatic deadlines that have come")
        .register(registry);
    Gauge.builder(
            "delivery.jobs.failed",
            () -> managementService.createJobQuery().noRetriesLeft().count())
        .description("Jobs whose retries are used up: each is an incident in Cockpit")
        .register(registry);
  }

  private long ordersIn(OrderStatus status) {
    return jdbc.sql("select count(*) from ds_order where status = ?")
        .param(status.name())
        .query(Long.class)
        .single();
  }

  /**
   * Read from Camunda's tables directly: the task query has no "assignee is a member of" filter,
   * and this runs on every scrape.
   */
  private long openTasksOf(String role) {
    return jdbc.sql(
            "select count(*) from ACT_RU_TASK t where exists (select 1 from ACT_ID_MEMBERSHIP m"
                + " where m.USER_ID_ = t.ASSIGNEE_ and m.GROUP_ID_ = ?)"
                + " or (t.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK l"
                + " where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ = ?))")
        .params(role, role)
        .query(Long.class)
        .single();
  }
}
