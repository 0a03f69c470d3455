package com.deliverysupervision.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.form.FormDefinition;

/**
 * The form a user task or a start event references: a Camunda Form's id, or an embedded form's
 * resource name. The server reads it from the deployment of the element's diagram, so it validates
 * against the form the diagram was deployed with; a diagram referencing its form otherwise is
 * refused at deployment.
 */
public final class FormReferences {
  private static final String EMBEDDED_FROM_DEPLOYMENT = "embedded:deployment:";

  private FormReferences() {}

  public static Optional<String> of(FormDefinition form, String elementId) {
    if (form == null) {
      return Optional.empty();
    }
    Expression formRef = form.getCamundaFormDefinitionKey();
    if (formRef != null) {
      if (!"deployment".equals(form.getCamundaFormDefinitionBinding())) {
        throw new IllegalStateException(
            elementId + " must reference its form with camunda:formRefBinding=\"deployment\"");
      }
      return Optional.of(formRef.getExpressionText());
    }
    Expression formKey = form.getFormKey();
    if (formKey != null) {
      if (!formKey.getExpressionText().startsWith(EMBEDDED_FROM_DEPLOYMENT)) {
        throw new IllegalStateException(
            elementId
                + " must reference an embedded form as "
                + EMBEDDED_FROM_DEPLOYMENT
                + "forms/<name>.html");
      }
      return Optional.of(formKey.getExpressionText().substring(EMBEDDED_FROM_DEPLOYMENT.length()));
    }
    return Optional.empty();
  }
}
