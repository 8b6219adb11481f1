-- funding-service schema. Balances are kept on the rows that funds control updates atomically;
-- the CHECK constraints are the last line of defence: no balance can ever go negative or over.

create sequence agreement_seq increment by 50;
create table agreement (
  id               bigint        primary key,
  reference        varchar(60)   not null,
  title            varchar(200)  not null,
  donor_agency     varchar(16)   not null,
  recipient_agency varchar(16)   not null,
  treasury_account varchar(60)   not null,
  currency         varchar(3)    not null,
  ceiling          numeric(17,2) not null check (ceiling > 0),
  allotted         numeric(17,2) not null default 0,
  period_start     date          not null,
  period_end       date          not null,
  status           varchar(16)   not null,
  created_at       timestamptz   not null,
  version          bigint        not null,
  constraint agreement_reference_unique unique (reference),
  constraint agreement_allotment check (allotted >= 0 and allotted <= ceiling),
  check (period_end >= period_start),
  check (donor_agency <> recipient_agency)
);
create index agreement_donor_id on agreement (donor_agency, id);
create index agreement_recipient_id on agreement (recipient_agency, id);
create index agreement_status_id on agreement (status, id);

create sequence budget_line_seq increment by 50;
create table budget_line (
  id           bigint        primary key,
  agreement_id bigint        not null references agreement (id),
  category     varchar(32)   not null,
  description  varchar(200),
  allotted     numeric(17,2) not null,
  obligated    numeric(17,2) not null default 0,
  disbursed    numeric(17,2) not null default 0,
  created_at   timestamptz   not null,
  version      bigint        not null,
  constraint budget_line_funds check (
    allotted >= 0 and obligated >= 0 and disbursed >= 0
    and obligated <= allotted and disbursed <= obligated)
);
create index budget_line_agreement_id on budget_line (agreement_id, id);
create index budget_line_category_id on budget_line (category, id);

create sequence obligation_seq increment by 50;
create table obligation (
  id             bigint        primary key,
  budget_line_id bigint        not null references budget_line (id),
  agreement_id   bigint        not null references agreement (id),
  amount         numeric(17,2) not null check (amount > 0),
  deobligated    numeric(17,2) not null default 0,
  pending        numeric(17,2) not null default 0,
  disbursed      numeric(17,2) not null default 0,
  purpose        varchar(300)  not null,
  reference      varchar(100)  not null,
  obligated_on   date          not null,
  created_by     varchar(200)  not null,
  created_at     timestamptz   not null,
  version        bigint        not null,
  constraint obligation_funds check (
    deobligated >= 0 and pending >= 0 and disbursed >= 0
    and deobligated + pending + disbursed <= amount)
);
create index obligation_line_id on obligation (budget_line_id, id);
create index obligation_agreement_id on obligation (agreement_id, id);
create index obligation_reference_id on obligation (reference, id);

create sequence disbursement_seq increment by 50;
create table disbursement (
  id               bigint        primary key,
  obligation_id    bigint        not null references obligation (id),
  agreement_id     bigint        not null references agreement (id),
  kind             varchar(16)   not null,
  amount           numeric(17,2) not null check (amount > 0),
  description      varchar(300)  not null,
  status           varchar(16)   not null,
  requested_by     varchar(200)  not null,
  requested_agency varchar(16)   not null,
  requested_at     timestamptz   not null,
  decided_by       varchar(200),
  decided_at       timestamptz,
  decision_reason  varchar(500),
  version          bigint        not null,
  check (decided_by is null or decided_by <> requested_by)
);
create index disbursement_obligation_id on disbursement (obligation_id, id);
create index disbursement_agreement_status_id on disbursement (agreement_id, status, id);
create index disbursement_status_id on disbursement (status, id);

-- The ledger: append-only. A correction is a new, reversing entry; the database refuses edits.
create sequence ledger_entry_seq increment by 50;
create table ledger_entry (
  id              bigint        primary key,
  agreement_id    bigint        not null references agreement (id),
  budget_line_id  bigint        not null references budget_line (id),
  obligation_id   bigint        not null references obligation (id),
  disbursement_id bigint        references disbursement (id),
  type            varchar(16)   not null,
  amount          numeric(17,2) not null,
  currency        varchar(3)    not null,
  entry_date      date          not null,
  description     varchar(300),
  recorded_by     varchar(200)  not null,
  request_id      varchar(64),
  recorded_at     timestamptz   not null,
  check (amount <> 0),
  check ((type = 'DEOBLIGATION') = (amount < 0))
);
create index ledger_entry_agreement_id on ledger_entry (agreement_id, id);
create index ledger_entry_line_type on ledger_entry (budget_line_id, type);
create index ledger_entry_obligation_type on ledger_entry (obligation_id, type);

create function ledger_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'ledger entries are append-only: record a reversing entry instead';
end $$;
create trigger ledger_entry_no_update before update or delete on ledger_entry
  for each row execute function ledger_entry_append_only();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
  for each statement execute function ledger_entry_append_only();

-- Envers history. Balances are not audited here: every change to them is a ledger entry.
create table agreement_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  reference varchar(60), title varchar(200), donor_agency varchar(16), recipient_agency varchar(16),
  treasury_account varchar(60), currency varchar(3), ceiling numeric(17,2), period_start date,
  period_end date, status varchar(16), created_at timestamptz,
  primary key (id, rev)
);
create table budget_line_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  agreement_id bigint, category varchar(32), description varchar(200), allotted numeric(17,2),
  created_at timestamptz,
  primary key (id, rev)
);
create table obligation_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  budget_line_id bigint, agreement_id bigint, amount numeric(17,2), purpose varchar(300),
  reference varchar(100), obligated_on date, created_by varchar(200), created_at timestamptz,
  primary key (id, rev)
);
create table disbursement_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  obligation_id bigint, agreement_id bigint, kind varchar(16), amount numeric(17,2),
  description varchar(300), status varchar(16), requested_by varchar(200),
  requested_agency varchar(16), requested_at timestamptz, decided_by varchar(200),
  decided_at timestamptz, decision_reason varchar(500),
  primary key (id, rev)
);
