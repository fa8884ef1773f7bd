-- The list shows each interview's panel; reading it from interviewer for every row of a page cost more than the rest
-- of the page's query together (issue 12). The names, in seat order with a shadow marked, are kept on the interview
-- by the app (Interview#panelNames), as the search text is.
alter table interview add column panel_names text;
update interview i set panel_names = coalesce((select string_agg(p.name || case when p.shadow then ' (shadow)' else '' end,
    ', ' order by p.position) from interviewer p where p.interview_id = i.id), '');
alter table interview alter column panel_names set not null;
