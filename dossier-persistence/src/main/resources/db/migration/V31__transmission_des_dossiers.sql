-- Dossiers the créancier sends itself, one by one or by file.

-- Its own reference of the dossier: the same dossier sent twice (or the same file uploaded twice)
-- opens nothing twice.
alter table dossier add column reference_creancier varchar(60);
create unique index uk_dossier_reference_creancier on dossier (creancier_id, reference_creancier)
    where reference_creancier is not null;

-- Who works a new dossier: the clerk the administrator named for the créancier, else the clerks in
-- turn; the turn is one counter for the office.
alter table creancier add column gestionnaire_attitre_id uuid;
alter table creancier add constraint fk_creancier_gestionnaire_attitre
    foreign key (gestionnaire_attitre_id) references utilisateur (id);
create table tour_d_attribution (
    id       smallint not null default 1,
    dernier  bigint   not null default 0,
    constraint pk_tour_d_attribution primary key (id),
    constraint ck_tour_d_attribution_unique check (id = 1)
);
insert into tour_d_attribution default values;

-- A CSV file of dossiers and what became of it. The file is kept: it is what the créancier sent.
create table import_de_dossiers (
    id              uuid          not null,
    creancier_id    uuid          not null,
    depose_par      uuid          not null,
    depose_par_nom  varchar(200)  not null,
    depose_le       timestamptz   not null,
    nom_fichier     varchar(255)  not null,
    contenu         bytea         not null,
    mode            varchar(15)   not null,
    etat            varchar(10)   not null default 'EN_ATTENTE',
    -- While it runs: the phase, how far, and the last sign of life of the worker (a stale one is
    -- taken up again: its transaction died with it).
    phase           varchar(15),
    faites          integer       not null default 0,
    a_faire         integer       not null default 0,
    battement       timestamptz,
    encodage        varchar(40),
    lignes          integer       not null default 0,
    crees           integer       not null default 0,
    deja_transmis   integer       not null default 0,
    refusees        integer       not null default 0,
    echec           text,
    termine_le      timestamptz,
    constraint pk_import_de_dossiers primary key (id),
    constraint fk_import_de_dossiers_creancier foreign key (creancier_id) references creancier (id),
    constraint fk_import_de_dossiers_depose_par foreign key (depose_par) references utilisateur (id),
    constraint ck_import_de_dossiers_mode check (mode in ('LIGNES_VALIDES', 'TOUT_OU_RIEN')),
    constraint ck_import_de_dossiers_etat check (etat in ('EN_ATTENTE', 'EN_COURS', 'TERMINE', 'REFUSE', 'ECHOUE')),
    constraint ck_import_de_dossiers_phase check (phase is null or phase in ('VERIFICATION', 'ENREGISTREMENT'))
);
create index ix_import_de_dossiers_creancier on import_de_dossiers (creancier_id, depose_le desc);
create index ix_import_de_dossiers_a_traiter on import_de_dossiers (depose_le) where etat in ('EN_ATTENTE', 'EN_COURS');

-- The refused lines of an import, each with its French reason.
create table import_anomalie (
    import_id  uuid          not null,
    ligne      integer       not null,
    colonne    varchar(40),
    message    varchar(500)  not null,
    constraint fk_import_anomalie_import foreign key (import_id) references import_de_dossiers (id)
);
create index ix_import_anomalie_import on import_anomalie (import_id, ligne);
