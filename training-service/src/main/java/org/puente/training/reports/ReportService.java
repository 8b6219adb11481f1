package org.puente.training.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.training.api.Competency;
import org.puente.training.api.CompetencyCost;
import org.puente.training.api.TrainedOfficers;
import org.puente.training.api.TrainingSummary;

@ApplicationScoped
public class ReportService {

  private final EntityManager em;

  ReportService(EntityManager em) {
    this.em = em;
  }

  /** A revoked certification was not earned as it should have been: it trained no one. */
  public TrainingSummary summary() {
    @SuppressWarnings("unchecked")
    List<Object[]> trained =
        em.createNativeQuery(
                "select agency, competency, count(distinct officer_id) from certification"
                    + " where revoked_at is null"
                    + " group by agency, competency order by agency, competency")
            .getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> certified =
        em.createNativeQuery(
                "select c.competency, count(distinct c.officer_id) from certification c"
                    + " join enrollment e on e.id = c.enrollment_id"
                    + " join training_session s on s.id = e.session_id"
                    + " where s.status = 'COMPLETED' and c.revoked_at is null"
                    + " group by c.competency")
            .getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> costs =
        em.createNativeQuery(
                "select co.competency, s.cost_currency, count(*), sum(s.cost_amount)"
                    + " from training_session s join course co on co.id = s.course_id"
                    + " where s.status = 'COMPLETED'"
                    + " group by co.competency, s.cost_currency order by co.competency")
            .getResultList();
    Map<String, Long> officersByCompetency = new HashMap<>();
    for (Object[] row : certified) {
      officersByCompetency.put((String) row[0], ((Number) row[1]).longValue());
    }
    return new TrainingSummary(
        trained.stream()
            .map(
                r ->
                    new TrainedOfficers(
                        Agency.fromCode((String) r[0]).orElseThrow(),
                        Competency.valueOf((String) r[1]),
                        ((Number) r[2]).longValue()))
            .toList(),
        costs.stream()
            .map(
                r -> {
                  long officers = officersByCompetency.getOrDefault((String) r[0], 0L);
                  String currency = ((String) r[1]).trim();
                  BigDecimal total = (BigDecimal) r[3];
                  return new CompetencyCost(
                      Competency.valueOf((String) r[0]),
                      ((Number) r[2]).longValue(),
                      Money.of(total, currency),
                      officers,
                      officers == 0
                          ? null
                          : Money.of(
                              total.divide(BigDecimal.valueOf(officers), 2, RoundingMode.HALF_EVEN),
                              currency));
                })
            .toList());
  }
}
