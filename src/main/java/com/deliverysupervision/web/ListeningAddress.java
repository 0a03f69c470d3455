package com.deliverysupervision.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start where the application listens, with the port it really got (server.port=0 picks a
 * free one), and where its web applications and API description are.
 */
@Component
class ListeningAddress {
  private static final Logger log = LoggerFactory.getLogger(ListeningAddress.class);

  private final String address;

  ListeningAddress(@Value("${server.address:}") String address) {
    // Without server.address the server listens on every interface: localhost is one of them.
    this.address = address.isBlank() ? "localhost" : address;
  }

  @EventListener
  void started(ServletWebServerInitializedEvent event) {
    String base = "http://" + address + ":" + event.getWebServer().getPort();
    log.info(
        "Delivery Supervision listens on {}/ : Tasklist {}/camunda/app/tasklist/, Cockpit"
            + " {}/camunda/app/cockpit/, API description {}/swagger-ui.html",
        base,
        base,
        base,
        base);
  }
}
