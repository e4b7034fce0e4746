-- Name search returns the 50 closest names. A GIN trigram index finds the matches but must score and
-- sort them all (18 000 for a common name at a million débiteurs: 300+ ms); a GiST trigram index
-- returns them already ordered by word-similarity distance (<<->), so the scan stops at 50 (a few ms).
drop index ix_debiteur_nom_trgm;
create index ix_debiteur_nom_trgm on debiteur
    using gist (sans_accents(lower(coalesce(raison_sociale, nom || ' ' || coalesce(prenom, '')))) gist_trgm_ops);
