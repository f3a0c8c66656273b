-- Lane referrals (decision 0112): a refused or referred gate decision sends the traveler to a
-- counter; the officer's resolution of it is kept here, one per crossing, with who and why (the
-- audit log holds the same facts, hash-chained). Numbered 1.110 so it sorts before any V2 other
-- branches add.
create table lane_referral_resolution (
  crossing_id   uuid primary key,
  outcome       text not null check (outcome in ('APPROVED', 'REFUSED')),
  resolved_by   text not null,
  resolved_at   timestamptz not null,
  note          text not null
);
