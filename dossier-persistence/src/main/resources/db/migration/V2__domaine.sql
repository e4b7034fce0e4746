-- The whole domain: créances, mandates, contact details, timeline, promises, payment plans,
-- payments and their imputation, complaints, procedural acts, legal tables, settings, and the
-- audit journal. Amounts are numeric(19,2) so that the database can add them up.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; an index needs an IMMUTABLE function with a fixed dictionary.
create function sans_accents(texte text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, texte) $$;

-- Créanciers -------------------------------------------------------------------------------

create table mandat (
    id            uuid         not null,
    creancier_id  uuid         not null,
    reference     varchar(60)  not null,
    signe_le      date         not null,
    expire_le     date,
    constraint pk_mandat primary key (id),
    constraint fk_mandat_creancier foreign key (creancier_id) references creancier (id),
    constraint uk_mandat_reference unique (creancier_id, reference),
    constraint ck_mandat_dates check (expire_le is null or expire_le > signe_le)
);

-- Débiteurs --------------------------------------------------------------------------------

alter table debiteur add column forme_juridique varchar(20);
alter table debiteur add column employeur varchar(200);
alter table debiteur add constraint ck_debiteur_siren check (siren is null or siren ~ '^[0-9]{9}$');

-- Every known phone, e-mail and address, dated: the current ones and the history.
create table debiteur_coordonnee (
    id           uuid         not null,
    debiteur_id  uuid         not null,
    nature       varchar(10)  not null,
    valeur       varchar(300) not null,
    depuis       date         not null,
    jusqua       date,
    constraint pk_debiteur_coordonnee primary key (id),
    constraint fk_debiteur_coordonnee_debiteur foreign key (debiteur_id) references debiteur (id),
    constraint ck_debiteur_coordonnee_nature check (nature in ('TELEPHONE', 'EMAIL', 'ADRESSE'))
);
create index ix_debiteur_coordonnee_debiteur on debiteur_coordonnee (debiteur_id);

-- Search: accent- and typo-tolerant on names, exact on phone, e-mail and SIREN.
create index ix_debiteur_nom_trgm on debiteur
    using gin (sans_accents(lower(coalesce(raison_sociale, nom || ' ' || coalesce(prenom, '')))) gin_trgm_ops);
create index ix_debiteur_telephone on debiteur (telephone);
create index ix_debiteur_email on debiteur (lower(email));
create index ix_debiteur_siren on debiteur (siren);

-- Dossiers ---------------------------------------------------------------------------------

alter table dossier add column procedure varchar(30);
alter table dossier add column demande_escalade_cible varchar(20);
alter table dossier add column demande_escalade_justification text;
alter table dossier add column demande_escalade_par uuid;
alter table dossier add column demande_escalade_par_nom varchar(200);
alter table dossier add column demande_escalade_le timestamptz;
-- Flags kept on the row, in the same transaction as the change that moves them: lists never
-- compute them.
alter table dossier add column echeancier_en_cours boolean not null default false;
alter table dossier add column reclamation_ouverte boolean not null default false;
alter table dossier add column surendettement boolean not null default false;
alter table dossier add column prescription_le date;
alter table dossier add constraint ck_dossier_procedure
    check (procedure is null or procedure in ('INJONCTION_DE_PAYER', 'PETITES_CREANCES', 'ASSIGNATION'));
alter table dossier add constraint ck_dossier_demande
    check ((demande_escalade_cible is null) = (demande_escalade_le is null));
alter table dossier add constraint fk_dossier_demande_par foreign key (demande_escalade_par) references utilisateur (id);

create index ix_dossier_demandes on dossier (demande_escalade_le) where demande_escalade_le is not null;
create index ix_dossier_prescription on dossier (prescription_le) where statut <> 'CLOS';
create index ix_dossier_reference_trgm on dossier using gin (reference gin_trgm_ops);

-- JPA maps the débiteurs' order as an integer list index.
alter table dossier_debiteur alter column rang type integer;

create table dossier_blocage (
    dossier_id  uuid        not null,
    blocage     varchar(30) not null,
    constraint pk_dossier_blocage primary key (dossier_id, blocage),
    constraint fk_dossier_blocage_dossier foreign key (dossier_id) references dossier (id),
    constraint ck_dossier_blocage check (blocage in ('RECLAMATION_OUVERTE', 'CONTESTATION', 'SURENDETTEMENT', 'SUSPENSION_CREANCIER'))
);

-- Numbering of references, one counter per year, taken with a row lock.
create table compteur_reference (
    annee    integer not null,
    dernier  integer not null,
    constraint pk_compteur_reference primary key (annee)
);

create table creance (
    id                     uuid           not null,
    dossier_id             uuid           not null,
    rang                   smallint       not null,
    reference_creancier    varchar(100)   not null default '',
    principal              numeric(19, 2) not null,
    exigibilite            date           not null,
    nature                 varchar(15)    not null,
    mise_en_demeure        date,
    taux_contractuel       numeric(7, 4),
    clause_penale          numeric(19, 2),
    capitalisation         boolean        not null default false,
    titre_type             varchar(40),
    titre_juridiction      varchar(200),
    titre_date             date,
    titre_signification    date,
    constraint pk_creance primary key (id),
    constraint fk_creance_dossier foreign key (dossier_id) references dossier (id),
    constraint uk_creance_rang unique (dossier_id, rang),
    constraint ck_creance_principal check (principal > 0),
    constraint ck_creance_nature check (nature in ('CONSOMMATION', 'COMMERCIALE', 'CIVILE')),
    constraint ck_creance_mise_en_demeure check (mise_en_demeure is null or mise_en_demeure >= exigibilite),
    constraint ck_creance_taux check (taux_contractuel is null or (taux_contractuel > 0 and taux_contractuel < 100)),
    constraint ck_creance_titre check ((titre_type is null) = (titre_date is null))
);

-- Timeline: append-only, the largest table (about five events per dossier).
create table evenement (
    id          bigint generated always as identity,
    dossier_id  uuid         not null,
    type        varchar(20)  not null,
    moment      timestamptz  not null,
    auteur_id   uuid,
    auteur_nom  varchar(200) not null,
    resume      text         not null,
    constraint pk_evenement primary key (id),
    constraint fk_evenement_dossier foreign key (dossier_id) references dossier (id)
);
create index ix_evenement_dossier on evenement (dossier_id, moment desc);

create table promesse (
    id          uuid           not null,
    dossier_id  uuid           not null,
    faite_le    date           not null,
    echeance    date           not null,
    montant     numeric(19, 2) not null,
    etat        varchar(12)    not null default 'EN_ATTENTE',
    constraint pk_promesse primary key (id),
    constraint fk_promesse_dossier foreign key (dossier_id) references dossier (id),
    constraint ck_promesse_montant check (montant > 0),
    constraint ck_promesse_dates check (echeance >= faite_le),
    constraint ck_promesse_etat check (etat in ('EN_ATTENTE', 'TENUE', 'ROMPUE'))
);
create index ix_promesse_attente on promesse (echeance) where etat = 'EN_ATTENTE';
create index ix_promesse_dossier on promesse (dossier_id);

create table echeancier (
    id               uuid           not null,
    dossier_id       uuid           not null,
    statut           varchar(12)    not null,
    montant_couvert  numeric(19, 2) not null,
    jours_de_grace   integer        not null,
    surete           varchar(300),
    accepte_le       date,
    cree_le          timestamptz    not null default now(),
    version          bigint         not null default 0,
    constraint pk_echeancier primary key (id),
    constraint fk_echeancier_dossier foreign key (dossier_id) references dossier (id),
    constraint ck_echeancier_statut check (statut in ('PROPOSE', 'EN_COURS', 'RESPECTE', 'DEFAILLANT', 'ANNULE')),
    constraint ck_echeancier_grace check (jours_de_grace >= 0)
);
create index ix_echeancier_dossier on echeancier (dossier_id);
create index ix_echeancier_en_cours on echeancier (id) where statut = 'EN_COURS';

create table echeance (
    echeancier_id  uuid           not null,
    rang           smallint       not null,
    date_echeance  date           not null,
    montant        numeric(19, 2) not null,
    paye           numeric(19, 2) not null default 0,
    constraint pk_echeance primary key (echeancier_id, rang),
    constraint fk_echeance_echeancier foreign key (echeancier_id) references echeancier (id),
    constraint ck_echeance_montant check (montant > 0 and paye >= 0 and paye <= montant)
);
create index ix_echeance_a_payer on echeance (date_echeance) where paye < montant;

create table paiement (
    id                       uuid           not null,
    dossier_id               uuid           not null,
    date_paiement            date           not null,
    montant                  numeric(19, 2) not null,
    mode                     varchar(12)    not null,
    reference                varchar(100)   not null default '',
    designation_creance_id   uuid,
    contrepasse_le           date,
    motif_contrepassation    varchar(300),
    enregistre_le            timestamptz    not null default now(),
    enregistre_par           uuid,
    constraint pk_paiement primary key (id),
    constraint fk_paiement_dossier foreign key (dossier_id) references dossier (id),
    constraint fk_paiement_designation foreign key (designation_creance_id) references creance (id),
    constraint ck_paiement_montant check (montant > 0),
    constraint ck_paiement_mode check (mode in ('VIREMENT', 'CHEQUE', 'CARTE', 'PRELEVEMENT', 'ESPECES', 'MANDAT')),
    constraint ck_paiement_contrepassation check ((contrepasse_le is null) = (motif_contrepassation is null)
        and (contrepasse_le is null or contrepasse_le >= date_paiement))
);
create index ix_paiement_dossier on paiement (dossier_id, date_paiement);

create table imputation (
    id            bigint generated always as identity,
    paiement_id   uuid           not null,
    creance_id    uuid,
    composante    varchar(12)    not null,
    montant       numeric(19, 2) not null,
    constraint pk_imputation primary key (id),
    constraint fk_imputation_paiement foreign key (paiement_id) references paiement (id),
    constraint fk_imputation_creance foreign key (creance_id) references creance (id),
    constraint ck_imputation_composante check (composante in ('FRAIS', 'INTERETS', 'ACCESSOIRES', 'CAPITAL')),
    constraint ck_imputation_montant check (montant > 0)
);
create index ix_imputation_paiement on imputation (paiement_id);

create table reclamation (
    id          uuid        not null,
    dossier_id  uuid        not null,
    recue_le    date        not null,
    objet       text        not null,
    statut      varchar(10) not null,
    accuse_le   date,
    analyse_faite text,
    reponse     text,
    repondu_le  date,
    constraint pk_reclamation primary key (id),
    constraint fk_reclamation_dossier foreign key (dossier_id) references dossier (id),
    constraint ck_reclamation_statut check (statut in ('RECUE', 'ACCUSEE', 'ANALYSEE', 'REPONDUE'))
);
create index ix_reclamation_ouverte on reclamation (dossier_id) where statut <> 'REPONDUE';

-- Contentieux and enforcement acts, each with its legal deadline.
create table acte (
    id               uuid         not null,
    dossier_id       uuid         not null,
    nature           varchar(40)  not null,
    date_acte        date         not null,
    echeance_legale  date,
    description      text         not null default '',
    constraint pk_acte primary key (id),
    constraint fk_acte_dossier foreign key (dossier_id) references dossier (id)
);
create index ix_acte_echeance on acte (echeance_legale) where echeance_legale is not null;

-- Legal tables, versioned by half-year, each row with its source ------------------------------

create table taux_interet_legal (
    debut               date          not null,
    fin                 date          not null,
    taux_particulier    numeric(7, 4) not null,
    taux_autres_cas     numeric(7, 4) not null,
    source              text          not null,
    constraint pk_taux_interet_legal primary key (debut),
    constraint ck_taux_interet_legal_periode check (fin > debut)
);

create table taux_refinancement_bce (
    debut   date          not null,
    fin     date          not null,
    taux    numeric(7, 4) not null,
    source  text          not null,
    constraint pk_taux_refinancement_bce primary key (debut),
    constraint ck_taux_refinancement_bce_periode check (fin > debut)
);

-- Commissaire de justice tariffs (A444-31 debtor side, A444-32 creditor side), by band.
create table tarif (
    id               uuid           not null,
    code             varchar(40)    not null,
    libelle          varchar(300)   not null,
    cote             varchar(10)    not null,
    tranche_de       numeric(19, 2) not null default 0,
    tranche_a        numeric(19, 2),
    taux_pourcent    numeric(7, 4),
    montant_fixe     numeric(19, 2),
    plafond          numeric(19, 2),
    en_vigueur_le    date           not null,
    source           text           not null,
    constraint pk_tarif primary key (id),
    constraint uk_tarif unique (code, tranche_de, en_vigueur_le),
    constraint ck_tarif_cote check (cote in ('DEBITEUR', 'CREANCIER')),
    constraint ck_tarif_valeur check (taux_pourcent is not null or montant_fixe is not null)
);

-- Office settings (figures of the law and of the contact policy), each with its source.
create table parametre (
    cle          varchar(80)  not null,
    valeur       varchar(200) not null,
    description  text         not null,
    source       text         not null,
    constraint pk_parametre primary key (cle)
);

insert into parametre (cle, valeur, description, source) values
    ('decompte.indemnite-forfaitaire', '40.00', 'Indemnité forfaitaire pour frais de recouvrement, par facture', 'art. D441-5 C. com.'),
    ('decompte.points-penalites-b2b', '10', 'Points ajoutés au taux de refinancement de la BCE', 'art. L441-10 C. com.'),
    ('decompte.points-majoration', '5', 'Majoration du taux légal après condamnation', 'art. L313-3 CMF'),
    ('decompte.mois-avant-majoration', '2', 'Délai avant majoration, à compter de la signification', 'art. L313-3 CMF'),
    ('contact.heure-debut', '08:00', 'Début des appels et visites (heure de Paris)', 'usage de l''étude'),
    ('contact.heure-fin', '20:00', 'Fin des appels et visites (heure de Paris)', 'usage de l''étude'),
    ('contact.tentatives-max', '7', 'Tentatives d''appel au plus sur la période', 'usage de l''étude (art. L121-6 C. conso.)'),
    ('contact.jours-fenetre', '7', 'Période du plafond d''appels, en jours', 'usage de l''étude'),
    ('contact.jours-repos', '7', 'Jours sans appel après un échange', 'usage de l''étude'),
    ('contact.jours-courrier', '7', 'Jours entre deux envois du même courrier', 'usage de l''étude'),
    ('escalade.plafond-petites-creances', '5000.00', 'Plafond de la procédure simplifiée', 'art. L125-1 et R125-1 CPCE'),
    ('prescription.preavis-mois', '6', 'Alerte avant la date de prescription, en mois', 'usage de l''étude');

-- Audit journal: who changed what, when, with the values before and after. Append-only: the
-- application's role cannot change or delete a row, a trigger refuses it.
create table journal_audit (
    id              bigint generated always as identity,
    moment          timestamptz  not null default now(),
    utilisateur_id  uuid,
    utilisateur     varchar(200) not null,
    entite          varchar(40)  not null,
    entite_id       varchar(60)  not null,
    action          varchar(40)  not null,
    avant           jsonb,
    apres           jsonb,
    constraint pk_journal_audit primary key (id)
);
create index ix_journal_audit_entite on journal_audit (entite, entite_id, moment);
create index ix_journal_audit_utilisateur on journal_audit (utilisateur_id, moment);

create function journal_audit_immuable() returns trigger language plpgsql as $$
begin
    raise exception 'Le journal d''audit ne peut être ni modifié ni effacé.';
end
$$;
create trigger tr_journal_audit_immuable before update or delete on journal_audit
    for each row execute function journal_audit_immuable();

-- Nightly jobs run once across instances (ShedLock on JDBC).
create table shedlock (
    name        varchar(64)  not null,
    lock_until  timestamptz  not null,
    locked_at   timestamptz  not null,
    locked_by   varchar(255) not null,
    constraint pk_shedlock primary key (name)
);
