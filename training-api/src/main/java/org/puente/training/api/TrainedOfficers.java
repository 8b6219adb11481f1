package org.puente.training.api;

import org.puente.common.security.Agency;

/**
 * Distinct officers of an agency who were ever certified in a competency, by a certification not
 * revoked since.
 */
public record TrainedOfficers(Agency agency, Competency competency, long officers) {}
