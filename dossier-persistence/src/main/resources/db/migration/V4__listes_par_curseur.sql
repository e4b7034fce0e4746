-- Keyset pagination: each list's index holds its whole sort key, so the next page starts with an
-- index seek, however deep in the list.
drop index ix_dossier_journee;
create index ix_dossier_journee on dossier (gestionnaire_id, prochaine_action_le, solde desc, id)
    where statut = 'OUVERT';
drop index ix_dossier_creancier;
create index ix_dossier_creancier on dossier (creancier_id, reference desc);
create index ix_dossier_debiteur_dossier on dossier_debiteur (dossier_id) where rang = 1;
