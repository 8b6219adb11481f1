package org.puente.training.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiPredicate;
import org.puente.common.audit.RecordTypes;
import org.puente.common.security.Caller;
import org.puente.training.TrainingAccess;
import org.puente.training.certifications.Certification;
import org.puente.training.courses.Course;
import org.puente.training.enrollments.Attendance;
import org.puente.training.enrollments.Enrollment;
import org.puente.training.officers.Officer;
import org.puente.training.sessions.TrainingSession;

/**
 * The records of training-service whose history auditors read, by the name used in {@code
 * /history/{recordType}/{id}}. They are the provider agency's records (this deployment is its
 * system of record): its auditors read their history; anyone else gets 404.
 */
@ApplicationScoped
public class TrainingRecords {

  private final RecordTypes types;

  TrainingRecords(TrainingAccess access) {
    this.types =
        RecordTypes.of()
            .add("course", Course.class, provider(access))
            .add("session", TrainingSession.class, provider(access))
            .add("officer", Officer.class, provider(access))
            .add("enrollment", Enrollment.class, provider(access))
            .add("attendance", Attendance.class, provider(access))
            .add("certification", Certification.class, provider(access));
  }

  public RecordTypes types() {
    return types;
  }

  private static <E> BiPredicate<Caller, E> provider(TrainingAccess access) {
    return (caller, record) -> access.isProvider(caller);
  }
}
