package org.puente.training.courses;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.puente.common.paging.PageRequest;
import org.puente.training.api.Competency;

@ApplicationScoped
public class CourseRepository implements PanacheRepository<Course> {

  /** A keyset page, filtered by competency and language when given. */
  public List<Course> page(Competency competency, String language, PageRequest page) {
    StringBuilder where = new StringBuilder("id > :after");
    Parameters params = Parameters.with("after", page.afterId());
    if (competency != null) {
      where.append(" and competency = :competency");
      params.and("competency", competency);
    }
    if (language != null) {
      where.append(" and language = :language");
      params.and("language", language);
    }
    return find(where + " order by id", params).page(0, page.fetchSize()).list();
  }
}
