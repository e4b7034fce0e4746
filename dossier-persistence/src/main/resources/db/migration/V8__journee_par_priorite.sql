-- Ma journée by priority: a promise due first, then a missed instalment, then the rest (1, 2, 3 as
-- ProchaineAction.Type.priorite() says; the application writes it with the next action). Inside a
-- priority, the largest balance, then the oldest action. The index holds that whole order so that
-- a page, however deep, starts with a seek; the due-date condition is checked inside the index.
alter table dossier add column priorite smallint not null default 3;
update dossier set priorite = case prochaine_action when 'RAPPEL_PROMESSE' then 1 else 2 end
 where prochaine_action in ('RAPPEL_PROMESSE', 'ECHEANCE_IMPAYEE');
alter table dossier add constraint ck_dossier_priorite check (priorite between 1 and 3);

drop index ix_dossier_journee;
create index ix_dossier_journee on dossier (gestionnaire_id, priorite, (-solde), prochaine_action_le, id)
    where statut = 'OUVERT';
