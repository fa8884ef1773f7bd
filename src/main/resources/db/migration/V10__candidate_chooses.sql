-- The candidate picks the time: until then the interview has no start, only a window, and nothing is in Google.
alter table interview alter column start_at drop not null;
alter table interview add column choose_from timestamptz;
alter table interview add column choose_to timestamptz;
alter table interview add column choose_options integer;
-- The candidate's link: 256 random bits, URL-safe; kept so the recruiter can copy the link again.
alter table interview add column scheduling_token varchar(64);
create unique index interview_scheduling_token on interview (scheduling_token) where scheduling_token is not null;
alter table interview add column candidate_moves integer not null default 0;
alter table interview add column cancel_reason varchar(500);

-- bucket4j's token buckets for the candidate's page, per client address, shared by every instance.
create table page_throttle (
    id    varchar(300) primary key,
    state bytea
);
