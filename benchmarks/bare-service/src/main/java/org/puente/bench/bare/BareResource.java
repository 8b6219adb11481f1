package org.puente.bench.bare;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** POST a person, get the stored row back: what a create costs with the bare stack. */
@Path("/bare/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BareResource {

  /** The create-case body's shape. */
  public record Person(
      String givenNames,
      String familyNames,
      LocalDate dateOfBirth,
      String nationality,
      String sex,
      List<String> languages,
      LocalDate encounteredOn,
      String encounterPlace) {}

  /** The answer: the row as stored. */
  public record View(
      long id,
      String status,
      String givenNames,
      String familyNames,
      LocalDate dateOfBirth,
      String nationality,
      String sex,
      List<String> languages,
      LocalDate encounteredOn,
      String encounterPlace,
      Instant createdAt,
      long version) {}

  @ApplicationScoped
  public static class Cases implements PanacheRepository<BareCase> {}

  private final Cases cases;

  BareResource(Cases cases) {
    this.cases = cases;
  }

  @POST
  @Transactional
  public Response create(Person p) {
    BareCase c = new BareCase();
    c.owningAgency = "PA-SNM";
    c.status = "OPEN";
    c.givenNames = p.givenNames();
    c.familyNames = p.familyNames();
    c.dateOfBirth = p.dateOfBirth();
    c.nationality = p.nationality();
    c.sex = p.sex();
    c.languages = p.languages();
    c.encounteredOn = p.encounteredOn();
    c.encounterPlace = p.encounterPlace();
    c.createdBy = "bench";
    c.createdAt = Instant.now();
    cases.persist(c);
    cases.flush();
    return Response.created(URI.create("/bare/cases/" + c.id))
        .entity(
            new View(
                c.id,
                c.status,
                c.givenNames,
                c.familyNames,
                c.dateOfBirth,
                c.nationality,
                c.sex,
                c.languages,
                c.encounteredOn,
                c.encounterPlace,
                c.createdAt,
                c.version))
        .build();
  }
}
