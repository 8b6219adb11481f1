package org.puente.funding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Set;
import org.puente.funding.lines.Category;

/** Configuration of funding-service ({@code puente.funding.*}). */
@ConfigMapping(prefix = "puente.funding")
public interface FundingConfig {

  /** IATI publishing settings. */
  Iati iati();

  /**
   * What each Puente service account may ask for, by its user name (e.g. {@code
   * service-account-deportation-service}). A service with no entry may do nothing.
   */
  Map<String, ServiceGrant> services();

  /** A service's funding rights: one kind of reference, on lines of these categories. */
  interface ServiceGrant {
    /** The reference kind its obligations carry, e.g. {@code removal-operation}. */
    String reference();

    /** The budget line categories that may pay for it. */
    Set<Category> categories();
  }

  interface Iati {
    /**
     * The IATI organisation identifier of the reporting organisation; activity identifiers are
     * this, a hyphen and the agreement's reference.
     */
    @WithDefault("US-USAGOV")
    String reportingOrgRef();
  }
}
