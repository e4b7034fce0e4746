-- A complaint is answered by a date set when it is received: the office's delay, counted from its
-- receipt. Complaints already stored get the same 30 days the letters used to write.
insert into parametre (cle, valeur, description, source) values
    ('reclamation.delai-reponse-jours', '30', 'Délai dans lequel l''étude répond à une réclamation, à compter de sa réception (jours)', 'usage de l''étude')
on conflict (cle) do nothing;

alter table reclamation add column echeance date;
update reclamation set echeance = recue_le + 30;
alter table reclamation alter column echeance set not null;
alter table reclamation add constraint ck_reclamation_echeance check (echeance >= recue_le);

create index ix_reclamation_ouvertes_par_age on reclamation (recue_le) where statut <> 'REPONDUE';
