-- The base: créanciers, users, débiteurs and dossiers as the role home pages list them,
-- and the tables of Spring Session JDBC (sessions shared by every application instance).

create table creancier (
    id                 uuid         not null,
    raison_sociale     varchar(200) not null,
    siren              char(9),
    -- L313-2 CMF: the taux légal depends on whether the creditor is a natural person
    -- not acting for professional needs.
    particulier        boolean      not null default false,
    email              varchar(254),
    cree_le            timestamptz  not null default now(),
    version            bigint       not null default 0,
    constraint pk_creancier primary key (id),
    constraint uk_creancier_siren unique (siren),
    constraint ck_creancier_siren check (siren ~ '^[0-9]{9}$')
);

create table utilisateur (
    id                 uuid         not null,
    identifiant        varchar(100) not null,
    mot_de_passe       varchar(200) not null,
    nom_affiche        varchar(200) not null,
    role               varchar(20)  not null,
    creancier_id       uuid,
    actif              boolean      not null default true,
    echecs_connexion   integer      not null default 0,
    bloque_jusqua      timestamptz,
    version            bigint       not null default 0,
    constraint pk_utilisateur primary key (id),
    constraint uk_utilisateur_identifiant unique (identifiant),
    constraint fk_utilisateur_creancier foreign key (creancier_id) references creancier (id),
    constraint ck_utilisateur_role check (role in ('CLERK', 'HUISSIER', 'CREDITOR', 'ADMIN')),
    constraint ck_utilisateur_creancier check ((role = 'CREDITOR') = (creancier_id is not null))
);

create table debiteur (
    id                 uuid         not null,
    personne           varchar(10)  not null,
    civilite           varchar(10),
    nom                varchar(200),
    prenom             varchar(200),
    raison_sociale     varchar(200),
    siren              char(9),
    date_naissance     date,
    adresse            varchar(300),
    code_postal        varchar(10),
    ville              varchar(100),
    telephone          varchar(30),
    email              varchar(254),
    version            bigint       not null default 0,
    constraint pk_debiteur primary key (id),
    constraint ck_debiteur_personne check (personne in ('PHYSIQUE', 'MORALE')),
    constraint ck_debiteur_identite check (
        (personne = 'PHYSIQUE' and nom is not null) or (personne = 'MORALE' and raison_sociale is not null))
);

create table dossier (
    id                     uuid          not null,
    reference              varchar(11)   not null,
    creancier_id           uuid          not null,
    etape                  varchar(20)   not null,
    statut                 varchar(10)   not null,
    motif_cloture          varchar(30),
    gestionnaire_id        uuid,
    principal              numeric(19, 2) not null,
    recouvre               numeric(19, 2) not null default 0,
    solde                  numeric(19, 2) not null,
    prochaine_action_le    date,
    prochaine_action       varchar(30),
    ouvert_le              date          not null,
    version                bigint        not null default 0,
    constraint pk_dossier primary key (id),
    constraint uk_dossier_reference unique (reference),
    constraint fk_dossier_creancier foreign key (creancier_id) references creancier (id),
    constraint fk_dossier_gestionnaire foreign key (gestionnaire_id) references utilisateur (id),
    constraint ck_dossier_reference check (reference ~ '^[0-9]{4}-[0-9]{6}$'),
    constraint ck_dossier_etape check (etape in ('AMIABLE', 'PERSONNALISE', 'PRECONTENTIEUX', 'CONTENTIEUX', 'EXECUTION')),
    constraint ck_dossier_statut check (statut in ('OUVERT', 'SUSPENDU', 'CLOS')),
    constraint ck_dossier_cloture check ((statut = 'CLOS') = (motif_cloture is not null)),
    constraint ck_dossier_principal check (principal > 0)
);

create table dossier_debiteur (
    dossier_id   uuid     not null,
    debiteur_id  uuid     not null,
    -- 1 is the main débiteur, the others are co-débiteurs solidaires.
    rang         smallint not null,
    constraint pk_dossier_debiteur primary key (dossier_id, debiteur_id),
    constraint uk_dossier_debiteur_rang unique (dossier_id, rang),
    constraint fk_dossier_debiteur_dossier foreign key (dossier_id) references dossier (id),
    constraint fk_dossier_debiteur_debiteur foreign key (debiteur_id) references debiteur (id)
);

create index ix_dossier_journee on dossier (gestionnaire_id, prochaine_action_le) where statut = 'OUVERT';
create index ix_dossier_etape on dossier (etape, prochaine_action_le) where statut = 'OUVERT';
create index ix_dossier_creancier on dossier (creancier_id, reference);
create index ix_dossier_debiteur_debiteur on dossier_debiteur (debiteur_id);

-- Spring Session JDBC (spring.session.jdbc.initialize-schema=never: the schema is the migrations').
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint pk_spring_session primary key (primary_id)
);
create unique index ix_spring_session_session_id on spring_session (session_id);
create index ix_spring_session_expiry_time on spring_session (expiry_time);
create index ix_spring_session_principal_name on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint pk_spring_session_attributes primary key (session_primary_id, attribute_name),
    constraint fk_spring_session_attributes_session foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
