package com.deliverysupervision.web;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.Configurable;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The application's answers on Camunda's REST API where Camunda's own would be 500, or hide the
 * refusal, for a user's mistake or a lost race (ALL-3, ALL-4): a frozen task, a completion that
 * lost a race, a refused process start or file, a file without its name, a task, job, instance or
 * execution that does not exist, conditions that start nothing, a query's conditions the engine
 * cannot take, control characters in a request, a body longer than the limit. They hold on both of
 * its Jersey applications: {@code /engine-rest}, which other systems call (Spring Boot's, reached
 * by a {@link ResourceConfigCustomizer}), and the webapps' engine API {@code
 * /camunda/api/engine/engine/{name}/...}, which Tasklist calls. That one is Camunda's own servlet,
 * which no customizer reaches; Jersey adds to each application it starts the providers a servlet
 * context attribute names ({@link InWebapps}).
 */
@Component
class EngineApiAnswers implements ResourceConfigCustomizer, ServletContextInitializer {
  /** The webapps' engine API, and /engine-rest too, may name the engine before the resource. */
  static final String ENGINE_PREFIX = "^/?(?:engine/[^/]+/)?";

  private final FrozenTaskGuard frozenTaskGuard;
  private final LostRaceAnswer lostRaceAnswer;
  private final RefusalsAreBadRequests refusals;
  private final NamelessFilesRefused namelessFiles;
  private final EngineRefusalsAnswered engineRefusals;
  private final UnknownIdsInPathAreNotFound unknownIds;
  private final ControlCharactersRefused controlCharacters;
  private final OrQueriesOnlyInBodies orQueries;
  private final MissingThingsAreNoServerErrors missingThings;
  private final OversizedBodiesAnswered oversizedBodies;

  EngineApiAnswers(
      FrozenTaskGuard frozenTaskGuard,
      LostRaceAnswer lostRaceAnswer,
      RefusalsAreBadRequests refusals,
      NamelessFilesRefused namelessFiles,
      EngineRefusalsAnswered engineRefusals,
      UnknownIdsInPathAreNotFound unknownIds,
      ControlCharactersRefused controlCharacters,
      OrQueriesOnlyInBodies orQueries,
      MissingThingsAreNoServerErrors missingThings,
      OversizedBodiesAnswered oversizedBodies) {
    this.frozenTaskGuard = frozenTaskGuard;
    this.lostRaceAnswer = lostRaceAnswer;
    this.refusals = refusals;
    this.namelessFiles = namelessFiles;
    this.engineRefusals = engineRefusals;
    this.unknownIds = unknownIds;
    this.controlCharacters = controlCharacters;
    this.orQueries = orQueries;
    this.missingThings = missingThings;
    this.oversizedBodies = oversizedBodies;
  }

  @Override
  public void customize(ResourceConfig config) {
    registerIn(config);
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES, InWebapps.class.getName());
  }

  private void registerIn(Configurable<?> api) {
    api.register(frozenTaskGuard);
    api.register(lostRaceAnswer);
    api.register(refusals);
    api.register(namelessFiles);
    api.register(engineRefusals);
    api.register(unknownIds);
    api.register(controlCharacters);
    api.register(orQueries);
    api.register(missingThings);
    api.register(oversizedBodies);
  }

  /**
   * Created by Jersey for each of the webapps' applications (their paths leave the answers idle
   * outside the engine API); it registers the application's beans.
   */
  public static final class InWebapps implements Feature {
    @Context private ServletContext servletContext;

    @Override
    public boolean configure(FeatureContext context) {
      WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
          .getBean(EngineApiAnswers.class)
          .registerIn(context);
      return true;
    }
  }
}
