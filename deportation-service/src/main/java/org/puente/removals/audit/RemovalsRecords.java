package org.puente.removals.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.puente.common.audit.RecordTypes;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.removals.RemovalsConfig;
import org.puente.removals.cases.FamilySeparation;
import org.puente.removals.cases.RemovalCase;
import org.puente.removals.claims.ProtectionClaim;
import org.puente.removals.disclosures.DisclosureGrant;
import org.puente.removals.documents.TravelDocument;
import org.puente.removals.flags.CaseFlag;
import org.puente.removals.operations.ManifestSeat;
import org.puente.removals.operations.RemovalOperation;
import org.puente.removals.orders.Appeal;
import org.puente.removals.orders.RemovalOrder;
import org.puente.removals.rights.RightsNotice;
import org.puente.removals.screening.Screening;

/**
 * The records of deportation-service whose history auditors read, by the name used in {@code
 * /history/{recordType}/{id}}. Every record here is the home agency's (this deployment is its
 * system of record); cases, operations and grants also name their owner, which must be the caller's
 * agency. Partners' staff get 404, as for a record that does not exist.
 */
@ApplicationScoped
public class RemovalsRecords {

  private final RecordTypes types;
  private final Map<String, Function<Long, Long>> caseOf;
  private final EntityManager em;

  RemovalsRecords(RemovalsConfig config, EntityManager em) {
    this.em = em;
    Agency home = config.home();
    this.types =
        RecordTypes.of()
            .add("case", RemovalCase.class, (c, r) -> owns(c, home, r.owningAgency))
            .add("flag", CaseFlag.class, homeStaff(home))
            .add("screening", Screening.class, homeStaff(home))
            .add("protection-claim", ProtectionClaim.class, homeStaff(home))
            .add("removal-order", RemovalOrder.class, homeStaff(home))
            .add("appeal", Appeal.class, homeStaff(home))
            .add("travel-document", TravelDocument.class, homeStaff(home))
            .add("rights-notice", RightsNotice.class, homeStaff(home))
            .add("family-separation", FamilySeparation.class, homeStaff(home))
            .add("operation", RemovalOperation.class, (c, r) -> owns(c, home, r.owningAgency))
            .add("manifest-seat", ManifestSeat.class, homeStaff(home))
            .add("disclosure-grant", DisclosureGrant.class, (c, r) -> owns(c, home, r.ownerAgency));
    this.caseOf =
        Map.of(
            "case", id -> id,
            "flag", id -> find(CaseFlag.class, id).map(r -> r.caseId).orElse(null),
            "screening", id -> find(Screening.class, id).map(r -> r.caseId).orElse(null),
            "protection-claim",
                id -> find(ProtectionClaim.class, id).map(r -> r.caseId).orElse(null),
            "removal-order", id -> find(RemovalOrder.class, id).map(r -> r.caseId).orElse(null),
            "appeal",
                id ->
                    find(Appeal.class, id)
                        .flatMap(a -> find(RemovalOrder.class, a.orderId))
                        .map(r -> r.caseId)
                        .orElse(null),
            "travel-document", id -> find(TravelDocument.class, id).map(r -> r.caseId).orElse(null),
            "rights-notice", id -> find(RightsNotice.class, id).map(r -> r.caseId).orElse(null),
            "family-separation",
                id -> find(FamilySeparation.class, id).map(r -> r.caseId).orElse(null),
            "manifest-seat", id -> find(ManifestSeat.class, id).map(r -> r.caseId).orElse(null));
  }

  public RecordTypes types() {
    return types;
  }

  /** The case whose personal data the history of this record shows, if it is part of one. */
  public Optional<Long> caseOf(String recordType, long id) {
    Function<Long, Long> f = caseOf.get(recordType);
    return f == null ? Optional.empty() : Optional.ofNullable(f.apply(id));
  }

  private <E> Optional<E> find(Class<E> type, long id) {
    return Optional.ofNullable(em.find(type, id));
  }

  private static boolean owns(Caller caller, Agency home, String owner) {
    return caller.agency() == home && home.code().equals(owner);
  }

  private static <E> BiPredicate<Caller, E> homeStaff(Agency home) {
    return (caller, record) -> caller.agency() == home;
  }
}
