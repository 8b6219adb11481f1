-- deportation-service schema. Every list filter is served by an index ending in id (keyset).

create sequence removal_case_seq increment by 50;
create table removal_case (
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
create index removal_case_agency_id on removal_case (owning_agency, id);
create index removal_case_agency_status_id on removal_case (owning_agency, status, id);
create index removal_case_agency_nationality_id on removal_case (owning_agency, nationality, id);
create index removal_case_agency_encountered_id on removal_case (owning_agency, encountered_on, id);
create index removal_case_removed_on on removal_case (owning_agency, removed_on) where removed_on is not null;
create index removal_case_search on removal_case using gin (search_text);

-- The timeline of a case: transitions, flags, claims, orders, documents, manifests, partner reads.
create sequence case_event_seq increment by 50;
create table case_event (
  id          bigint       primary key,
  case_id     bigint       not null references removal_case (id),
  kind        varchar(32)  not null,
  from_status varchar(32),
  to_status   varchar(32),
  summary     varchar(1000) not null,
  actor       varchar(200) not null,
  agency      varchar(16),
  request_id  varchar(64),
  at          timestamptz  not null
);
create index case_event_case_id on case_event (case_id, id);

create sequence case_flag_seq increment by 50;
create table case_flag (
  id          bigint       primary key,
  case_id     bigint       not null references removal_case (id),
  type        varchar(32)  not null,
  reason      varchar(1000) not null,
  due_on      date,
  raised_by   varchar(200) not null,
  raised_at   timestamptz  not null,
  resolved_by varchar(200),
  resolved_at timestamptz,
  resolution  varchar(1000),
  version     bigint       not null
);
create index case_flag_case_id on case_flag (case_id, id);
create index case_flag_open_type on case_flag (type, case_id) where resolved_at is null;

create sequence screening_seq increment by 50;
create table screening (
  id                 bigint       primary key,
  case_id            bigint       not null references removal_case (id),
  screener           varchar(200) not null,
  screener_officer_id bigint      not null,
  certification_id   bigint       not null,
  language           varchar(8)   not null,
  interpreter        varchar(200),
  claim_expressed    boolean      not null,
  outcome            varchar(16)  not null,
  notes              varchar(4000),
  screened_at        timestamptz  not null,
  version            bigint       not null
);
create index screening_case_id on screening (case_id, id);

create sequence protection_claim_seq increment by 50;
create table protection_claim (
  id              bigint       primary key,
  case_id         bigint       not null references removal_case (id),
  filed_on        date         not null,
  grounds         varchar(4000) not null,
  status          varchar(16)  not null,
  decided_on      date,
  decided_by      varchar(200),
  decision_reason varchar(2000),
  version         bigint       not null
);
create index protection_claim_case_id on protection_claim (case_id, id);

create sequence removal_order_seq increment by 50;
create table removal_order (
  id                 bigint       primary key,
  case_id            bigint       not null references removal_case (id),
  legal_basis        varchar(500) not null,
  issued_on          date         not null,
  notified_on        date         not null,
  appeal_deadline    date         not null,
  appeal_suspensive  boolean      not null,
  issued_by          varchar(200) not null,
  version            bigint       not null,
  constraint removal_order_case_unique unique (case_id),
  check (appeal_deadline >= notified_on and notified_on >= issued_on)
);

create sequence appeal_seq increment by 50;
create table appeal (
  id              bigint       primary key,
  order_id        bigint       not null references removal_order (id),
  filed_on        date         not null,
  grounds         varchar(4000) not null,
  suspensive      boolean      not null,
  status          varchar(16)  not null,
  decided_on      date,
  decision_reason varchar(2000),
  version         bigint       not null
);
create index appeal_order_id on appeal (order_id, id);

create sequence travel_document_seq increment by 50;
create table travel_document (
  id             bigint       primary key,
  case_id        bigint       not null references removal_case (id),
  type           varchar(32)  not null,
  country        varchar(2)   not null,
  number         varchar(60),
  status         varchar(16)  not null,
  requested_on   date         not null,
  issued_on      date,
  expires_on     date,
  version        bigint       not null
);
create index travel_document_case_id on travel_document (case_id, id);

create sequence removal_operation_seq increment by 50;
create table removal_operation (
  id                    bigint        primary key,
  owning_agency         varchar(16)   not null,
  kind                  varchar(16)   not null,
  destination_country   varchar(2)    not null,
  destination_airport   varchar(3)    not null,
  departure_at          timestamptz   not null,
  seats                 integer       not null check (seats between 1 and 500),
  monitors              text[]        not null default '{}',
  cost_amount           numeric(17,2) check (cost_amount >= 0),
  cost_currency         varchar(3),
  funding_obligation_id bigint,
  status                varchar(20)   not null,
  status_reason         varchar(1000),
  created_by            varchar(200)  not null,
  created_at            timestamptz   not null,
  version               bigint        not null
);
create index removal_operation_agency_id on removal_operation (owning_agency, id);
create index removal_operation_agency_status_id on removal_operation (owning_agency, status, id);

create sequence operation_escort_seq increment by 50;
create table operation_escort (
  id               bigint       primary key,
  operation_id     bigint       not null references removal_operation (id),
  officer_id       bigint       not null,
  certification_id bigint       not null,
  added_by         varchar(200) not null,
  added_at         timestamptz  not null,
  constraint operation_escort_unique unique (operation_id, officer_id)
);

create sequence manifest_seat_seq increment by 50;
create table manifest_seat (
  id           bigint       primary key,
  operation_id bigint       not null references removal_operation (id),
  case_id      bigint       not null references removal_case (id),
  status       varchar(16)  not null,
  added_by     varchar(200) not null,
  added_at     timestamptz  not null,
  dropped_at   timestamptz,
  drop_reason  varchar(2000),
  version      bigint       not null
);
-- A person holds at most one seat on any manifest at a time.
create unique index manifest_seat_case_seated on manifest_seat (case_id) where status = 'SEATED';
create index manifest_seat_operation_id on manifest_seat (operation_id, status, id);

create sequence operation_incident_seq increment by 50;
create table operation_incident (
  id           bigint        primary key,
  operation_id bigint        not null references removal_operation (id),
  occurred_at  timestamptz   not null,
  category     varchar(32)   not null,
  description  varchar(4000) not null,
  reported_by  varchar(200)  not null,
  reported_at  timestamptz   not null
);
create index operation_incident_operation_id on operation_incident (operation_id, id);

create sequence disclosure_grant_seq increment by 50;
create table disclosure_grant (
  id             bigint        primary key,
  owner_agency   varchar(16)   not null,
  grantee_agency varchar(16)   not null,
  case_id        bigint        references removal_case (id),
  legal_basis    varchar(500)  not null,
  purpose        varchar(1000) not null,
  expires_at     timestamptz   not null,
  granted_by     varchar(200)  not null,
  granted_at     timestamptz   not null,
  revoked_at     timestamptz,
  revoked_by     varchar(200),
  version        bigint        not null,
  check (owner_agency <> grantee_agency)
);
create index disclosure_grant_grantee on disclosure_grant (grantee_agency, owner_agency, case_id, expires_at);
create index disclosure_grant_owner_id on disclosure_grant (owner_agency, id);

create sequence disclosure_log_seq increment by 50;
create table disclosure_log (
  id            bigint       primary key,
  grant_id      bigint       not null references disclosure_grant (id),
  case_id       bigint       not null references removal_case (id),
  reader        varchar(200) not null,
  reader_agency varchar(16)  not null,
  legal_basis   varchar(500) not null,
  what          varchar(200) not null,
  request_id    varchar(64),
  read_at       timestamptz  not null
);
create index disclosure_log_case_id on disclosure_log (case_id, id);
create index disclosure_log_reader_agency_id on disclosure_log (reader_agency, id);

-- Envers history of every audited entity.
create table removal_case_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  owning_agency varchar(16), status varchar(32), given_names varchar(200), family_names varchar(200),
  date_of_birth date, nationality varchar(2), sex varchar(1), languages text[],
  identity_documents jsonb, biometric_reference varchar(100), encountered_on date,
  encounter_place varchar(200), encountering_unit varchar(200), family_links jsonb,
  fit_to_fly boolean, fitness_assessed_on date, best_interest_decided_on date,
  best_interest_summary varchar(1000), removed_on date, created_by varchar(200), created_at timestamptz,
  primary key (id, rev)
);
create table case_flag_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  case_id bigint, type varchar(32), reason varchar(1000), due_on date, raised_by varchar(200),
  raised_at timestamptz, resolved_by varchar(200), resolved_at timestamptz, resolution varchar(1000),
  primary key (id, rev)
);
create table protection_claim_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  case_id bigint, filed_on date, grounds varchar(4000), status varchar(16), decided_on date,
  decided_by varchar(200), decision_reason varchar(2000),
  primary key (id, rev)
);
create table removal_order_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  case_id bigint, legal_basis varchar(500), issued_on date, notified_on date, appeal_deadline date,
  appeal_suspensive boolean, issued_by varchar(200),
  primary key (id, rev)
);
create table appeal_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  order_id bigint, filed_on date, grounds varchar(4000), suspensive boolean, status varchar(16),
  decided_on date, decision_reason varchar(2000),
  primary key (id, rev)
);
create table travel_document_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  case_id bigint, type varchar(32), country varchar(2), number varchar(60), status varchar(16),
  requested_on date, issued_on date, expires_on date,
  primary key (id, rev)
);
create table removal_operation_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  owning_agency varchar(16), kind varchar(16), destination_country varchar(2),
  destination_airport varchar(3), departure_at timestamptz, seats integer, monitors text[],
  cost_amount numeric(17,2), cost_currency varchar(3), funding_obligation_id bigint,
  status varchar(20), status_reason varchar(1000), created_by varchar(200), created_at timestamptz,
  primary key (id, rev)
);
create table manifest_seat_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  operation_id bigint, case_id bigint, status varchar(16), added_by varchar(200),
  added_at timestamptz, dropped_at timestamptz, drop_reason varchar(2000),
  primary key (id, rev)
);
create table disclosure_grant_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  owner_agency varchar(16), grantee_agency varchar(16), case_id bigint, legal_basis varchar(500),
  purpose varchar(1000), expires_at timestamptz, granted_by varchar(200), granted_at timestamptz,
  revoked_at timestamptz, revoked_by varchar(200),
  primary key (id, rev)
);
