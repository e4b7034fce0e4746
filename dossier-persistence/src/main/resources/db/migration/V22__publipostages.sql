-- Batch mailings as jobs: one line per dossier, marked done in the same transaction as its letter,
-- so that a batch stopped midway resumes where it was and never produces a letter twice.
create table publipostage (
    id          uuid          not null,
    modele      varchar(40)   not null,
    critere     varchar(300)  not null,
    auteur_id   uuid          not null,
    auteur      varchar(200)  not null,
    cree_le     timestamptz   not null,
    constraint pk_publipostage primary key (id),
    constraint fk_publipostage_auteur foreign key (auteur_id) references utilisateur (id)
);
create index ix_publipostage_auteur on publipostage (auteur_id, cree_le desc);

create table publipostage_ligne (
    publipostage_id  uuid          not null,
    rang             integer       not null,
    dossier_id       uuid          not null,
    statut           varchar(10)   not null default 'A_FAIRE',
    courrier_id      uuid,
    erreur           varchar(1000),
    constraint pk_publipostage_ligne primary key (publipostage_id, rang),
    constraint uk_publipostage_ligne_dossier unique (publipostage_id, dossier_id),
    constraint fk_publipostage_ligne_publipostage foreign key (publipostage_id) references publipostage (id),
    constraint fk_publipostage_ligne_dossier foreign key (dossier_id) references dossier (id),
    constraint fk_publipostage_ligne_courrier foreign key (courrier_id) references courrier (id),
    constraint ck_publipostage_ligne_statut check (statut in ('A_FAIRE', 'PRODUIT', 'ECHEC')),
    constraint ck_publipostage_ligne_produit check ((statut = 'PRODUIT') = (courrier_id is not null))
);
create index ix_publipostage_ligne_a_faire on publipostage_ligne (publipostage_id, rang) where statut = 'A_FAIRE';
