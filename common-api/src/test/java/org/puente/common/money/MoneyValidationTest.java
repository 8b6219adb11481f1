package org.puente.common.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests refuse negative amounts; the documented pattern admits the ones answers carry. */
class MoneyValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static List<String> messages(String amount) {
    Set<ConstraintViolation<Money>> violations =
        validator.validate(new Money(new BigDecimal(amount), "USD"));
    return violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).toList();
  }

  @Test
  void aNegativeAmountIsRefusedWithTheSameMessage() {
    assertEquals(List.of("amount must not be negative"), messages("-10.00"));
    assertEquals(List.of("amount must not be negative"), messages("-0.01"));
  }

  @Test
  void zeroAndPositiveAmountsPass() {
    assertEquals(List.of(), messages("0.00"));
    assertEquals(List.of(), messages("1250.00"));
  }

  @Test
  void tooManyDecimalsAreStillRefused() {
    assertEquals(List.of("amount at most 15 digits and 2 decimals"), messages("1.001"));
  }

  @Test
  void theDocumentedPatternAdmitsWhatAnswersCarry() throws NoSuchFieldException {
    Schema schema = Money.class.getDeclaredField("amount").getAnnotation(Schema.class);
    Pattern pattern = Pattern.compile(schema.pattern());
    for (String ok : List.of("-10.00", "0.00", "1250.00", "1", "123456789012345.99")) {
      assertTrue(pattern.matcher(ok).matches(), ok);
    }
    for (String bad : List.of("1.001", "1e3", "+1.00", "--1", "1234567890123456", "abc")) {
      assertTrue(!pattern.matcher(bad).matches(), bad);
    }
  }
}
