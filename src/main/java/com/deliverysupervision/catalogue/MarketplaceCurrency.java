package com.deliverysupervision.catalogue;

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
 * A currency orders, bills and settlements can be kept in ({@link Currencies}, REL-1, ALL-3). Null
 * passes.
 */
@Documented
@Constraint(validatedBy = MarketplaceCurrency.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface MarketplaceCurrency {
  String message() default "must be an ISO 4217 code such as USD";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Says what is wrong in {@link Currencies}' words rather than the default message. */
  class Check implements ConstraintValidator<MarketplaceCurrency, String> {
    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
      Optional<String> problem = code == null ? Optional.empty() : Currencies.problemWith(code);
      problem.ifPresent(
          words -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(words).addConstraintViolation();
          });
      return problem.isEmpty();
    }
  }
}
