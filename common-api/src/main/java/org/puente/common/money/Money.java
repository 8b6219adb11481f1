package org.puente.common.money;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.validation.NotNegative;

/**
 * An amount of money: a decimal string with at most two decimals and an ISO 4217 currency, e.g.
 * {@code {"amount": "123.45", "currency": "USD"}}. Never a binary floating point number.
 *
 * <p>Requests refuse negative amounts ({@link NotNegative}, a 400 "must not be negative"); answers
 * may carry them: a ledger shows de-obligations and reversals as {@code "-10.00"}. So the
 * documented pattern admits a sign, and no numeric {@code minimum} is put on the string.
 */
@Schema(
    description =
        "Money as a decimal string and an ISO 4217 currency. Requests refuse negative amounts;"
            + " answers may be negative (ledger entries: de-obligations, reversals).")
public record Money(
    @NotNull
        @NotNegative
        @Digits(integer = 15, fraction = 2, message = "at most 15 digits and 2 decimals")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @JsonDeserialize(using = PlainDecimalDeserializer.class)
        @Schema(
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            description =
                "Decimal string, at most 15 digits and 2 decimals. Not negative in requests;"
                    + " negative in answers where money flows back (ledger).",
            pattern = "^-?\\d{1,15}(\\.\\d{1,2})?$",
            examples = "1250.00")
        BigDecimal amount,
    @NotNull
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
        @Schema(examples = "USD")
        String currency) {

  public static final String USD = "USD";

  /** A normalised amount (two decimals) as stored. */
  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount.setScale(2, RoundingMode.UNNECESSARY), currency);
  }

  public static Money usd(String amount) {
    return of(new BigDecimal(amount), USD);
  }
}
