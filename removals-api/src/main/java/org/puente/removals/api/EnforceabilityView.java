package org.puente.removals.api;

import java.util.List;

/** The gate's verdict: enforceable when no safeguard fails, else every failing one. */
public record EnforceabilityView(boolean enforceable, List<GateRefusal> reasons) {}
