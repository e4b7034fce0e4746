-- The clerk's day pages with a row comparison (date, -solde, id) > (…): with the index in exactly
-- that order it is an index seek, so page 21 costs what page 1 does (an OR of conditions was only a
-- filter, read from the top of the list).
drop index ix_dossier_journee;
create index ix_dossier_journee on dossier (gestionnaire_id, prochaine_action_le, (-solde), id)
    where statut = 'OUVERT';
