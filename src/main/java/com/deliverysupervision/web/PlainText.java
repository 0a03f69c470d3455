package com.deliverysupervision.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * Text a person wrote, of one or more lines ({@link TextRules}): a reason, a message. Null passes;
 * say {@code @NotBlank} where it is required.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
  /** One line (a name, an ID): no line breaks or tabs either. */
  boolean oneLine() default false;

  String message() default "is not plain text";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Says what is wrong in {@link TextRules}' words rather than the default message. */
  class Check implements ConstraintValidator<PlainText, String> {
    private boolean oneLine;

    @Override
    public void initialize(PlainText annotation) {
      oneLine = annotation.oneLine();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      Optional<String> problem = TextRules.problemWith(value, oneLine);
      problem.ifPresent(
          words -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(words).addConstraintViolation();
          });
      return problem.isEmpty();
    }
  }
}
