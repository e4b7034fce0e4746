-- One save of a dossier may carry several kinds of change (a call, a promise, a hold and the next
-- action); the audit row names them all.
alter table journal_audit alter column action type varchar(200);
