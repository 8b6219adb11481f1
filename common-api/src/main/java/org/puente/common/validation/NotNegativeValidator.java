package org.puente.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link NotNegative}: {@code null} or a decimal at or above zero. */
public class NotNegativeValidator implements ConstraintValidator<NotNegative, BigDecimal> {

  @Override
  public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
    return value == null || value.signum() >= 0;
  }
}
