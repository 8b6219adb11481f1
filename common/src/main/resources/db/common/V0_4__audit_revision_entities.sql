-- Which entities each Envers revision changed (Envers' @ModifiedEntityNames), for the revision
-- log auditors export; class names only, never values.
create table audit_revision_entity (
  revision_id bigint       not null references audit_revision (id) on delete cascade,
  entity_name varchar(255) not null,
  primary key (revision_id, entity_name)
);

-- The revision log's export filters by time and reads on by id.
create index audit_revision_changed_at on audit_revision (changed_at, id);
