package com.deliverysupervision.identity;

/**
 * A process that sellers and customers start themselves, from Tasklist's "Start process" or
 * Camunda's REST API; its own first step checks that the starter may. Each such process contributes
 * one as a Spring bean; every other process is started by the application.
 */
public interface StartedByParties {
  String processKey();
}
