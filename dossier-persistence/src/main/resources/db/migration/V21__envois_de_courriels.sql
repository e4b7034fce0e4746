-- Letters sent by e-mail: queued with the letter, in the same transaction, and sent by whichever
-- instance takes them first (select … for update skip locked); retried with growing delays.
create table envoi (
    id               uuid          not null,
    courrier_id      uuid          not null,
    dossier_id       uuid          not null,
    destinataire     varchar(254)  not null,
    objet            varchar(300)  not null,
    statut           varchar(10)   not null,
    tentatives       integer       not null default 0,
    prochain_essai   timestamptz   not null,
    derniere_erreur  varchar(500),
    envoye_le        timestamptz,
    cree_le          timestamptz   not null,
    constraint pk_envoi primary key (id),
    constraint fk_envoi_courrier foreign key (courrier_id) references courrier (id),
    constraint fk_envoi_dossier foreign key (dossier_id) references dossier (id),
    constraint ck_envoi_statut check (statut in ('A_ENVOYER', 'ENVOYE', 'EN_BOITE', 'ECHOUE')),
    constraint ck_envoi_tentatives check (tentatives >= 0),
    constraint ck_envoi_envoye check ((statut = 'ENVOYE') = (envoye_le is not null))
);
create index ix_envoi_a_envoyer on envoi (prochain_essai) where statut = 'A_ENVOYER';
create index ix_envoi_dossier on envoi (dossier_id);
create index ix_envoi_recents on envoi (cree_le desc);
