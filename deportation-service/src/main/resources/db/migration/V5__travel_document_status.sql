-- Travel documents: the known statuses, an issued document has its number and validity, and the
-- status moves forward only (REQUESTED -> ISSUED | REFUSED, ISSUED -> EXPIRED | CANCELLED), as
-- documents.DocumentStatusMachine says; the service refuses first with a 409, this is the floor.
alter table travel_document
  add constraint travel_document_status
    check (status in ('REQUESTED', 'ISSUED', 'REFUSED', 'EXPIRED', 'CANCELLED')),
  add constraint travel_document_issued_complete
    check (status not in ('ISSUED', 'EXPIRED', 'CANCELLED')
           or (number is not null and issued_on is not null and expires_on is not null));

create function travel_document_forward_only() returns trigger language plpgsql as $$
begin
  if new.status is distinct from old.status
     and not ((old.status = 'REQUESTED' and new.status in ('ISSUED', 'REFUSED'))
           or (old.status = 'ISSUED' and new.status in ('EXPIRED', 'CANCELLED'))) then
    raise exception 'travel document % cannot move from % to %', old.id, old.status, new.status
      using errcode = 'check_violation';
  end if;
  return new;
end;
$$;

create trigger travel_document_forward_only
  before update of status on travel_document
  for each row execute function travel_document_forward_only();
