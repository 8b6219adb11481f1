package org.puente.removals.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A country of {@link ReferenceCodes}. Only a code of the right shape (two capitals) is looked up:
 * the field's {@code @Pattern} already refuses any other, and one reason per mistake is enough.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCountry.Validator.class)
public @interface KnownCountry {

  String message() default "must be a country of the service's reference data";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Whether the code is one the service knows. */
  final class Validator implements ConstraintValidator<KnownCountry, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || !value.matches("[A-Z]{2}") || ReferenceCodes.isCountry(value);
    }
  }
}
