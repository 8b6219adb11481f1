-- A certification can be revoked, with who, when and why; it then counts for nothing. The version
-- makes the revocation an If-Match update like every other change.
alter table certification
  add column version           bigint       not null default 0,
  add column revoked_at        timestamptz,
  add column revoked_by        varchar(200),
  add column revocation_reason varchar(500),
  add constraint certification_revocation_complete check (
    (revoked_at is null and revoked_by is null and revocation_reason is null)
    or (revoked_at is not null and revoked_by is not null and revocation_reason is not null));

alter table certification_aud
  add column revoked_at        timestamptz,
  add column revoked_by        varchar(200),
  add column revocation_reason varchar(500);

-- A clearance always says until when it holds (the API requires it; the database now too).
alter table officer
  add constraint officer_clearance_expires check (
    vetting_status <> 'CLEARED' or vetting_expires_on is not null);
