package org.puente.funding.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.puente.common.audit.RecordTypes;
import org.puente.common.security.Caller;
import org.puente.funding.FundingAccess;
import org.puente.funding.agreements.Agreement;
import org.puente.funding.disbursements.Disbursement;
import org.puente.funding.disbursements.Reversal;
import org.puente.funding.lines.BudgetLine;
import org.puente.funding.obligations.Obligation;

/**
 * The records of funding-service whose history auditors read, by the name used in {@code
 * /history/{recordType}/{id}}: an agreement and its parts belong to its donor and its recipient,
 * whose auditors read their history; anyone else gets 404.
 */
@ApplicationScoped
public class FundingRecords {

  private final RecordTypes types;
  private final EntityManager em;

  FundingRecords(EntityManager em) {
    this.em = em;
    this.types =
        RecordTypes.of()
            .add("agreement", Agreement.class, FundingAccess::isParty)
            .add("budget-line", BudgetLine.class, (c, r) -> FundingAccess.isParty(c, r.agreement))
            .add("obligation", Obligation.class, (c, r) -> partyOf(c, r.agreementId))
            .add("disbursement", Disbursement.class, (c, r) -> partyOf(c, r.agreementId))
            .add("reversal", Reversal.class, (c, r) -> partyOf(c, r.agreementId));
  }

  public RecordTypes types() {
    return types;
  }

  private boolean partyOf(Caller caller, long agreementId) {
    Agreement agreement = em.find(Agreement.class, agreementId);
    return agreement != null && FundingAccess.isParty(caller, agreement);
  }
}
