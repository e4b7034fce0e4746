-- The acts of the procedures, with the deadline each starts (computed from the law's figures on the
-- act's day, then kept: a later change of the law does not move a deadline already running) and the
-- day the act that meets it was recorded.
-- V2 created a first table of that name that no code ever wrote (no date and time, one deadline
-- without its article): it is replaced.
drop table acte;

create table acte (
    id                uuid         not null,
    dossier_id        uuid         not null,
    nature            varchar(40)  not null,
    fait_le           timestamp    not null,
    auteur            varchar(200) not null,
    precisions        text         not null default '',
    echeance          date,
    echeance_type     varchar(15),
    echeance_objet    varchar(300),
    echeance_article  varchar(100),
    echeance_levee_le date,
    cree_le           timestamptz  not null default now(),
    constraint pk_acte primary key (id),
    constraint fk_acte_dossier foreign key (dossier_id) references dossier (id),
    constraint ck_acte_nature check (nature in ('ORDONNANCE_INJONCTION_DE_PAYER', 'SIGNIFICATION_INJONCTION_DE_PAYER',
        'REQUETE_PETITES_CREANCES', 'ASSIGNATION', 'COMMANDEMENT_SAISIE_VENTE', 'PROCES_VERBAL_SAISIE_ATTRIBUTION',
        'DENONCIATION_SAISIE_ATTRIBUTION', 'REQUETE_SAISIE_REMUNERATIONS')),
    constraint ck_acte_echeance check ((echeance is null) = (echeance_type is null)
        and (echeance_type is null or echeance_type in ('A_FAIRE_AVANT', 'ATTENTE'))),
    constraint ck_acte_precisions check (length(precisions) <= 4000)
);
comment on column acte.fait_le is 'Date and time of the act, local to Europe/Paris, as the act states them.';
create index ix_acte_dossier on acte (dossier_id, fait_le);
create index ix_acte_echeances_a_surveiller on acte (echeance) where echeance is not null and echeance_levee_le is null;
