-- egate schema, version 1. Plain PostgreSQL; see docs/decisions/0051-storage.md.

create table site (
  id          text primary key,
  name_zh     text not null,
  name_en     text not null,
  kind        text not null,
  port_code   text
);

create table terminal (
  site_id            text not null references site(id),
  code               text not null,
  name_zh            text not null,
  name_en            text not null,
  departure_opens_on date,
  arrival_opens_on   date,
  primary key (site_id, code)
);

create table enrollment_place (
  site_id     text not null,
  terminal    text not null,
  name_zh     text not null,
  name_en     text not null,
  opens_on    date not null,
  primary key (site_id, terminal)
);

create table lane (
  id          text primary key,
  site_id     text not null,
  terminal    text not null,
  direction   text not null check (direction in ('DEPARTURE', 'ARRIVAL')),
  opens_on    date not null,
  status      text not null check (status in ('IN_SERVICE', 'CLOSED')),
  foreign key (site_id, terminal) references terminal(site_id, code)
);

-- Envelope encryption: data keys, each wrapped (AES-GCM) by a master key version.
create table data_key (
  id            bigserial primary key,
  master_key_id text not null,
  wrapped       bytea not null,
  created_at    timestamptz not null,
  active        boolean not null
);
create unique index data_key_one_active on data_key (active) where active;

create table lane_credential (
  lane_id       text primary key references lane(id),
  secret_sealed bytea not null,
  created_at    timestamptz not null
);

create table officer (
  username      text primary key,
  password_hash text not null,
  roles         text not null,
  display_name  text not null,
  enabled       boolean not null default true,
  created_at    timestamptz not null
);

create table traveler (
  id            uuid primary key,
  surname       text not null,
  given_names   text not null,
  birth_date    date not null,
  nationality   text not null,
  created_at    timestamptz not null
);

-- Enrollments (border.enrollment.Enrollment). "Current" = not withdrawn: one per traveler and one
-- per document, enforced here too so concurrent counters cannot both succeed.
create table enrollment (
  id              uuid primary key,
  traveler_id     uuid not null references traveler(id),
  category        text not null,
  height_cm       integer not null,
  site_id         text not null,
  terminal        text not null,
  enrolled_on     date not null,
  rule_version    text not null,
  status          text not null check (status in ('PENDING_REVIEW', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
  status_since    date not null,
  status_note     text not null,
  consent_face    boolean,
  consent_fingers boolean,
  consent_on      date,
  client_key      text unique,
  created_at      timestamptz not null
);
create unique index enrollment_current_per_traveler on enrollment (traveler_id) where status <> 'WITHDRAWN';

create table enrollment_document (
  enrollment_id   uuid not null references enrollment(id),
  kind            text not null,
  issuer          text not null,
  number          text not null,
  expires_on      date,
  current         boolean not null,
  primary key (enrollment_id, kind, issuer, number)
);
create unique index enrollment_document_current on enrollment_document (kind, issuer, number) where current;
create index enrollment_document_key on enrollment_document (kind, issuer, number);

-- Biometric templates and the face image, sealed (AES-GCM) under a data key; erased on withdrawal.
create table biometric (
  enrollment_id uuid not null references enrollment(id),
  slot          text not null check (slot in ('FACE', 'RIGHT_INDEX', 'LEFT_INDEX', 'FACE_IMAGE')),
  format        text not null,
  sealed        bytea not null,
  primary key (enrollment_id, slot)
);

-- The officers' referral queue: enrollments whose 1:N check found candidates.
create table referral (
  id                    uuid primary key,
  enrollment_id         uuid not null references enrollment(id),
  candidates            text not null,
  status                text not null check (status in ('OPEN', 'APPROVED', 'REJECTED')),
  created_at            timestamptz not null,
  resolved_by           text,
  resolved_at           timestamptz,
  resolution_note       text
);
create index referral_open on referral (status) where status = 'OPEN';

create table exit_ban (
  id            uuid primary key,
  traveler_id   uuid not null references traveler(id),
  starts_on     date not null,
  ends_on       date,
  lifted_on     date,
  authority     text not null
);
create index exit_ban_traveler on exit_ban (traveler_id);

create table lost_stolen_document (
  kind          text not null,
  issuer        text not null,
  number        text not null,
  reported_on   date not null,
  source        text not null,
  primary key (kind, issuer, number)
);

-- Crossings are partitioned by month (Asia/Taipei months); partitions are created on demand
-- (crossing.CrossingPartitions). Idempotency needs a key unique across partitions, which a
-- partitioned table cannot enforce, hence crossing_key.
create table crossing_key (
  client_key    text primary key,
  crossing_id   uuid not null unique,
  occurred_at   timestamptz not null
);

create table crossing (
  id            uuid not null,
  client_key    text not null,
  traveler_id   uuid not null,
  enrollment_id uuid not null,
  lane_id       text not null,
  site_id       text not null,
  direction     text not null,
  occurred_at   timestamptz not null,
  day           date not null,
  reason_code   text not null,
  decision      jsonb not null,
  received_at   timestamptz not null,
  primary key (id, occurred_at)
) partition by range (occurred_at);
create index crossing_traveler_day on crossing (traveler_id, day);

create table stamp_request (
  id            uuid primary key,
  crossing_id   uuid not null unique,
  counter_site  text not null,
  stamped_at    timestamptz not null,
  day           date not null
);

-- Eligibility rule versions: added, never edited (decisions cite them).
create table rule_version (
  id                     text primary key,
  effective_from         date not null unique,
  open_categories        text not null,
  minimum_age            integer not null,
  minimum_height_cm      integer not null,
  fingerprints_mandatory boolean not null,
  note                   text not null
);

-- The audit log: append-only and hash-chained (see audit.AuditLog).
create table audit_entry (
  seq           bigint primary key,
  at            timestamptz not null,
  actor         text not null,
  action        text not null,
  subject       text not null,
  reason        text not null,
  detail        text not null,
  prev_hash     bytea not null,
  hash          bytea not null
);

-- Append-only by construction: updates and deletes are refused by the database itself. A
-- superuser can still drop the trigger; the hash chain is what detects that (egate audit verify).
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_change before update or delete on audit_entry
  for each row execute function audit_entry_append_only();
