-- Family unity: a supervisor's decision that a person may be removed without a linked relative
-- (who, when, why, under which request). Without one, linked family members travel together.
create sequence family_separation_seq increment by 50;
create table family_separation (
  id               bigint        primary key,
  case_id          bigint        not null references removal_case (id),
  relative_case_id bigint        not null,
  reason           varchar(1000) not null check (length(btrim(reason)) > 0),
  decided_by       varchar(200)  not null,
  decided_at       timestamptz   not null,
  request_id       varchar(64),
  version          bigint        not null,
  check (case_id <> relative_case_id)
);
create index family_separation_case on family_separation (case_id, id);
create index family_separation_relative on family_separation (relative_case_id, id);

create table family_separation_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  case_id bigint, relative_case_id bigint, reason varchar(1000), decided_by varchar(200),
  decided_at timestamptz, request_id varchar(64),
  primary key (id, rev)
);

-- A link is recorded on one case but binds both people: "which cases link to this one" is asked
-- by the gate for every seat, so it is served by an index.
create index removal_case_family_links on removal_case using gin (family_links jsonb_path_ops);
