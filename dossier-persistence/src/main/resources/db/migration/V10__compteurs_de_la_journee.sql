-- The counts of Ma journée's filters read every due dossier of the clerk (a few thousand): an index
-- that holds every column they group by answers them without visiting the table (index-only scan),
-- 38 ms → a few ms at a million dossiers.
create index ix_dossier_journee_compteurs on dossier (gestionnaire_id, prochaine_action_le)
    include (etape, creancier_id, priorite, echeancier_en_cours, reclamation_ouverte, surendettement, prescription_le, solde)
    where statut = 'OUVERT';
