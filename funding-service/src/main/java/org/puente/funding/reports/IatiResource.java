package org.puente.funding.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.funding.agreements.Agreement;
import org.puente.funding.agreements.AgreementService;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.FundingPaths;
import org.puente.funding.ledger.LedgerEntry;
import org.puente.funding.ledger.LedgerRepository;
import org.puente.funding.unitcosts.UnitCostService;

@Path(FundingPaths.AGREEMENT_IATI)
@Tag(name = "Reports")
public class IatiResource {

  private final AgreementService agreements;
  private final LedgerRepository ledger;
  private final IatiExport export;
  private final UnitCostService unitCosts;
  private final CurrentCaller caller;

  IatiResource(
      AgreementService agreements,
      LedgerRepository ledger,
      IatiExport export,
      UnitCostService unitCosts,
      CurrentCaller caller) {
    this.agreements = agreements;
    this.ledger = ledger;
    this.export = export;
    this.unitCosts = unitCosts;
    this.caller = caller;
  }

  @GET
  @Produces(MediaType.APPLICATION_XML)
  @RolesAllowed({Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "exportIatiActivity",
      summary =
          "The agreement as an IATI 2.03 activity: budgets per period, typed transactions, and results (people removed, officers certified, cost per unit)")
  @APIResponse(
      responseCode = "200",
      description = "IATI XML",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_XML,
              schema = @Schema(type = SchemaType.STRING)))
  public RestResponse<StreamingOutput> export(@PathParam("agreementId") long agreementId) {
    Agreement agreement = agreements.visible(caller.get(), agreementId);
    List<LedgerEntry> entries = ledger.all(agreementId);
    IatiExport.Extras extras =
        new IatiExport.Extras(
            unitCosts.hasLine(agreementId, BudgetCategory.TRAINING),
            unitCosts.monthly(agreementId));
    StreamingOutput body =
        out -> {
          try {
            export.write(agreement, entries, extras, out);
          } catch (XMLStreamException e) {
            throw new java.io.IOException("cannot write IATI XML", e);
          }
        };
    return RestResponse.ResponseBuilder.ok(body, MediaType.APPLICATION_XML_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + export.identifier(agreement) + ".xml\"")
        .build();
  }
}
