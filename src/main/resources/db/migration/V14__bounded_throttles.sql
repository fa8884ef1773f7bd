-- bucket4j writes when each bucket is full again (epoch milliseconds); rows past it are deleted (ThrottleHousekeeping),
-- so the throttle tables hold only the addresses and accounts that failed within their window.
alter table sign_in_throttle add column expires_at bigint;
alter table page_throttle add column expires_at bigint;
-- An account's failures now count per account and address together: "account:<e-mail> from <address>".
alter table sign_in_throttle alter column id type varchar(400);
alter table page_throttle alter column id type varchar(400);
-- Rows written before this version: kept for a window, then cleaned like the others.
update sign_in_throttle set expires_at = (extract(epoch from now()) * 1000)::bigint + 15 * 60 * 1000;
update page_throttle set expires_at = (extract(epoch from now()) * 1000)::bigint + 60 * 60 * 1000;
create index sign_in_throttle_expires_at on sign_in_throttle (expires_at);
create index page_throttle_expires_at on page_throttle (expires_at);
