-- An Idempotency-Key sent with POST /api/interviews, the request it came with, and the interview it created.
create table idempotency_key (
    key          varchar(255) primary key,
    request_hash varchar(64)  not null,
    interview_id uuid         not null references interview (id) on delete cascade,
    created_at   timestamptz  not null
);
