package org.puente.removals.orders;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrderRepository implements PanacheRepository<RemovalOrder> {

  public Optional<RemovalOrder> forCase(long caseId) {
    return find("caseId", caseId).firstResultOptional();
  }

  public List<Appeal> appeals(long orderId) {
    return getEntityManager()
        .createQuery("from Appeal a where a.orderId = ?1 order by a.id", Appeal.class)
        .setParameter(1, orderId)
        .getResultList();
  }

  public Optional<Appeal> appeal(long orderId, long appealId) {
    return Optional.ofNullable(getEntityManager().find(Appeal.class, appealId))
        .filter(a -> a.orderId == orderId);
  }

  public void persist(Appeal appeal) {
    getEntityManager().persist(appeal);
  }
}
