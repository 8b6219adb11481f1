-- A completed session files its actual cost with funding-service as a payment request against its
-- obligation, with the output it bought: the officers it certified (a count). The cost, the count
-- and funding-service's payment request id are kept with the session.
alter table training_session add column actual_cost_amount numeric(17,2);
alter table training_session add column actual_cost_currency varchar(3);
alter table training_session add column officers_certified integer;
alter table training_session add column payment_request_id bigint;
alter table training_session add constraint training_session_actual_cost check (
  (actual_cost_amount is null) = (actual_cost_currency is null)
  and (actual_cost_amount is null or (actual_cost_amount >= 0 and status = 'COMPLETED'))
  and (officers_certified is null or officers_certified >= 0));

alter table training_session_aud add column actual_cost_amount numeric(17,2);
alter table training_session_aud add column actual_cost_currency varchar(3);
alter table training_session_aud add column officers_certified integer;
alter table training_session_aud add column payment_request_id bigint;
