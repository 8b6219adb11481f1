-- Tables of the shared library, present in every service's database.

-- Idempotency-Key: the first answer of a create, replayed for the same key and body.
create table idempotency_record (
  caller       varchar(220) not null,
  idem_key     varchar(128) not null,
  scope        varchar(300) not null,
  request_hash char(64)     not null,
  response     text,
  created_at   timestamptz  not null default now(),
  primary key (caller, idem_key)
);
create index idempotency_record_created_at on idempotency_record (created_at);

-- Envers revisions: who changed what, when, for which agency and request.
create sequence audit_revision_seq increment by 50;
create table audit_revision (
  id         bigint      primary key,
  changed_at bigint      not null,
  username   varchar(200),
  agency     varchar(16),
  request_id varchar(64)
);
