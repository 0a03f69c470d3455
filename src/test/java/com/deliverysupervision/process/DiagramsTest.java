package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.order.OrderVariables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What an analyst opening a diagram of bpmn/ in Camunda Modeler can rely on. */
class DiagramsTest {
  private static final String RULE_ID = "\\b(ALI|SAAS|LIC|REL|GCP|ALL)-\\d+";

  static Stream<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      List<Path> bpmn = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(bpmn).isNotEmpty();
      return bpmn.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  @DisplayName(
      "ALL-1 every timer is a configured ${bean.setting} expression or a period or date the order carries (ALI-3 the warranty, REL-3 the end of the delivery period), never a literal")
  void timersReadConfiguration(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      String definition =
          Stream.of(timer.getTimeDuration(), timer.getTimeDate(), timer.getTimeCycle())
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElseThrow()
              .getTextContent()
              .trim();
      assertThat(definition)
          .as("timer in %s", file)
          .matches(
              "\\$\\{\\w+\\.\\w+}|\\$\\{("
                  + OrderVariables.WARRANTY_PERIOD
                  + "|"
                  + OrderVariables.DELIVERY_DUE_AT
                  + ")}");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  @DisplayName(
      "Every diagram is laid out, named, has a history time to live and is named after its process")
  void diagramsAreComplete(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();

    List<String> shapes =
        referenced(
            model.getModelElementsByType(BpmnShape.class).stream()
                .map(BpmnShape::getBpmnElement)
                .toList());
    List<String> edges =
        referenced(
            model.getModelElementsByType(BpmnEdge.class).stream()
                .map(BpmnEdge::getBpmnElement)
                .toList());
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shapes).as("shape of %s", node.getId()).contains(node.getId());
      assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
      assertThat(node.getDocumentations()).as("documentation of %s", node.getId()).isNotEmpty();
      assertThat(node.getDocumentations().iterator().next().getTextContent())
          .as("rule ids in the documentation of %s", node.getId())
          .containsPattern(RULE_ID);
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).as("edge of %s", flow.getId()).contains(flow.getId());
      if (flow.getConditionExpression() != null) {
        assertThat(flow.getName()).as("name of the condition of %s", flow.getId()).isNotBlank();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  @DisplayName("Every user task has a form in forms/ and names its rule ids in its documentation")
  void userTasksHaveFormsAndRules(Path file) {
    Collection<UserTask> tasks =
        Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class);
    for (UserTask task : tasks) {
      Path form =
          task.getCamundaFormRef() != null
              ? Path.of("forms", task.getCamundaFormRef() + ".form")
              : Path.of(task.getCamundaFormKey().replaceFirst("^embedded:deployment:", ""));
      assertThat(form).as("form of %s", task.getId()).exists();
      assertThat(task.getDocumentations().iterator().next().getTextContent())
          .as("rule ids of %s", task.getId())
          .containsPattern(RULE_ID);
    }
  }

  private static List<String> referenced(List<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).toList();
  }
}
