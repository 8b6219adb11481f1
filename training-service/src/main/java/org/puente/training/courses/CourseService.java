package org.puente.training.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.training.TrainingAccess;
import org.puente.training.api.Competency;
import org.puente.training.api.CourseRequest;
import org.puente.training.api.CourseView;

@ApplicationScoped
public class CourseService {

  private final CourseRepository courses;
  private final TrainingAccess access;
  private final Idempotency idempotency;

  CourseService(CourseRepository courses, TrainingAccess access, Idempotency idempotency) {
    this.courses = courses;
    this.access = access;
    this.idempotency = idempotency;
  }

  public Page<CourseView> list(Competency competency, String language, PageRequest page) {
    return Page.of(courses.page(competency, language, page), page, c -> c.id, Course::toView);
  }

  public CourseView get(long id) {
    return find(id).toView();
  }

  @Transactional
  public Idempotency.Outcome<CourseView> create(Caller caller, String key, CourseRequest body) {
    access.requireProviderCoordinator(caller);
    return idempotency.once(
        caller,
        key,
        "POST /courses",
        body,
        CourseView.class,
        () -> {
          Course course = new Course();
          apply(course, body);
          course.providerAgency = caller.agency().code();
          course.createdAt = Instant.now();
          courses.persist(course);
          return course.toView();
        });
  }

  @Transactional
  public CourseView update(Caller caller, long id, String ifMatch, CourseRequest body) {
    access.requireProviderCoordinator(caller);
    Course course = find(id);
    Versions.checkIfMatch(ifMatch, course.version);
    apply(course, body);
    courses.flush();
    return course.toView();
  }

  Course find(long id) {
    return courses.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Course"));
  }

  private static void apply(Course course, CourseRequest body) {
    if (body.prerequisitesOrEmpty().contains(body.competency())) {
      throw ProblemException.invalid(
          "prerequisites", "must not contain the competency the course itself teaches");
    }
    course.title = body.title().strip();
    course.competency = body.competency();
    course.hours = body.hours();
    course.language = body.language();
    course.certificateValidityMonths = body.certificateValidityMonths();
    course.prerequisites =
        new java.util.ArrayList<>(
            body.prerequisitesOrEmpty().stream().distinct().map(Enum::name).toList());
  }
}
