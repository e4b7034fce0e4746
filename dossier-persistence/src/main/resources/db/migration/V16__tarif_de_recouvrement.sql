-- The commissaire's recovery tariffs (art. A444-31 C. com., debtor side; A444-32, creditor side): per
-- date of entry into force, one row for the fixed amount due below a threshold and one per band.
alter table tarif add column nature varchar(8) not null default 'TRANCHE';
alter table tarif add column confirme boolean not null default false;
alter table tarif add constraint ck_tarif_nature check (nature in ('FORFAIT', 'TRANCHE'));
alter table tarif drop constraint uk_tarif;
alter table tarif add constraint uk_tarif unique (code, nature, tranche_de, en_vigueur_le);

-- The tariff of 1 March 2024 as found in secondary sources, to confirm against the arrêté. The two
-- higher bands of A444-32 are the 2020 values (3,87 % to 52 400 €, 2,98 % above), to confirm too.
insert into tarif (id, code, libelle, cote, nature, tranche_de, tranche_a, taux_pourcent, montant_fixe, plafond, en_vigueur_le, source) values
    (gen_random_uuid(), 'A444-31', 'Droit proportionnel de recouvrement à la charge du débiteur', 'DEBITEUR', 'FORFAIT', 0, 44.00, null, 4.29, 550.00, '2024-03-01', 'art. A444-31 C. com., tarif du 1er mars 2024 - à confirmer'),
    (gen_random_uuid(), 'A444-31', 'Droit proportionnel de recouvrement à la charge du débiteur', 'DEBITEUR', 'TRANCHE', 0, 125.00, 9.75, null, 550.00, '2024-03-01', 'art. A444-31 C. com., tarif du 1er mars 2024 - à confirmer'),
    (gen_random_uuid(), 'A444-31', 'Droit proportionnel de recouvrement à la charge du débiteur', 'DEBITEUR', 'TRANCHE', 125.00, 610.00, 6.34, null, 550.00, '2024-03-01', 'art. A444-31 C. com., tarif du 1er mars 2024 - à confirmer'),
    (gen_random_uuid(), 'A444-31', 'Droit proportionnel de recouvrement à la charge du débiteur', 'DEBITEUR', 'TRANCHE', 610.00, 1525.00, 3.41, null, 550.00, '2024-03-01', 'art. A444-31 C. com., tarif du 1er mars 2024 - à confirmer'),
    (gen_random_uuid(), 'A444-31', 'Droit proportionnel de recouvrement à la charge du débiteur', 'DEBITEUR', 'TRANCHE', 1525.00, null, 0.29, null, 550.00, '2024-03-01', 'art. A444-31 C. com., tarif du 1er mars 2024 - à confirmer'),
    (gen_random_uuid(), 'A444-32', 'Droit proportionnel de recouvrement à la charge du créancier', 'CREANCIER', 'FORFAIT', 0, 188.00, null, 21.45, 5540.00, '2024-03-01', 'art. A444-32 C. com., tarif du 1er mars 2024 - à confirmer'),
    (gen_random_uuid(), 'A444-32', 'Droit proportionnel de recouvrement à la charge du créancier', 'CREANCIER', 'TRANCHE', 0, 125.00, 11.70, null, 5540.00, '2024-03-01', 'art. A444-32 C. com., tarif du 1er mars 2024 - à confirmer'),
    (gen_random_uuid(), 'A444-32', 'Droit proportionnel de recouvrement à la charge du créancier', 'CREANCIER', 'TRANCHE', 125.00, 610.00, 10.73, null, 5540.00, '2024-03-01', 'art. A444-32 C. com., tarif du 1er mars 2024 - à confirmer'),
    (gen_random_uuid(), 'A444-32', 'Droit proportionnel de recouvrement à la charge du créancier', 'CREANCIER', 'TRANCHE', 610.00, 1525.00, 10.24, null, 5540.00, '2024-03-01', 'art. A444-32 C. com., tarif du 1er mars 2024 - à confirmer'),
    (gen_random_uuid(), 'A444-32', 'Droit proportionnel de recouvrement à la charge du créancier', 'CREANCIER', 'TRANCHE', 1525.00, 52400.00, 3.87, null, 5540.00, '2024-03-01', 'art. A444-32 C. com., valeur de 2020 reprise pour 2024 - à confirmer'),
    (gen_random_uuid(), 'A444-32', 'Droit proportionnel de recouvrement à la charge du créancier', 'CREANCIER', 'TRANCHE', 52400.00, null, 2.98, null, 5540.00, '2024-03-01', 'art. A444-32 C. com., valeur de 2020 reprise pour 2024 - à confirmer')
on conflict do nothing;
