-- A payment above the balance is accepted only when the clerk marks it as a trop-perçu: the excess is
-- kept apart on the payment and on the dossier, to be returned to the debtor (art. 1302-1 C. civ.).
-- Balances that earlier versions let go below zero are moved into the trop-perçu they were.
alter table paiement add column trop_percu numeric(19, 2) not null default 0;
alter table paiement add constraint ck_paiement_trop_percu check (trop_percu >= 0 and trop_percu <= montant);

alter table dossier add column trop_percu numeric(19, 2) not null default 0;
update dossier set trop_percu = -solde, recouvre = recouvre + solde, solde = 0 where solde < 0;
alter table dossier add constraint ck_dossier_solde check (solde >= 0);
alter table dossier add constraint ck_dossier_trop_percu check (trop_percu >= 0);
