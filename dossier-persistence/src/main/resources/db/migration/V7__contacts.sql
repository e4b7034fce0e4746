-- Contacts as the lawful-contact policy reads them: channel, moment (Paris time), whether the
-- debtor was actually reached, which letter; and any override of the policy, with its reason,
-- listed for the commissaire.
create table contact (
    id                 uuid          not null,
    dossier_id         uuid          not null,
    canal              varchar(10)   not null,
    moment             timestamp     not null,
    entrant            boolean       not null default false,
    conversation       boolean       not null default false,
    issue              varchar(20),
    numero             varchar(30),
    modele             varchar(60),
    tiers              boolean       not null default false,
    base_legale_tiers  varchar(300),
    derogation_motif   text,
    auteur_id          uuid          not null,
    auteur_nom         varchar(200)  not null,
    constraint pk_contact primary key (id),
    constraint fk_contact_dossier foreign key (dossier_id) references dossier (id),
    constraint ck_contact_canal check (canal in ('APPEL', 'VISITE', 'COURRIER', 'EMAIL', 'SMS')),
    constraint ck_contact_tiers check (not tiers or base_legale_tiers is not null or derogation_motif is not null)
);
create index ix_contact_dossier on contact (dossier_id, moment desc);
create index ix_contact_derogations on contact (moment desc) where derogation_motif is not null;
