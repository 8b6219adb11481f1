-- What an actual cost bought: a payment request filed when an operation or a training session is
-- completed carries its output (people removed, officers certified), as a count and a unit, never
-- who. The unit-cost report and the IATI results divide the approved cost by it.
alter table disbursement add column output_quantity integer;
alter table disbursement add column output_unit varchar(24);
alter table disbursement add constraint disbursement_output check (
  (output_quantity is null) = (output_unit is null)
  and (output_quantity is null or output_quantity >= 0)
  and (output_unit is null or output_unit in ('PEOPLE_REMOVED', 'OFFICERS_CERTIFIED')));
create index disbursement_output_decided on disbursement (decided_at)
  where output_unit is not null and status = 'APPROVED';

alter table disbursement_aud add column output_quantity integer;
alter table disbursement_aud add column output_unit varchar(24);
