package org.puente.training.api;

import java.math.BigDecimal;
import java.util.List;
import org.puente.common.http.Identified;

/**
 * The result of an enrollment: passed or failed, the attendance rate, every reason it failed, and
 * the certification issued when it passed.
 */
public record CompletionView(
    long id,
    EnrollmentStatus status,
    int score,
    BigDecimal attendanceRate,
    List<String> reasons,
    CertificationView certification,
    long version)
    implements Identified {}
