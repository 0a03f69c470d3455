package com.deliverysupervision.web;

import com.deliverysupervision.identity.SystemCalls;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a user's completion of a task loses a race (the automatic confirmation fired, the other
 * party or operations acted at the same moment), Camunda rolls the loser back, which is right, but
 * its REST API answers 500 with the engine's internals (an optimistic-locking message, or worse).
 * This answers 409 with what happened instead (ALL-4): nothing of the submission was saved, the
 * task is gone or changed, reload it. A task that never existed is answered 404, as any unknown
 * thing. Camunda's 500s are answered so before its handlers log them as the server's failure
 * (UnknownIdsInPathAreNotFound#answerBeforeServerError), its other answers here.
 */
@Component
class LostRaceAnswer implements ContainerResponseFilter {
  private static final Logger log = LoggerFactory.getLogger(LostRaceAnswer.class);
  private static final Pattern TASK_COMPLETION =
      Pattern.compile(EngineApiAnswers.ENGINE_PREFIX + "task/([^/]+)/(complete|submit-form)$");
  private static final String OPTIMISTIC_LOCKING = "ENGINE-03005";

  private final TaskService taskService;
  private final HistoryService historyService;
  private final SystemCalls systemCalls;

  LostRaceAnswer(TaskService taskService, HistoryService historyService, SystemCalls systemCalls) {
    this.taskService = taskService;
    this.historyService = historyService;
    this.systemCalls = systemCalls;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String camundaMessage =
        response.getEntity() instanceof ExceptionDto error ? error.getMessage() : null;
    answer(request.getUriInfo().getPath(), response.getStatus(), camundaMessage)
        .ifPresent(
            answer ->
                JsonAnswer.replace(response, answer.status(), answer.type(), answer.message()));
  }

  /** The application's answer in place of Camunda's. */
  record Answer(Response.Status status, String type, String message) {}

  /**
   * The answer to a completion (the path within its API) that Camunda answered with the status and
   * message, if it lost a race or names no task; none for any other request or answer.
   */
  Optional<Answer> answer(String path, int status, String camundaMessage) {
    Matcher completion = TASK_COMPLETION.matcher(path);
    // A race lost to the automatic confirmation shows as 500, as 403 when the task's grants went
    // with it before the loser's check ran, or as 400 when the loser's checks read a half-ended
    // flow.
    boolean failed = status == 500 || status == 403 || status == 400;
    if (!failed || !completion.matches()) {
      return Optional.empty();
    }
    // Whether the task exists at all, not whether the caller may see it: a stranger's 403 stays
    // 403.
    boolean taskGone =
        systemCalls.run(() -> taskService.createTaskQuery().taskId(completion.group(1)).count())
            == 0;
    boolean lockingConflict =
        status == 500 && camundaMessage != null && camundaMessage.contains(OPTIMISTIC_LOCKING);
    String taskId = completion.group(1);
    if (taskGone && !everExisted(taskId)) {
      return Optional.of(
          new Answer(Response.Status.NOT_FOUND, "NotFound", "There is no task " + taskId + "."));
    }
    if (!taskGone && !lockingConflict) {
      return Optional.empty();
    }
    log.info(
        "Completion of task {} answered 409: the task was {} by another action at the same moment",
        taskId,
        taskGone ? "ended" : "changed");
    return Optional.of(
        new Answer(
            Response.Status.CONFLICT,
            "ConcurrentChange",
            (taskGone
                    ? "The task is no longer open: it was completed or ended"
                    : "The task was changed")
                + " by another action at the same moment (for example an automatic deadline);"
                + " nothing of your submission was saved. Reload to see where the order stands."));
  }

  /** A task that is gone was once open, so its history knows it; an ID never issued is unknown. */
  private boolean everExisted(String taskId) {
    return systemCalls.run(
            () -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).count())
        > 0;
  }
}
