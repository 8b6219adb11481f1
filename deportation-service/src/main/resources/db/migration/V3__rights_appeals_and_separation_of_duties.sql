-- Access to rights, appeals as the law has them, and separation of duties on protection
-- decisions. The services check each rule first and say why; these constraints and triggers are
-- the last line of defence, so no path can write what the law forbids.

-- What the person was told of, in which language, through which interpreter.
create sequence rights_notice_seq increment by 50;
create table rights_notice (
  id           bigint       primary key,
  case_id      bigint       not null references removal_case (id),
  rights       text[]       not null check (cardinality(rights) > 0),
  language     varchar(8)   not null,
  interpreter  varchar(200),
  informed_on  date         not null,
  recorded_by  varchar(200) not null,
  recorded_at  timestamptz  not null,
  version      bigint       not null
);
create index rights_notice_case_id on rights_notice (case_id, id);
create table rights_notice_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  case_id bigint, rights text[], language varchar(8), interpreter varchar(200), informed_on date,
  recorded_by varchar(200), recorded_at timestamptz,
  primary key (id, rev)
);

-- A fear of return is a claim to examine, never NO_CLAIM; a negative screening is confirmed by a
-- supervisor other than the screener.
alter table screening
  add column confirmed_by        varchar(200),
  add column confirmed_at        timestamptz,
  add column confirmation_reason varchar(1000),
  add constraint screening_fear_is_never_no_claim
    check (not (claim_expressed and outcome = 'NO_CLAIM')),
  add constraint screening_confirmed_by_another
    check (confirmed_by is null or confirmed_by <> screener),
  add constraint screening_confirmation_complete
    check ((confirmed_by is null) = (confirmed_at is null)
       and (confirmed_by is null) = (confirmation_reason is null));
create table screening_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  case_id bigint, screener varchar(200), screener_officer_id bigint, certification_id bigint,
  language varchar(8), interpreter varchar(200), claim_expressed boolean, outcome varchar(16),
  notes varchar(4000), screened_at timestamptz, confirmed_by varchar(200),
  confirmed_at timestamptz, confirmation_reason varchar(1000),
  primary key (id, rev)
);

-- Appeals: the deadline that applied, who admitted a late one and why, who decided and when; the
-- order's issuer never decides the appeal against it.
alter table appeal
  add column deadline                date,
  add column order_issued_by         varchar(200),
  add column admitted_out_of_time_by varchar(200),
  add column out_of_time_reason      varchar(1000),
  add column decided_by              varchar(200),
  add column decided_at              timestamptz;
update appeal a set deadline = o.appeal_deadline, order_issued_by = o.issued_by
  from removal_order o where o.id = a.order_id;
update appeal set admitted_out_of_time_by = 'system',
  out_of_time_reason = 'Recorded before late appeals were refused'
  where filed_on > deadline;
alter table appeal
  alter column deadline set not null,
  alter column order_issued_by set not null,
  add constraint appeal_in_time_or_admitted
    check (filed_on <= deadline or admitted_out_of_time_by is not null),
  add constraint appeal_out_of_time_with_reason
    check ((admitted_out_of_time_by is null) = (out_of_time_reason is null)),
  add constraint appeal_not_decided_by_order_issuer
    check (decided_by is null or decided_by <> order_issued_by);
alter table appeal_aud
  add column deadline                date,
  add column order_issued_by         varchar(200),
  add column admitted_out_of_time_by varchar(200),
  add column out_of_time_reason      varchar(1000),
  add column decided_by              varchar(200),
  add column decided_at              timestamptz;

alter table protection_claim add column decided_at timestamptz;
alter table protection_claim_aud add column decided_at timestamptz;

-- Whoever issued a case's removal order does not decide its protection claim, and whoever
-- decided the claim does not issue the order.
create function protection_decider_is_not_order_issuer() returns trigger
language plpgsql as $$
begin
  if tg_table_name = 'protection_claim' then
    if new.decided_by is not null and exists (
        select 1 from removal_order o where o.case_id = new.case_id and o.issued_by = new.decided_by) then
      raise exception 'the issuer of the removal order cannot decide the protection claim'
        using errcode = '23514', constraint = 'protection_decider_is_not_order_issuer';
    end if;
  elsif exists (
      select 1 from protection_claim c where c.case_id = new.case_id and c.decided_by = new.issued_by) then
    raise exception 'the decider of the protection claim cannot issue the removal order'
      using errcode = '23514', constraint = 'protection_decider_is_not_order_issuer';
  end if;
  return new;
end $$;
create trigger protection_claim_decider before insert or update on protection_claim
  for each row execute function protection_decider_is_not_order_issuer();
create trigger removal_order_issuer before insert or update on removal_order
  for each row execute function protection_decider_is_not_order_issuer();
