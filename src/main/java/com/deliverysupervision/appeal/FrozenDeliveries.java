package com.deliverysupervision.appeal;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.PostCommandInterceptors;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.AbstractSetStateCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * SAAS-8, ALI-1: the deliveries an open appeal or dispute froze, for the checks that keep them
 * frozen until its decision ({@link FrozenDeliveriesResumeByDecision}, {@link
 * FrozenTimersWaitForTheDecision}).
 */
final class FrozenDeliveries {
  static final String REFUSAL =
      "This delivery is frozen by an open appeal or dispute: it goes on with the decision on it"
          + " (\"Decide on the appeal or dispute\" in Tasklist), not by activating it or its timers.";
  static final String LATER_REFUSAL =
      "An activation with the instances or jobs is not scheduled for later: a delivery an open appeal"
          + " or dispute freezes by then would resume without the decision. Activate them when the"
          + " time comes.";
  private static final Field WITH_SUB_RESOURCES =
      CommandFields.of(AbstractSetStateCmd.class, "includeSubResources");
  private static final Field LATER = CommandFields.of(AbstractSetStateCmd.class, "executionDate");

  private FrozenDeliveries() {}

  /**
   * Whether the activation takes sub-resources (instances, jobs); refused as a user's command when
   * it is scheduled for later.
   */
  static boolean withSubResources(AbstractSetStateCmd activation) {
    boolean with = (boolean) CommandFields.read(WITH_SUB_RESOURCES, activation);
    if (with
        && CommandFields.read(LATER, activation) != null
        && PostCommandInterceptors.isUsersOwn(Context.getCommandContext())) {
      throw new BadUserRequestException(LATER_REFUSAL);
    }
    return with;
  }

  /**
   * Refuses a logged-in user's command if it takes one of the frozen deliveries (given by their
   * instance ids; checked on the engine's behalf, as the user need not see them all).
   */
  static void refuseIf(Predicate<Set<String>> takesFrozen) {
    CommandContext context = Context.getCommandContext();
    if (!PostCommandInterceptors.isUsersOwn(context)) {
      return;
    }
    boolean refused =
        context.runWithoutAuthorization(
            () -> {
              Set<String> frozen =
                  context
                      .getProcessEngineConfiguration()
                      .getRuntimeService()
                      .createVariableInstanceQuery()
                      .variableName(DeliveryAppeal.SUPERVISION_INSTANCE_ID)
                      .list()
                      .stream()
                      .map(variable -> (String) variable.getValue())
                      .collect(Collectors.toSet());
              return !frozen.isEmpty() && takesFrozen.test(frozen);
            });
    if (refused) {
      throw new BadUserRequestException(REFUSAL);
    }
  }
}
