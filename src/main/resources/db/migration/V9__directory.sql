-- The interviewer directory: people who interview, their working hours and limits; and pools of them.
create table interviewer_profile (
    email         varchar(254) primary key, -- lower case
    name          varchar(200) not null,
    time_zone     varchar(64),
    -- weekly working hours as JSON: [{"days": ["MONDAY", ...], "start": "09:00", "end": "17:00"}]; null: the default
    working_hours text,
    daily_limit   integer,
    weekly_limit  integer,
    trainee       boolean      not null default false,
    updated_at    timestamptz  not null
);

create table interviewer_pool (
    name       varchar(100) primary key,
    created_at timestamptz  not null
);

create table interviewer_pool_member (
    pool_name varchar(100) not null references interviewer_pool (name) on delete cascade,
    email     varchar(254) not null, -- lower case
    name      varchar(200) not null,
    primary key (pool_name, email)
);

-- Who interviews when: the load of a person is counted by e-mail over a time range.
create index interviewer_email_lower on interviewer (lower(email));
-- An interview of a pool records the pool; a shadow seat (a trainee) never counts toward the pool's count.
alter table interview add column pool_name varchar(100);
alter table interviewer add column shadow boolean not null default false;
