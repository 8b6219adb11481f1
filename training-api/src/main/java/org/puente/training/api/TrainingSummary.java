package org.puente.training.api;

import java.util.List;

/** What training achieved and cost: aggregates only, no personal data. */
public record TrainingSummary(List<TrainedOfficers> trainedOfficers, List<CompetencyCost> costs) {}
