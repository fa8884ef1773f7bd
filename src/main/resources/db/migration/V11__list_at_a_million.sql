-- The recruiter's list and the API list at a million interviews (issue 12): every list is a walk along an index,
-- never a sort or a count of the whole table.

-- Where an interview sits in a list: its start, or, while the candidate is choosing, the end of their window.
alter table interview add column list_at timestamptz generated always as (coalesce(start_at, choose_to)) stored;
create index interview_list on interview (list_at, id);
-- A status filter walks its own part of the list; the attention section is a small index of its own.
create index interview_status_list on interview (status, list_at, id);
create index interview_attention on interview (list_at, id) where status in ('NEEDS_ATTENTION', 'FAILED');
-- Incremental sync for applicant-tracking systems (updatedSince), in change order.
create index interview_updated on interview (updated_at, id);

-- Search: role, candidate and panel (names and e-mails) in one lower-case text, kept by the app
-- (Interview#searchText), found by trigram so "%part%" uses the index.
create extension if not exists pg_trgm;
alter table interview add column search_text text;
update interview i set search_text = lower(concat_ws(' ', i.title, i.candidate_name, i.candidate_email,
    (select string_agg(p.name || ' ' || p.email, ' ' order by p.position) from interviewer p where p.interview_id = i.id)));
alter table interview alter column search_text set not null;
create index interview_search on interview using gin (search_text gin_trgm_ops);

-- The viewer's time zone: saved by the recruiter, else the browser's at sign-in.
create table recruiter_preference (
    email     varchar(254) primary key,
    time_zone varchar(64)  not null
);
alter table recruiter_session add column browser_time_zone varchar(64);
