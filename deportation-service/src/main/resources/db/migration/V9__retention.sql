-- Retention: cases in a final status are pseudonymised after their period (RetentionService).

-- When a case was pseudonymised; null while it keeps its personal data. Not mapped by the entity:
-- only the retention run reads and writes it.
alter table removal_case add column pseudonymised_at timestamptz;
create index removal_case_retention on removal_case (status, id) where pseudonymised_at is null;

-- Each run of the policy, with counts (never values): when, who or what started it, dry or real.
create sequence retention_run_seq increment by 50;
create table retention_run (
  id           bigint       primary key,
  started_at   timestamptz  not null,
  finished_at  timestamptz,
  dry_run      boolean      not null,
  trigger_kind varchar(16)  not null,
  triggered_by varchar(200) not null,
  request_id   varchar(64),
  outcome      varchar(16)  not null,
  cases        bigint       not null default 0,
  grants_ended bigint       not null default 0,
  counts       jsonb        not null default '{}'
);
-- One run at a time, whichever replica's schedule or administrator starts it.
create unique index retention_run_one_running on retention_run ((true)) where outcome = 'RUNNING';
