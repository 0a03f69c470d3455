package com.deliverysupervision;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DeliverySupervisionApplication {
  public static void main(String[] args) {
    SpringApplication.run(DeliverySupervisionApplication.class, args);
  }
}
