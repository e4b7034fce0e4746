-- What each créancier claims and grants, kept by the administrator: L441-10 penalties and the 40 €
-- indemnity (D441-5) claimed or not, the longest payment plan and the smallest instalment a clerk may
-- agree; the scope of its written mandate (R124-3 CPCE).
alter table creancier add column penalites_de_retard boolean not null default true;
alter table creancier add column indemnite_forfaitaire boolean not null default true;
alter table creancier add column echeancier_duree_max_mois integer not null default 24;
alter table creancier add column echeance_minimale numeric(19, 2) not null default 0;
alter table creancier add constraint ck_creancier_duree check (echeancier_duree_max_mois between 1 and 60);
alter table creancier add constraint ck_creancier_echeance_minimale check (echeance_minimale between 0 and 100000);
alter table mandat add column objet varchar(500);
