package org.puente.training.api;

import org.puente.common.money.Money;

/**
 * The cost of the completed sessions of a competency, and that cost divided by the officers they
 * certified, revoked certifications left out ({@code costPerTrainedOfficer} is null when none was
 * certified).
 */
public record CompetencyCost(
    Competency competency,
    long sessionsCompleted,
    Money totalCost,
    long officersCertified,
    Money costPerTrainedOfficer) {}
