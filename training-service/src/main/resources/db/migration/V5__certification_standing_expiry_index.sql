-- A list of certifications expiring before a day leaves revoked ones out (they count for nothing
-- already), so its index covers only those that stand.
drop index certification_expires_id;
create index certification_standing_expires_id on certification (expires_on, id)
  where revoked_at is null;
