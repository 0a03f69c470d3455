package com.deliverysupervision.catalogue;

import com.deliverysupervision.order.OperationRecords;
import com.deliverysupervision.process.ParseListeners;
import com.deliverysupervision.rules.EngineClock;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * REL-6, REL-7: a release review whose instance is cancelled (in Cockpit, or through Camunda's API)
 * ends its request as {@code CANCELLED} with the cancellation's reason, and the revision is a draft
 * again, in the same transaction. The product stayed "in review" for good before: its seller could
 * neither edit it nor submit it again, nor withdraw a request whose review no longer existed. A
 * withdrawal, which ends the request itself before deleting the review, is left as it is. Attached
 * as a built-in listener, which Cockpit's "skip custom listeners" does not skip.
 */
@Component
class ReleaseCancelledReturnsToDraft extends AbstractProcessEnginePlugin {
  private static final Logger log = LoggerFactory.getLogger(ReleaseCancelledReturnsToDraft.class);
  static final String CANCELLED = "CANCELLED";

  private final ProductRepository products;
  private final EngineClock clock;

  ReleaseCancelledReturnsToDraft(ProductRepository products, EngineClock clock) {
    this.products = products;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterParsing(
        configuration,
        ParseListeners.atEndOf(Set.of(ProductRelease.PROCESS_KEY), this::returnIfCancelled));
  }

  private void returnIfCancelled(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      return;
    }
    String reason = ((ExecutionEntity) execution).getDeleteReason();
    String cancelledBy = Context.getCommandContext().getAuthenticatedUserId();
    products
        .request(execution.getProcessInstanceId())
        .filter(
            request ->
                products.settle(
                    request.requestId(),
                    CANCELLED,
                    reason,
                    cancelledBy == null ? OperationRecords.SYSTEM : cancelledBy,
                    clock.now()))
        .ifPresent(
            request -> {
              products.setState(request.productId(), request.revision(), RevisionState.DRAFT);
              log.info(
                  "Release request {} of product {} cancelled ({}): revision {} is a draft again",
                  request.requestId(),
                  request.productId(),
                  reason,
                  request.revision());
            });
  }
}
