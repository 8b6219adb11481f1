-- Reversing an approved payment (a refund or a recovery), with four eyes: one officer asks, a
-- certifying officer of the donor who did not ask approves; the ledger then gets a negative
-- disbursement (or expenditure) that names the reversal. The why in words stays on the reversal:
-- the ledger and the IATI export carry only its code.

-- What has been given back of a payment: never more than was paid.
alter table disbursement add column reversed numeric(17,2) not null default 0;
alter table disbursement add constraint disbursement_reversed
  check (reversed >= 0 and reversed <= amount and (reversed = 0 or status = 'APPROVED'));

create sequence disbursement_reversal_seq increment by 50;
create table disbursement_reversal (
  id              bigint        primary key,
  disbursement_id bigint        not null references disbursement (id),
  obligation_id   bigint        not null references obligation (id),
  agreement_id    bigint        not null references agreement (id),
  kind            varchar(16)   not null check (kind in ('REFUND', 'RECOVERY')),
  reason_code     varchar(32)   not null,
  reason          varchar(500),
  amount          numeric(17,2) not null check (amount > 0),
  status          varchar(16)   not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
  requested_by    varchar(200)  not null,
  requested_at    timestamptz   not null,
  decided_by      varchar(200),
  decided_at      timestamptz,
  decision_reason varchar(500),
  version         bigint        not null,
  -- Four eyes, as for the payment itself.
  constraint disbursement_reversal_four_eyes check (decided_by is null or decided_by <> requested_by),
  constraint disbursement_reversal_decided check ((status = 'REQUESTED') = (decided_by is null))
);
-- A payment is reversed at most once: one reversal asked or done at a time, a rejected one aside.
create unique index disbursement_reversal_once on disbursement_reversal (disbursement_id)
  where status <> 'REJECTED';
create index disbursement_reversal_agreement_id on disbursement_reversal (agreement_id, id);

-- The ledger's reversing entry: a negative payment that names its reversal, once.
alter table ledger_entry add column reversal_id bigint references disbursement_reversal (id);
alter table ledger_entry add constraint ledger_entry_reversal_once unique (reversal_id);
-- V1 left its sign rule unnamed; it is found by what it says.
do $$
declare
  rule text;
begin
  select conname into strict rule from pg_constraint
   where conrelid = 'ledger_entry'::regclass and contype = 'c'
     and pg_get_constraintdef(oid) like '%DEOBLIGATION%';
  execute format('alter table ledger_entry drop constraint %I', rule);
end $$;
alter table ledger_entry add constraint ledger_entry_sign check (
  case type
    when 'DEOBLIGATION' then amount < 0 and reversal_id is null
    when 'COMMITMENT' then amount > 0 and reversal_id is null
    else (amount < 0) = (reversal_id is not null)
  end);

create table disbursement_reversal_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  disbursement_id bigint, obligation_id bigint, agreement_id bigint, kind varchar(16),
  reason_code varchar(32), reason varchar(500), amount numeric(17,2), status varchar(16),
  requested_by varchar(200), requested_at timestamptz, decided_by varchar(200),
  decided_at timestamptz, decision_reason varchar(500),
  primary key (id, rev)
);
