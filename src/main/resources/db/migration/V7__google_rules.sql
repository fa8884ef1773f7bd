-- Copies of other events' conferences are gone: every interview gets its own Google Meet conference.
alter table interview drop column copy_from_event_id;
-- The conference exactly as Google returned it (JSON text, byte for byte), which is what the candidate's event copies.
alter table interview add column conference_data text;
-- Comparisons with Google Calendar are history lines without a step of the interview's own.
alter table interview_step_log alter column step drop not null;
-- Nothing queries due steps by this index: db-scheduler keeps its own.
drop index interview_due_step;
-- Sign-in looks accounts up by lower-cased e-mail.
create index recruiter_email_lower on recruiter (lower(email));

-- Google made the organizer calendar read-only ("Calendar usage limits exceeded"): every instance's writes wait.
create table calendar_pause (
    organizer        varchar(254) primary key,
    paused_until     timestamptz  not null,
    pauses_in_a_row  integer      not null
);
