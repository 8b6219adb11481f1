package org.puente.removals.api;

import java.time.Instant;
import java.util.List;
import org.puente.common.http.Identified;
import org.puente.common.security.Agency;

/** A monitor's report as filed. */
public record MonitorReportView(
    long id,
    long operationId,
    MonitoringPhase phase,
    String conditions,
    boolean restraintsUsed,
    String restraintDetails,
    String medicalNeeds,
    List<MonitorHandover> handovers,
    String filedBy,
    Agency filedByAgency,
    Instant filedAt,
    long version)
    implements Identified {}
