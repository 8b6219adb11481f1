-- Operations funded through funding-service (the outbox): the line asked, the actual cost filed
-- at completion, the payment request made for it, and what funding-service last said.
alter table removal_operation
  add column funding_line_id      bigint,
  add column actual_cost_amount   numeric(17,2) check (actual_cost_amount >= 0),
  add column actual_cost_currency varchar(3),
  add column payment_request_id   bigint,
  add column funding_note         varchar(1000);

alter table removal_operation_aud
  add column funding_line_id      bigint,
  add column actual_cost_amount   numeric(17,2),
  add column actual_cost_currency varchar(3),
  add column payment_request_id   bigint,
  add column funding_note         varchar(1000);
