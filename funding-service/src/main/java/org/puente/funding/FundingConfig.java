package org.puente.funding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of funding-service ({@code puente.funding.*}). */
@ConfigMapping(prefix = "puente.funding")
public interface FundingConfig {

  /** IATI publishing settings. */
  Iati iati();

  interface Iati {
    /**
     * The IATI organisation identifier of the reporting organisation; activity identifiers are
     * this, a hyphen and the agreement's reference.
     */
    @WithDefault("US-USAGOV")
    String reportingOrgRef();
  }
}
