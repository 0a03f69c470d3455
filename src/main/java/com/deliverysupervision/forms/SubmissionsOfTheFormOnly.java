package com.deliverysupervision.forms;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.identity.SystemCalls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * ALL-2, ALL-3: a user submits what the task's form asks, and nothing else. Camunda's REST API lets
 * a completion carry any variable, and so set what the process keeps for itself: a seller who sent
 * {@code sellerMayAppeal} with its acceptance of a request could appeal at once (SAAS-6, SAAS-7). A
 * completion or form submission naming a variable its form does not name is refused with 400 before
 * anything runs. The form's read-only fields may come back as Tasklist shows them; a changed order
 * fact is refused by the completion's own checks. Marketplace administrators, who repair things by
 * hand, are not limited; the application's own Java calls do not pass here.
 */
@Component
class SubmissionsOfTheFormOnly implements ContainerRequestFilter, ResourceConfigCustomizer {
  private static final Pattern TASK_SUBMISSION =
      Pattern.compile("^/?task/([^/]+)/(complete|submit-form|resolve)$");
  private static final String EMBEDDED_FROM_DEPLOYMENT = "embedded:deployment:";

  private final IdentityService identityService;
  private final TaskService taskService;
  private final SystemCalls systemCalls;
  private final DeployedForms deployedForms;
  private final ProcessEngine engine;
  private final ObjectMapper mapper;

  SubmissionsOfTheFormOnly(
      IdentityService identityService,
      TaskService taskService,
      SystemCalls systemCalls,
      DeployedForms deployedForms,
      ProcessEngine engine,
      ObjectMapper mapper) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.systemCalls = systemCalls;
    this.deployedForms = deployedForms;
    this.engine = engine;
    this.mapper = mapper;
  }

  @Override
  public void customize(ResourceConfig config) {
    config.register(this);
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Matcher submission = TASK_SUBMISSION.matcher(request.getUriInfo().getPath());
    if (!"POST".equals(request.getMethod()) || !submission.matches()) {
      return;
    }
    if (identityService.getCurrentAuthentication() == null
        || CurrentUser.of(identityService).isIn(Roles.MARKETPLACE_ADMINS)) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    List<String> sent = variablesIn(body);
    if (sent.isEmpty()) {
      return;
    }
    // A task that is not there, or not the caller's, is left to Camunda's own answer.
    Task task =
        systemCalls.run(
            () ->
                taskService
                    .createTaskQuery()
                    .taskId(submission.group(1))
                    .initializeFormKeys()
                    .singleResult());
    if (task == null) {
      return;
    }
    Set<String> named = namedByFormOf(task);
    Set<String> foreign = new TreeSet<>(sent);
    foreign.removeAll(named);
    if (!foreign.isEmpty()) {
      request.abortWith(
          Response.status(Response.Status.BAD_REQUEST)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(
                  Map.of(
                      "type",
                      "InvalidRequestException",
                      "message",
                      task.getName()
                          + " cannot be completed: "
                          + String.join(", ", foreign)
                          + (foreign.size() == 1 ? " is" : " are")
                          + " not on its form, which names "
                          + String.join(", ", new TreeSet<>(named))
                          + "."))
              .build());
    }
  }

  private List<String> variablesIn(byte[] body) {
    List<String> names = new ArrayList<>();
    try {
      JsonNode variables = mapper.readTree(body).path("variables");
      variables.fieldNames().forEachRemaining(names::add);
    } catch (IOException notJson) {
      // Left to Camunda, which answers a body it cannot read with 400.
    }
    return names;
  }

  private Set<String> namedByFormOf(Task task) {
    String formId =
        task.getCamundaFormRef() != null
            ? task.getCamundaFormRef().getKey()
            : task.getFormKey() != null && task.getFormKey().startsWith(EMBEDDED_FROM_DEPLOYMENT)
                ? task.getFormKey().substring(EMBEDDED_FROM_DEPLOYMENT.length())
                : null;
    if (formId == null) {
      return Set.of();
    }
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(context -> deployedForms.find(task.getProcessDefinitionId(), formId).names());
  }
}
