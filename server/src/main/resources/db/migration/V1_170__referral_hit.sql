-- Why an enrollment was referred (decision 0170): for each candidate its 1:N check named, each
-- modality that hit, with the score, the threshold it met and the FMR target that threshold comes
-- from. Written in the referral's transaction, so a referral never lacks its hits. Referrals
-- written before this migration have no rows here. Numbered 1.170 like V1_110.
create table referral_hit (
  referral_id        uuid not null references referral(id),
  candidate_id       uuid not null,
  modality           text not null check (modality in ('FACE', 'RIGHT_INDEX', 'LEFT_INDEX')),
  candidate_modality text not null check (candidate_modality in ('FACE', 'RIGHT_INDEX', 'LEFT_INDEX')),
  score              double precision not null,
  threshold          double precision not null,
  fmr_target         text not null,
  primary key (referral_id, candidate_id, modality)
);
