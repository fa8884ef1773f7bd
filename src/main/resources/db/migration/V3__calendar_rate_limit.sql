-- bucket4j's token bucket per organizer, shared by every app instance (select ... for update).
create table calendar_rate_limit (
    id    varchar(254) primary key,
    state bytea
);
