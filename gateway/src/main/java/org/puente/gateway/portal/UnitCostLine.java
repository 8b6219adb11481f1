package org.puente.gateway.portal;

import io.quarkus.qute.TemplateData;

/** One row of the unit-cost table, as it reads: what, unit, actual cost, output, cost per unit. */
@TemplateData
public record UnitCostLine(
    String label, String unit, String actualCost, String output, String costPerUnit) {}
