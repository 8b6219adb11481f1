-- The training coordinators' work queue asks for cleared vetting running out
-- (listOfficers?vettingExpiringBefore): one index range, for one agency or for every agency.
create index officer_cleared_vetting_expiry on officer (vetting_expires_on, id)
  where vetting_status = 'CLEARED';
create index officer_agency_cleared_vetting_expiry on officer (agency, vetting_expires_on, id)
  where vetting_status = 'CLEARED';
