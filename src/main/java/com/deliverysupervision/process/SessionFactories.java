package com.deliverysupervision.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;

/**
 * Replaces one of Camunda's entity managers (authorizations, comments, ...) by a subclass: the
 * engine asks its session factories for a manager by the manager's type, and a custom factory for
 * that type wins over the built-in one. Call from a plugin's {@code preInit}.
 */
public final class SessionFactories {
  private SessionFactories() {}

  public static <T extends Session> void replace(
      ProcessEngineConfigurationImpl configuration,
      Class<T> managerType,
      Class<? extends T> replacement) {
    List<SessionFactory> factories =
        configuration.getCustomSessionFactories() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(
        new GenericManagerFactory(replacement) {
          @Override
          public Class<?> getSessionType() {
            return managerType;
          }
        });
    configuration.setCustomSessionFactories(factories);
  }
}
