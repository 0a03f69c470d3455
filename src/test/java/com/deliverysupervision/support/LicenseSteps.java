package com.deliverysupervision.support;

import com.deliverysupervision.license.LicenseDelivery;
import com.deliverysupervision.order.Order;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The steps of the current license delivery, each completed as Tasklist would. */
@Component
public class LicenseSteps {
  private final TaskService taskService;

  LicenseSteps(TaskService taskService) {
    this.taskService = taskService;
  }

  /** Request, acceptance, proof and the customer's acceptance: the order is COMPLETED. */
  public void runToCompletion(Order order) {
    complete(order, Map.of("serviceRequest", "Licenses for the finance team."));
    complete(order, Map.of("requestDecision", "accept"));
    complete(
        order,
        Map.of(
            LicenseDelivery.DELIVERY_CONTENT,
            "License key sent.",
            LicenseDelivery.STATEMENT_OF_WORK,
            SampleFiles.named("statement-of-work.pdf", 2_000)));
    complete(order, Map.of("deliveryDecision", "accept"));
  }

  private void complete(Order order, Map<String, Object> variables) {
    String task =
        taskService
            .createTaskQuery()
            .processInstanceId(order.processInstanceId())
            .singleResult()
            .getId();
    taskService.complete(task, variables);
  }
}
