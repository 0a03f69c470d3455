package com.deliverysupervision.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A job query (Cockpit, {@code GET /engine-rest/job}, {@code .../job/count}, the Java API) that
 * combines filters Camunda's SQL cannot combine is refused with 400 saying which, not run: its
 * mapper ({@code Job.xml}) writes the job's ID, IDs, job definition, activity and instances without
 * an {@code and}, so that two of them, or the instances after any other ID filter, were a syntax
 * error the REST API answered with 500. A batch's job query (setting jobs' retries) is refused
 * alike: Camunda runs it as a command of its own, which passes the interceptor.
 */
@Component
class ClashingJobFiltersRefused extends AbstractProcessEnginePlugin {
  private static final Logger log = LoggerFactory.getLogger(ClashingJobFiltersRefused.class);

  /** The filters the mapper writes without an {@code and}, by their REST parameters' names. */
  private static final Map<String, Field> WITHOUT_AND = new LinkedHashMap<>();

  /** What may not come before the instances' filter, the one that comes after all the others. */
  private static final Map<String, Field> BEFORE_INSTANCES = new LinkedHashMap<>();

  private static final Field INSTANCES = CommandFields.of(JobQueryImpl.class, "processInstanceIds");

  static {
    WITHOUT_AND.put("jobId", CommandFields.of(JobQueryImpl.class, "id"));
    WITHOUT_AND.put("jobIds", CommandFields.of(JobQueryImpl.class, "ids"));
    WITHOUT_AND.put("jobDefinitionId", CommandFields.of(JobQueryImpl.class, "jobDefinitionId"));
    WITHOUT_AND.put("activityId", CommandFields.of(JobQueryImpl.class, "activityId"));
    BEFORE_INSTANCES.putAll(WITHOUT_AND);
    BEFORE_INSTANCES.put(
        "rootProcessInstanceId", CommandFields.of(JobQueryImpl.class, "rootProcessInstanceId"));
    BEFORE_INSTANCES.put(
        "processInstanceId", CommandFields.of(JobQueryImpl.class, "processInstanceId"));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PreCommandInterceptors.check(
        configuration,
        command -> {
          if (command instanceof JobQueryImpl query) {
            refuseClashes(query);
          }
        });
  }

  private static void refuseClashes(JobQueryImpl query) {
    List<String> withoutAnd = given(WITHOUT_AND, query);
    if (withoutAnd.size() > 1) {
      throw clash(withoutAnd);
    }
    if (isGiven(INSTANCES, query)) {
      List<String> beforeInstances = given(BEFORE_INSTANCES, query);
      if (!beforeInstances.isEmpty()) {
        beforeInstances.add("processInstanceIds");
        throw clash(beforeInstances);
      }
    }
  }

  private static List<String> given(Map<String, Field> filters, JobQueryImpl query) {
    List<String> given = new ArrayList<>();
    filters.forEach(
        (name, field) -> {
          if (isGiven(field, query)) {
            given.add(name);
          }
        });
    return given;
  }

  private static boolean isGiven(Field field, JobQueryImpl query) {
    Object value = CommandFields.read(field, query);
    return value instanceof Collection<?> values ? !values.isEmpty() : value != null;
  }

  private static BadUserRequestException clash(List<String> filters) {
    log.info("Job query refused: Camunda's SQL cannot combine {}", filters);
    return new BadUserRequestException(
        "A job query cannot combine "
            + String.join(", ", filters)
            + ": give one of them, and match the others in the answer.");
  }
}
