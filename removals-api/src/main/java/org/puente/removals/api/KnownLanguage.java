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
 * A language of {@link ReferenceCodes}. Only a code of the right shape (two or three small letters)
 * is looked up: the field's {@code @Pattern} already refuses any other.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownLanguage.Validator.class)
public @interface KnownLanguage {

  String message() default "must be a language of the service's reference data";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Whether the code is one the service knows. */
  final class Validator implements ConstraintValidator<KnownLanguage, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || !value.matches("[a-z]{2,3}") || ReferenceCodes.isLanguage(value);
    }
  }
}
