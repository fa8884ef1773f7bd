-- What the periodic comparison with Google Calendar (or a move that could not be made) found wrong.
alter table interview add column attention text;
