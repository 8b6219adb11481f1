package org.puente.removals.aftercare;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.puente.common.paging.PageRequest;

@ApplicationScoped
public class PostReturnContactRepository implements PanacheRepository<PostReturnContact> {

  public List<PostReturnContact> page(long caseId, PageRequest page) {
    return find("caseId = ?1 and id > ?2 order by id", caseId, page.afterId())
        .page(0, page.fetchSize())
        .list();
  }
}
