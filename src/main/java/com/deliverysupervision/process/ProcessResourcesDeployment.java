package com.deliverysupervision.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the diagrams of {@code bpmn/} and the forms of {@code forms/} (Camunda Forms and embedded
 * HTML forms) as the engine starts, in one deployment, under names relative to the classpath root
 * ({@code bpmn/x.bpmn}, {@code forms/y.html}); an embedded form with the parts it includes in place
 * ({@link FormParts}).
 *
 * <p>The starter's own auto-deployment (switched off in application.yaml) names a resource by its
 * absolute path when the classes are a folder and by its file name in a jar: an embedded form could
 * then not be referenced as {@code embedded:deployment:forms/y.html}, and a checkout in another
 * folder would count as a change and deploy everything again.
 */
@Component
class ProcessResourcesDeployment extends AbstractProcessEnginePlugin {
  static final String DEPLOYMENT_NAME = "delivery-supervision";
  private static final Logger log = LoggerFactory.getLogger(ProcessResourcesDeployment.class);
  private static final List<String> FOLDERS = List.of("bpmn", "forms");

  private final PathMatchingResourcePatternResolver resolver =
      new PathMatchingResourcePatternResolver();

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DeploymentBuilder deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_NAME)
            // Unchanged files deploy nothing; one changed file deploys all, so that a diagram
            // always finds the forms it was deployed with (formRefBinding="deployment").
            .enableDuplicateFiltering(false);
    List<String> names = new ArrayList<>();
    for (String folder : FOLDERS) {
      for (Resource resource : resources(folder)) {
        String name = relativeName(folder, resource);
        if (name.startsWith("forms/" + FormParts.FOLDER)) {
          continue;
        }
        names.add(name);
        if (name.endsWith(".html")) {
          deployment.addString(
              name, FormParts.expand(read(name, resource), part -> partOf(name, part)));
        } else {
          try (InputStream content = resource.getInputStream()) {
            deployment.addInputStream(name, content);
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + " to deploy it", e);
          }
        }
      }
    }
    Deployment deployed = deployment.deploy();
    log.info("Deployment {} holds {}", deployed.getId(), names);
  }

  private String partOf(String form, String part) {
    Resource resource = resolver.getResource("classpath:forms/" + part);
    if (!resource.exists()) {
      throw new IllegalStateException(form + " includes " + part + ", which is not in forms/");
    }
    return read(part, resource);
  }

  private static String read(String name, Resource resource) {
    try {
      return resource.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name + " to deploy it", e);
    }
  }

  private Resource[] resources(String folder) {
    try {
      return resolver.getResources("classpath*:" + folder + "/**/*.*");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + "/ on the classpath", e);
    }
  }

  private static String relativeName(String folder, Resource resource) {
    try {
      String url = resource.getURL().toString();
      return url.substring(url.lastIndexOf("/" + folder + "/") + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
