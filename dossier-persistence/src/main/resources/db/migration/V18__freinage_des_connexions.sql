-- Sign-in throttling replaces the lock-out: ten wrong passwords closed an account for everyone
-- for 15 minutes, so that anyone who knew a login could lock the office out. An administrator
-- still disables an account with utilisateur.actif.
alter table utilisateur drop column echecs_connexion;
alter table utilisateur drop column bloque_jusqua;

-- Failed sign-ins in a row, per login and address (PAIRE), per address (ADRESSE) and per login
-- (IDENTIFIANT); the column that does not apply to a row's portee is ''. A PAIRE row with a
-- dernier_succes marks an address the login signed in from: failures made elsewhere do not slow
-- it down. The login is not a foreign key: failures on unknown logins are counted the same way,
-- so that nothing tells them apart.
create table tentative_de_connexion (
    portee          varchar(12)  not null,
    identifiant     varchar(100) not null,
    adresse         varchar(64)  not null,
    echecs          integer      not null default 0,
    dernier_echec   timestamptz,
    dernier_succes  timestamptz,
    constraint pk_tentative_de_connexion primary key (portee, identifiant, adresse),
    constraint ck_tentative_de_connexion_portee check (
        portee = 'PAIRE'
        or (portee = 'ADRESSE' and identifiant = '')
        or (portee = 'IDENTIFIANT' and adresse = '')),
    constraint ck_tentative_de_connexion_echecs check (echecs >= 0 and (echecs = 0 or dernier_echec is not null))
);

-- The nightly clean-up deletes the series nobody will look at again.
create index ix_tentative_de_connexion_dernier_echec on tentative_de_connexion (dernier_echec)
    where dernier_succes is null;
