package org.puente.training.api;

import java.util.List;
import org.puente.common.http.Identified;
import org.puente.common.security.Agency;

/** A course as the API shows it; {@code version} is also its ETag. */
public record CourseView(
    long id,
    String title,
    Competency competency,
    int hours,
    String language,
    int certificateValidityMonths,
    List<Competency> prerequisites,
    Agency providerAgency,
    long version)
    implements Identified {}
