package com.deliverysupervision.transfer;

import com.deliverysupervision.process.ParseListeners;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A transfer whose instance an administrator cancels (Cockpit, the REST API) ends as CANCELLED,
 * with the cancellation's reason, and frees its entitlement for the next transfer; nothing changes
 * on the entitlement (GCP-5). Attached as a built-in listener, which Cockpit's "skip custom
 * listeners" does not skip.
 */
@Component
class TransferCancelled extends AbstractProcessEnginePlugin {
  private final TransferOutcome outcome;

  // Lazy: the outcome's repository is not needed to build the engine.
  TransferCancelled(@Lazy TransferOutcome outcome) {
    this.outcome = outcome;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterParsing(
        configuration,
        ParseListeners.atEndOf(Set.of(EntitlementTransfer.PROCESS_KEY), this::endIfCancelled));
  }

  private void endIfCancelled(DelegateExecution execution) {
    if (execution.isCanceled()) {
      outcome.cancelled(execution, ((ExecutionEntity) execution).getDeleteReason());
    }
  }
}
