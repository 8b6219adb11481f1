package org.puente.gateway.portal;

import io.quarkus.qute.TemplateData;
import org.puente.funding.api.AgreementStatus;
import org.puente.funding.api.DisbursementStatus;
import org.puente.removals.api.AppealStatus;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.ClaimStatus;
import org.puente.removals.api.IncidentFollowUp;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.SeatStatus;
import org.puente.removals.api.TravelDocumentStatus;
import org.puente.training.api.EnrollmentStatus;
import org.puente.training.api.SessionStatus;

/**
 * The API's enums a template names a value of ({@code c.status == CaseStatus:OPEN}): the build
 * checks the constant exists, and a value renamed in the API fails the build, not the page.
 */
@TemplateData(target = CaseStatus.class, namespace = "CaseStatus")
@TemplateData(target = AppealStatus.class, namespace = "AppealStatus")
@TemplateData(target = ClaimStatus.class, namespace = "ClaimStatus")
@TemplateData(target = TravelDocumentStatus.class, namespace = "TravelDocumentStatus")
@TemplateData(target = OperationStatus.class, namespace = "OperationStatus")
@TemplateData(target = IncidentFollowUp.class, namespace = "IncidentFollowUp")
@TemplateData(target = SeatStatus.class, namespace = "SeatStatus")
@TemplateData(target = SessionStatus.class, namespace = "SessionStatus")
@TemplateData(target = EnrollmentStatus.class, namespace = "EnrollmentStatus")
@TemplateData(target = AgreementStatus.class, namespace = "AgreementStatus")
@TemplateData(target = DisbursementStatus.class, namespace = "DisbursementStatus")
final class ApiEnums {

  private ApiEnums() {}
}
