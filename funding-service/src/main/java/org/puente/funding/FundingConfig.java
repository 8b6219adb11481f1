package org.puente.funding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Set;
import org.puente.funding.api.BudgetCategory;

/** Configuration of funding-service ({@code puente.funding.*}). */
@ConfigMapping(prefix = "puente.funding")
public interface FundingConfig {

  /** IATI publishing settings. */
  Iati iati();

  /**
   * What each Puente service account may ask for, named by the agency whose realm issued it and the
   * client it is there (e.g. PA-SNM's {@code deportation-service}): a client of the same name in
   * another agency's realm is another caller, with no rights. A service with no entry may do
   * nothing.
   */
  Map<String, ServiceGrant> services();

  /** The grant of the service account {@code caller}, if it has one. */
  default java.util.Optional<ServiceGrant> grantOf(org.puente.common.security.Caller caller) {
    return services().values().stream()
        .filter(
            g -> g.agency().equals(caller.agency().code()) && g.client().equals(caller.client()))
        .findFirst();
  }

  /** A service's funding rights: one kind of reference, on lines of these categories. */
  interface ServiceGrant {
    /** The agency whose realm issues the service's tokens, e.g. {@code PA-SNM}. */
    String agency();

    /** Its client at that realm ({@code azp} of its tokens), e.g. {@code deportation-service}. */
    String client();

    /** The reference kind its obligations carry, e.g. {@code removal-operation}. */
    String reference();

    /** The budget line categories that may pay for it. */
    Set<BudgetCategory> categories();
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
