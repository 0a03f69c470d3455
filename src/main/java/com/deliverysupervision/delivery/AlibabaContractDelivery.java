package com.deliverysupervision.delivery;

import org.springframework.stereotype.Component;

/**
 * Alibaba Cloud Marketplace's delivery with a signed contract (ALI-4), {@code
 * bpmn/alibaba-contract-delivery.bpmn}: the seller uploads the signed contract before delivering,
 * the customer reads it when confirming. The basic steps keep {@link AlibabaBasicDelivery}'s ids
 * and variables.
 */
@Component
public class AlibabaContractDelivery implements AlibabaDeliveryCenter {
  public static final String PROCESS_KEY = "alibaba-contract-delivery";

  public static final String TASK_UPLOAD_CONTRACT = "Task_UploadContract";
  public static final String END_DELIVERY_COMPLETED = "EndEvent_DeliveryCompleted";

  /** The signed contract, a file variable (forms/alibaba-upload-contract.html). */
  public static final String CONTRACT = "contract";

  /** ALI-4: the largest contract accepted, as the form's cam-max-filesize says. */
  public static final int MAX_CONTRACT_BYTES = 5 * 1024 * 1024;

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }
}
