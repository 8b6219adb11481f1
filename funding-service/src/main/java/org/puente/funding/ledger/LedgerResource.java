package org.puente.funding.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.funding.agreements.AgreementService;
import org.puente.funding.api.FundingPaths;
import org.puente.funding.api.LedgerEntryView;

@Path(FundingPaths.AGREEMENT_LEDGER)
@Tag(name = "Ledger", description = "The append-only transactions of an agreement")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

  private final LedgerRepository entries;
  private final AgreementService agreements;
  private final CurrentCaller caller;

  LedgerResource(LedgerRepository entries, AgreementService agreements, CurrentCaller caller) {
    this.entries = entries;
    this.agreements = agreements;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.FUNDING_OFFICER, Roles.CERTIFYING_OFFICER, Roles.AUDITOR, Roles.ADMIN})
  @Operation(operationId = "listLedgerEntries", summary = "An agreement's ledger, oldest first")
  @APIResponse(responseCode = "200", description = "A page of transactions")
  public Page<LedgerEntryView> list(
      @PathParam("agreementId") long agreementId, @BeanParam PageRequest page) {
    agreements.visible(caller.get(), agreementId);
    return Page.of(entries.page(agreementId, page), page, e -> e.id, LedgerEntry::toView);
  }
}
