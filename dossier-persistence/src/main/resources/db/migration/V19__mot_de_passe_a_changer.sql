-- A password given by someone else (the first administrator's, from the start-up settings) is
-- changed at the first sign-in: until then the account reaches no page but the change.
alter table utilisateur add column mot_de_passe_a_changer boolean not null default false;
