package org.puente.common.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The decimal must not be below zero ({@code null} is valid: pair with {@code @NotNull}).
 *
 * <p>Unlike {@code @DecimalMin("0")} it adds nothing to the OpenAPI schema: an amount is documented
 * as a decimal string, and a numeric {@code minimum} on a string schema is wrong. It also leaves
 * the schema open to negative values, which answers (a ledger's de-obligations) carry.
 */
@Documented
@Constraint(validatedBy = NotNegativeValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NotNegative {

  String message() default "must not be negative";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
