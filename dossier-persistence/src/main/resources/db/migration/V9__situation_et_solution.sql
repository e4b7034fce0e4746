-- What the debtor declares of his means, dated (a new declaration never overwrites the last one),
-- and the solutions negotiated with him.
create table situation_financiere (
    id                  uuid           not null,
    dossier_id          uuid           not null,
    declaree_le         date           not null,
    ressources          numeric(19, 2) not null,
    charges             numeric(19, 2) not null,
    autres_dettes       numeric(19, 2) not null,
    personnes_a_charge  smallint       not null,
    emploi              varchar(20)    not null,
    precisions          text           not null default '',
    enregistree_le      timestamptz    not null default now(),
    auteur_nom          varchar(200)   not null,
    constraint pk_situation_financiere primary key (id),
    constraint fk_situation_financiere_dossier foreign key (dossier_id) references dossier (id),
    constraint ck_situation_financiere_montants check (ressources >= 0 and charges >= 0 and autres_dettes >= 0),
    constraint ck_situation_financiere_personnes check (personnes_a_charge between 0 and 20),
    constraint ck_situation_financiere_emploi
        check (emploi in ('CDI', 'CDD_OU_INTERIM', 'INDEPENDANT', 'SANS_EMPLOI', 'RETRAITE', 'ETUDIANT', 'AUTRE'))
);
create index ix_situation_financiere_dossier on situation_financiere (dossier_id, declaree_le desc, enregistree_le desc);

create table solution_negociee (
    id              uuid           not null,
    dossier_id      uuid           not null,
    nature          varchar(30)    not null,
    decidee_le      date           not null,
    montant         numeric(19, 2),
    commentaire     text           not null default '',
    enregistree_le  timestamptz    not null default now(),
    auteur_nom      varchar(200)   not null,
    constraint pk_solution_negociee primary key (id),
    constraint fk_solution_negociee_dossier foreign key (dossier_id) references dossier (id),
    constraint ck_solution_negociee_montant check (montant is null or montant > 0),
    constraint ck_solution_negociee_nature check (nature in ('ECHELONNEMENT', 'ECHELONNEMENT_AVEC_SURETE',
        'PAIEMENT_PARTIEL', 'RACHAT_PAR_UN_PROCHE', 'VENTE_VOLONTAIRE', 'REFUS'))
);
create index ix_solution_negociee_dossier on solution_negociee (dossier_id, decidee_le desc, enregistree_le desc);
