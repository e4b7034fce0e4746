-- The commissaire's supervision reads a period of activity: without these, every view read the whole
-- contact log and timeline (5.7 million entries at a million dossiers).
create index ix_contact_sortant_par_moment on contact (moment) where not entrant;
create index ix_evenement_activite_par_moment on evenement (moment)
    where type in ('PROMESSE', 'PAIEMENT', 'DEMANDE_ESCALADE');
