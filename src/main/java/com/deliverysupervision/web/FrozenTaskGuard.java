package com.deliverysupervision.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Answers a completion of a frozen task (SAAS-8, ALI-1: an appeal or dispute suspended its flow; or
 * an administrator suspended its process, a transfer's approvals with it) on Camunda's REST APIs
 * (EngineApiAnswers) with 409 and words a seller understands. Camunda itself refuses it too, but
 * its task resource answers that refusal with 500, as if the server had failed (ALL-3).
 */
@Component
class FrozenTaskGuard implements ContainerRequestFilter {
  private static final Pattern TASK_ACTION =
      Pattern.compile(
          EngineApiAnswers.ENGINE_PREFIX
              + "task/([^/]+)/(complete|submit-form|resolve|claim|assignee|delegate)$");

  private final TaskService taskService;

  FrozenTaskGuard(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Matcher action = TASK_ACTION.matcher(request.getUriInfo().getPath());
    if (!"POST".equals(request.getMethod()) || !action.matches()) {
      return;
    }
    // Queried as the caller: a task the caller may not see is left to Camunda's own answer.
    Task task = taskService.createTaskQuery().taskId(action.group(1)).singleResult();
    if (task != null && task.isSuspended()) {
      request.abortWith(
          Response.status(Response.Status.CONFLICT)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(
                  Map.of(
                      "type",
                      "FrozenFlow",
                      "message",
                      "Task "
                          + task.getName()
                          + " cannot be changed while it is suspended: an appeal or dispute froze"
                          + " the order's delivery until it is decided, or the marketplace"
                          + " suspended the process until it resumes it."))
              .build());
    }
  }
}
