package com.deliverysupervision.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Behaviour that the application attaches to diagrams as they are parsed, so that no diagram can
 * forget it and an analyst's diagram carries no plumbing.
 */
public final class ParseListeners {
  private ParseListeners() {}

  /** Runs {@code listener} on every diagram after Camunda's own parsing; for a plugin's preInit. */
  public static void addAfterParsing(
      ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    List<BpmnParseListener> extended =
        listeners == null ? new ArrayList<>() : new ArrayList<>(listeners);
    extended.add(listener);
    configuration.setCustomPostBPMNParseListeners(extended);
  }

  /**
   * Runs {@code listener} when an instance of one of the processes ends, whether it completed or
   * was cancelled. Attached as a built-in listener, which Cockpit's "skip custom listeners" does
   * not skip.
   */
  public static BpmnParseListener atEndOf(Set<String> processKeys, ExecutionListener listener) {
    return new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        if (processKeys.contains(definition.getKey())) {
          definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, listener);
        }
      }
    };
  }
}
