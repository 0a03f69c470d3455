package com.deliverysupervision.web;

import com.deliverysupervision.identity.SystemCalls;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * ALL-3: a request on a task, job, process instance or execution that does not exist (it ended a
 * moment ago, or the ID has a typo) is answered 404 with what is missing. Camunda answers many such
 * requests with 500 and its internals, as if the server had failed: claiming a task, reading its
 * form, setting a variable, a job's retries or due date, modifying an instance. ALL-2: one the
 * caller may not read is answered the same, word for word: Camunda's 403 for it, against its own
 * 404 for one that does not exist, told a stranger which IDs (time-based, so near its own) are
 * another party's tasks or jobs. Only a 500, 400, 403 or 404 is looked at, so the check costs
 * nothing on a request that succeeds; a 500 on something that exists stays a 500, and a 400 or 403
 * on something the caller may read (a task it may see but not complete) stays as it is.
 */
@Component
// Response filters run from the highest priority down: after LostRaceAnswer, which answers a
// completion of a task that ended a moment ago 409, not 404.
@Priority(Priorities.USER - 100)
class UnknownIdsInPathAreNotFound implements ContainerRequestFilter, ContainerResponseFilter {
  private static final Logger log = LoggerFactory.getLogger(UnknownIdsInPathAreNotFound.class);
  private static final String NOT_FOUND = "NotFound";

  /**
   * The request's path within its API, kept for the exception mappers, which see neither the
   * request nor, the same mapper serving both APIs, which API's root to strip from its URI.
   */
  private static final String PATH_IN_API = UnknownIdsInPathAreNotFound.class.getName() + ".path";

  /** The resource, its ID, and what the request does to it (nothing: the resource itself). */
  private static final Pattern ON_ONE =
      Pattern.compile(
          EngineApiAnswers.ENGINE_PREFIX + "(task|job|process-instance|execution)/([^/]+)(/.+)?$");

  /**
   * What follows these resources' names and is no ID: the paths of Camunda's TaskRestService,
   * ProcessInstanceRestService, JobRestService and ExecutionRestService beside {@code /{id}}.
   */
  private static final Set<String> COLLECTION_PATHS =
      Set.of(
          "count",
          "create",
          "report",
          "delete",
          "delete-historic-query-based",
          "job-retries",
          "job-retries-historic-query-based",
          "message-async",
          "suspended",
          "suspended-async",
          "variables-async",
          "retries");

  private record Kind(String noun, ToLongFunction<String> count) {}

  private final Map<String, Kind> kinds;
  private final SystemCalls systemCalls;
  private final LostRaceAnswer lostRace;

  UnknownIdsInPathAreNotFound(
      TaskService tasks,
      ManagementService jobs,
      RuntimeService runtime,
      SystemCalls systemCalls,
      LostRaceAnswer lostRace) {
    this.systemCalls = systemCalls;
    this.lostRace = lostRace;
    this.kinds =
        Map.of(
            "task",
            new Kind("task", id -> tasks.createTaskQuery().taskId(id).count()),
            "job",
            new Kind("job", id -> jobs.createJobQuery().jobId(id).count()),
            "process-instance",
            new Kind(
                "process instance",
                id -> runtime.createProcessInstanceQuery().processInstanceId(id).count()),
            "execution",
            new Kind("execution", id -> runtime.createExecutionQuery().executionId(id).count()));
  }

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(PATH_IN_API, request.getUriInfo().getPath());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if (status != Response.Status.INTERNAL_SERVER_ERROR.getStatusCode()
        && status != Response.Status.FORBIDDEN.getStatusCode()
        && status != Response.Status.BAD_REQUEST.getStatusCode()
        && status != Response.Status.NOT_FOUND.getStatusCode()) {
      return;
    }
    String path = request.getUriInfo().getPath();
    Optional<String> missing =
        switch (status) {
          case 500 -> missingToAnyone(path, request.getMethod());
          // Queried as the caller: one it may not read is missing to it (ALL-2). Camunda answers
          // some requests on one it may not read with 400 ("Cannot get form for task ..."), and
          // one that does not exist with 404, which a missing variable of one that does gets too.
          default -> missing(path, request.getMethod(), Supplier::get);
        };
    missing.ifPresent(
        thing -> {
          // Camunda's own 404 only gets the application's words: no change worth a line.
          if (status != Response.Status.NOT_FOUND.getStatusCode()) {
            log.info(
                "{} {} answered 404 instead of Camunda's {}: there is no {} to its caller",
                request.getMethod(),
                path,
                status,
                thing);
          }
          JsonAnswer.replace(response, Response.Status.NOT_FOUND, NOT_FOUND, notFound(thing));
        });
  }

  /**
   * Before Camunda's handlers answer an exception with 500, and log it as the server's failure: the
   * answer to the current request if it is the caller's doing, not the server's: a completion that
   * lost a race (409), or a request whose path names a task, job, instance or execution that does
   * not exist for anyone (404; what exists but the caller may not read is answered after them,
   * above).
   */
  Optional<Response> answerBeforeServerError(Throwable failure) {
    if (ExceptionHandlerHelper.getInstance().getStatus(failure)
            != Response.Status.INTERNAL_SERVER_ERROR
        || !(RequestContextHolder.getRequestAttributes()
            instanceof ServletRequestAttributes current)) {
      return Optional.empty();
    }
    HttpServletRequest request = current.getRequest();
    if (!(request.getAttribute(PATH_IN_API) instanceof String path)) {
      return Optional.empty();
    }
    // A completion of a task that ended a moment ago lost a race (409), one that never was is
    // missing (404): LostRaceAnswer tells them apart; it answers nothing else.
    Optional<LostRaceAnswer.Answer> race = lostRace.answer(path, 500, failure.getMessage());
    if (race.isPresent()) {
      return race.map(answer -> JsonAnswer.of(answer.status(), answer.type(), answer.message()));
    }
    return missingToAnyone(path, request.getMethod())
        .map(
            thing -> {
              log.info(
                  "{} {} answered 404: there is no {}",
                  request.getMethod(),
                  request.getRequestURI(),
                  thing);
              return JsonAnswer.of(Response.Status.NOT_FOUND, NOT_FOUND, notFound(thing));
            });
  }

  private Optional<String> missingToAnyone(String path, String method) {
    return missing(path, method, systemCalls::run);
  }

  /**
   * The thing the request's path names ("task 42"), if it names one and the count, made as the
   * caller or on the system's behalf, finds none.
   */
  private Optional<String> missing(
      String path, String method, Function<Supplier<Long>, Long> countedAs) {
    Matcher one = ON_ONE.matcher(path);
    if (!one.matches() || !namesOne(one, method)) {
      return Optional.empty();
    }
    Kind kind = kinds.get(one.group(1));
    String id = one.group(2);
    return countedAs.apply(() -> kind.count().applyAsLong(id)) == 0
        ? Optional.of(kind.noun() + " " + id)
        : Optional.empty();
  }

  private static String notFound(String thing) {
    return "There is no " + thing + ".";
  }

  /**
   * {@code job/{id}/retries} names one job; {@code PUT job/suspended}, {@code GET task/count} or
   * {@code POST task/create} name none, and only reading or deleting {@code task/{id}} does.
   */
  private static boolean namesOne(Matcher path, String method) {
    return !COLLECTION_PATHS.contains(path.group(2))
        && (path.group(3) != null
            || HttpMethod.GET.equals(method)
            || HttpMethod.DELETE.equals(method));
  }
}
