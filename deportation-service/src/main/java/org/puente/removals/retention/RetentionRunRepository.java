package org.puente.removals.retention;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.puente.common.paging.PageRequest;

@ApplicationScoped
public class RetentionRunRepository implements PanacheRepository<RetentionRun> {

  public List<RetentionRun> page(PageRequest page) {
    return find("id > ?1 order by id", page.afterId()).page(0, page.fetchSize()).list();
  }
}
