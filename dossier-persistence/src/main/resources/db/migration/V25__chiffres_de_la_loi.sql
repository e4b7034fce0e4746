-- The law's figures that the rules read by date (RSA, small-claims ceiling, procedural deadlines,
-- hours of enforcement): one row per figure and date of entry into force, in force until the next row,
-- with its source and whether the office checked it against the text (à confirmer otherwise).
create table chiffre_de_la_loi (
    chiffre    varchar(60)    not null,
    debut      date           not null,
    valeur     numeric(19, 2) not null,
    source     text           not null,
    publie_le  date,
    confirme   boolean        not null default false,
    constraint pk_chiffre_de_la_loi primary key (chiffre, debut),
    constraint ck_chiffre_de_la_loi_chiffre check (chiffre in ('RSA_PERSONNE_SEULE', 'PLAFOND_PETITES_CREANCES',
        'DELAI_SIGNIFICATION_INJONCTION', 'DELAI_OPPOSITION_INJONCTION', 'DELAI_COMMANDEMENT_SAISIE_VENTE',
        'DELAI_DENONCIATION_SAISIE_ATTRIBUTION', 'DELAI_CONTESTATION_SAISIE_ATTRIBUTION', 'HEURE_PREMIER_ACTE',
        'HEURE_DERNIER_ACTE')),
    constraint ck_chiffre_de_la_loi_source check (length(source) between 1 and 500)
);

insert into chiffre_de_la_loi (chiffre, debut, valeur, source, confirme) values
    ('RSA_PERSONNE_SEULE', '2025-04-01', 646.52, 'Montant forfaitaire du RSA pour un foyer d''une personne, revalorisé au 1er avril 2025 (art. L262-2 et R262-1 CASF)', true),
    ('PLAFOND_PETITES_CREANCES', '2022-01-01', 5000.00, 'art. L125-1 et R125-1 CPCE : procédure simplifiée jusqu''à 5 000 € (plafond en vigueur au 1er janvier 2022)', true),
    ('DELAI_SIGNIFICATION_INJONCTION', '2000-01-01', 6, 'art. 1411 CPC : l''ordonnance non signifiée dans les six mois de sa date est non avenue (texte antérieur à 2000, date d''origine non reprise)', true),
    ('DELAI_SIGNIFICATION_INJONCTION', '2026-04-01', 3, 'art. 1411 CPC modifié par le décret n° 2026-96 : trois mois pour les ordonnances rendues à compter du 1er avril 2026 - à confirmer', false),
    ('DELAI_OPPOSITION_INJONCTION', '2000-01-01', 1, 'art. 1416 CPC : opposition dans le mois de la signification (texte antérieur à 2000, date d''origine non reprise)', true),
    ('DELAI_COMMANDEMENT_SAISIE_VENTE', '2012-06-01', 8, 'art. R221-1 CPCE : commandement de payer dans un délai de huit jours', true),
    ('DELAI_DENONCIATION_SAISIE_ATTRIBUTION', '2012-06-01', 8, 'art. R211-3 CPCE : dénonciation au débiteur dans un délai de huit jours', true),
    ('DELAI_CONTESTATION_SAISIE_ATTRIBUTION', '2012-06-01', 1, 'art. R211-11 CPCE : contestation dans le délai d''un mois à compter de la dénonciation', true),
    ('HEURE_PREMIER_ACTE', '2012-06-01', 6, 'art. L141-1 CPCE : aucune mesure d''exécution avant six heures', true),
    ('HEURE_DERNIER_ACTE', '2012-06-01', 21, 'art. L141-1 CPCE : aucune mesure d''exécution après vingt et une heures', true);

-- The small-claims ceiling was an office setting: it is a figure of the law, now read by date.
delete from parametre where cle = 'escalade.plafond-petites-creances';
