package org.puente.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.common.problem.JsonBodyProblemMapper;
import org.puente.common.problem.Problem;
import org.puente.common.problem.ProblemType;

/** A number or a boolean where text is expected is a 400 naming the field, never text. */
class StrictTextTest {

  record Person(String familyNames, List<String> languages, Integer children, BigDecimal amount) {}

  /** The services' mapper as Quarkus builds it: its settings, then every customizer of common. */
  private final ObjectMapper mapper = mapper();

  private static ObjectMapper mapper() {
    ObjectMapper mapper =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    new StorableText().customize(mapper);
    new StrictText().customize(mapper);
    return mapper;
  }

  @Test
  void aNumberForTextIsA400NamingTheField() {
    InvalidFormatException e =
        assertThrows(
            InvalidFormatException.class,
            () -> mapper.readValue("{\"familyNames\": 123}", Person.class));
    Response r = new JsonBodyProblemMapper().json(e, null);
    assertEquals(400, r.getStatus());
    Problem problem = (Problem) r.getEntity();
    assertEquals(ProblemType.MALFORMED_BODY.uri(), problem.type());
    assertEquals("familyNames", problem.errors().get(0).field());
    assertEquals("expected a string", problem.errors().get(0).message());
    assertTrue(problem.detail().contains("familyNames"), problem.detail());
  }

  @Test
  void aDecimalOrABooleanForTextAndANumberInAListOfTextAreRefusedToo() {
    for (String body :
        List.of(
            "{\"familyNames\": 12.5}", "{\"familyNames\": true}", "{\"languages\": [\"es\", 7]}")) {
      InvalidFormatException e =
          assertThrows(InvalidFormatException.class, () -> mapper.readValue(body, Person.class));
      String field =
          new JsonBodyProblemMapper().json(e, null).getEntity() instanceof Problem p
              ? p.errors().get(0).field()
              : null;
      assertEquals(body.contains("languages") ? "languages[1]" : "familyNames", field, body);
    }
  }

  @Test
  void textStaysText_andOtherFieldsReadAsBefore() throws Exception {
    Person p =
        mapper.readValue(
            "{\"familyNames\": \"Pérez 123\", \"languages\": [\"es\"], \"children\": 2,"
                + " \"amount\": \"12.50\"}",
            Person.class);
    assertEquals("Pérez 123", p.familyNames());
    assertEquals(List.of("es"), p.languages());
    assertEquals(2, p.children());
    assertEquals(new BigDecimal("12.50"), p.amount());
    assertEquals(null, mapper.readValue("{\"familyNames\": null}", Person.class).familyNames());
  }
}
