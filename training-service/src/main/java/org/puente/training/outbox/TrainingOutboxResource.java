package org.puente.training.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.http.Responses;
import org.puente.common.outbox.OutboxAdmin;
import org.puente.common.outbox.OutboxMessageView;
import org.puente.common.outbox.OutboxState;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.CurrentCaller;
import org.puente.common.security.Roles;
import org.puente.training.TrainingAccess;
import org.puente.training.api.TrainingPaths;

/** The outbox of requests to funding-service, for the provider's administrators. */
@Path(TrainingPaths.OUTBOX)
@Tag(name = "Outbox", description = "Requests to other services: dead letters, retry, give up")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingOutboxResource {

  private final OutboxAdmin outbox;
  private final TrainingAccess access;
  private final CurrentCaller caller;

  TrainingOutboxResource(OutboxAdmin outbox, TrainingAccess access, CurrentCaller caller) {
    this.outbox = outbox;
    this.access = access;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "listTrainingOutbox",
      summary = "The outbox's messages (no payloads), oldest first: e.g. the dead ones to act on")
  @APIResponse(responseCode = "200", description = "A page of messages")
  @APIResponse(responseCode = "403", description = "Not an administrator of the provider")
  public Page<OutboxMessageView> list(
      @QueryParam("state") @Parameter(description = "Only messages in this state")
          OutboxState state,
      @BeanParam PageRequest page) {
    return outbox.list(caller.get(), access.provider(), state, page);
  }

  @POST
  @Path("/{id}/retry")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "retryTrainingOutboxMessage",
      summary = "Send a dead message back to be tried now, with its attempts counted afresh")
  @APIResponse(responseCode = "200", description = "The message, pending")
  @APIResponse(responseCode = "403", description = "Not an administrator of the provider")
  @APIResponse(responseCode = "404", description = "No such message")
  @APIResponse(responseCode = "409", description = "The message is not dead")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  public RestResponse<OutboxMessageView> retry(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
    return Responses.ok(outbox.retry(caller.get(), access.provider(), id, ifMatch));
  }

  @POST
  @Path("/{id}/give-up")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "giveUpTrainingOutboxMessage",
      summary = "Give a dead message up: it is kept, with who gave it up, and never sent")
  @APIResponse(responseCode = "200", description = "The message, given up")
  @APIResponse(responseCode = "403", description = "Not an administrator of the provider")
  @APIResponse(responseCode = "404", description = "No such message")
  @APIResponse(responseCode = "409", description = "The message is not dead")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  public RestResponse<OutboxMessageView> giveUp(
      @PathParam("id") long id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
    return Responses.ok(outbox.giveUp(caller.get(), access.provider(), id, ifMatch));
  }
}
