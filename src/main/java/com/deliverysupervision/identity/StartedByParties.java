package com.deliverysupervision.identity;

import java.util.List;

/**
 * A process that sellers and customers start themselves, from Tasklist's "Start process" or
 * Camunda's REST API; its own first step checks that the starter may. Each such process contributes
 * one as a Spring bean; every other process is started by the application.
 */
public interface StartedByParties {
  String processKey();

  /** The groups whose members start it: sellers and customers, unless the process says. */
  default List<String> startedBy() {
    return List.of(Roles.SELLERS, Roles.CUSTOMERS);
  }
}
