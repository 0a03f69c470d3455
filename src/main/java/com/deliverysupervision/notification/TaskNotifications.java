package com.deliverysupervision.notification;

import com.deliverysupervision.process.ParseListeners;
import java.text.SimpleDateFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * ALL-5: every new task of every diagram tells its assignee, or the members of its candidate
 * groups, what is asked, for which order, by when, with a link that opens it in Tasklist. Attached
 * to each user task as it is parsed, as a built-in listener.
 */
@Component
class TaskNotifications extends AbstractProcessEnginePlugin {
  static final String MESSAGE = "taskCreated";

  private final Notifications notifications;
  private final Recipients recipients;

  // Lazy: both need the engine that this plugin helps to build.
  TaskNotifications(@Lazy Notifications notifications, @Lazy Recipients recipients) {
    this.notifications = notifications;
    this.recipients = recipients;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener listener = this::tell;
    ParseListeners.addAfterParsing(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
          }
        });
  }

  private void tell(DelegateTask task) {
    List<String> to =
        task.getAssignee() != null
            ? List.of(task.getAssignee())
            : recipients.membersOf(
                task.getCandidates().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .map(link -> link.getGroupId())
                    .filter(Objects::nonNull)
                    .toList());
    // Only what the template shows: reading all the task's variables would load its files too.
    // Read where they live, the process: asking a task created in this very command would query
    // the database for the task's own variables first, on every new task.
    VariableScope scope = task.getExecution() != null ? task.getExecution() : task;
    Map<String, Object> model = new HashMap<>();
    for (String variable :
        List.of("orderId", "productId", "specification", "productName", "entitlementId")) {
      model.put(variable, scope.getVariable(variable));
    }
    String link = TasklistLinks.task(task.getId());
    model.put("taskName", task.getName());
    if (task.getDueDate() != null) {
      model.put(
          "dueDate", new SimpleDateFormat("yyyy-MM-dd HH:mm 'UTC'Z").format(task.getDueDate()));
    }
    notifications.tell(
        "task:" + task.getId(), to, MESSAGE, model, (String) model.get("orderId"), link);
  }
}
