-- The same row as removal_case: the same columns, generated search column and indexes, so
-- the database does the same work and only the service tier differs.
create sequence bare_case_seq increment by 50;
create table bare_case (
  id                    bigint       primary key,
  owning_agency         varchar(16)  not null,
  status                varchar(32)  not null,
  given_names           varchar(200) not null,
  family_names          varchar(200) not null,
  date_of_birth         date,
  nationality           varchar(2)   not null,
  sex                   varchar(1)   not null,
  languages             text[]       not null default '{}',
  identity_documents    jsonb        not null default '[]',
  biometric_reference   varchar(100),
  encountered_on        date         not null,
  encounter_place       varchar(200) not null,
  encountering_unit     varchar(200),
  family_links          jsonb        not null default '[]',
  fit_to_fly            boolean,
  fitness_assessed_on   date,
  best_interest_decided_on date,
  best_interest_summary varchar(1000),
  removed_on            date,
  created_by            varchar(200) not null,
  created_at            timestamptz  not null,
  version               bigint       not null,
  -- Free-text search over names, on an index; never through a URL (search is a POST).
  search_text tsvector generated always as (
    to_tsvector('simple', given_names || ' ' || family_names || ' ' || coalesce(biometric_reference, ''))
  ) stored
);
create index bare_case_agency_id on bare_case (owning_agency, id);
create index bare_case_agency_status_id on bare_case (owning_agency, status, id);
create index bare_case_agency_nationality_id on bare_case (owning_agency, nationality, id);
create index bare_case_agency_encountered_id on bare_case (owning_agency, encountered_on, id);
create index bare_case_removed_on on bare_case (owning_agency, removed_on) where removed_on is not null;
create index bare_case_search on bare_case using gin (search_text);
