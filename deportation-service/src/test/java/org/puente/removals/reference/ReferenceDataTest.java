package org.puente.removals.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.removals.Fixtures;
import org.puente.removals.api.CaseRequest;

/**
 * The reference data answers what the validation accepts: a case opened with codes from its lists
 * is taken, one with a well-formed code it does not list is refused and nothing is recorded.
 */
@QuarkusTest
class ReferenceDataTest {

  private static final String PATH = "/api/v1/removals/reference-data";

  private static JsonPath referenceData(String token) {
    return given()
        .header("Authorization", token)
        .get(PATH)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void everyAgencyReadsCountriesAndLanguagesInEnglishAndSpanish() {
    // A funding officer of DOS reads cases of nobody: the answer holds no personal data.
    JsonPath data = referenceData(Fixtures.DOS_FUNDING);
    assertEquals("Haiti", data.getString("countries.find { it.code == 'HT' }.english"));
    assertEquals("Haití", data.getString("countries.find { it.code == 'HT' }.spanish"));
    assertEquals("español", data.getString("languages.find { it.code == 'es' }.spanish"));
    assertEquals("Yucatec Maya", data.getString("languages.find { it.code == 'yua' }.english"));
    List<String> countries = data.getList("countries.code");
    assertEquals(countries.stream().sorted().toList(), countries, "by code");
    given().get(PATH).then().statusCode(401);
  }

  @Test
  void aCaseWithListedCodesIsOpened() {
    JsonPath data = referenceData(Fixtures.SNM_OFFICER);
    List<String> countries = data.getList("countries.code");
    List<String> languages = data.getList("languages.code");
    // The last of each list, and a three-letter language: none of them is a usual test code.
    String country = countries.get(countries.size() - 1);
    String language = languages.get(languages.size() - 1);
    Map<String, Object> body = Fixtures.asMap(Fixtures.caseBody(country));
    body.put("languages", List.of(language, "cuk"));
    Fixtures.post(Fixtures.SNM_OFFICER, "/api/v1/removals/cases", body)
        .then()
        .statusCode(201)
        .body("nationality", equalTo(country))
        .body("languages", hasItems(language, "cuk"));
  }

  @Test
  void wellFormedCodesTheListsLackAreRefusedAndNothingIsRecorded() {
    JsonPath data = referenceData(Fixtures.SNM_OFFICER);
    assertEquals(List.of(), data.getList("countries.findAll { it.code == 'ZZ' }"));
    assertEquals(List.of(), data.getList("languages.findAll { it.code == 'qqq' }"));
    CaseRequest valid = Fixtures.caseBody("ZZ", LocalDate.of(1990, 1, 1), null);
    Map<String, Object> body = Fixtures.asMap(valid);
    body.put("languages", List.of("es", "qqq"));
    Fixtures.post(Fixtures.SNM_OFFICER, "/api/v1/removals/cases", body)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("nationality"))
        .body("errors.field", hasItem(startsWith("languages")))
        .body("errors.field", hasItem(startsWith("identityDocuments")));
    assertEquals(
        0,
        Fixtures.count(
            "select count(*) from removal_case where family_names = '"
                + valid.familyNames()
                + "'"));
  }
}
