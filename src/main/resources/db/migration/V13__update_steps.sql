-- The two steps that moved an interview's events now bring them in line with any change (time, title, notes, panel).
update interview set next_step = 'UPDATE_INTERVIEWER_EVENT' where next_step = 'MOVE_INTERVIEWER_EVENT';
update interview set next_step = 'UPDATE_CANDIDATE_EVENT' where next_step = 'MOVE_CANDIDATE_EVENT';
update interview_step_log set step = 'UPDATE_INTERVIEWER_EVENT' where step = 'MOVE_INTERVIEWER_EVENT';
update interview_step_log set step = 'UPDATE_CANDIDATE_EVENT' where step = 'MOVE_CANDIDATE_EVENT';
