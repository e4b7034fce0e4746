-- Each half-year of the legal tables says whether the office checked it against the published text,
-- and when that text was published. The seeded rows came from secondary sources: to confirm.
alter table taux_interet_legal add column confirme boolean not null default false;
alter table taux_interet_legal add column publie_le date;
alter table taux_refinancement_bce add column confirme boolean not null default false;
alter table taux_refinancement_bce add column publie_le date;

-- ECB main refinancing rate in force on 1 January and 1 July 2026 (L441-10 C. com.: penalty = rate
-- + 10 points for the half-year), from the ECB's decisions, to confirm.
insert into taux_refinancement_bce (debut, fin, taux, source, confirme)
select '2026-01-01', '2026-06-30', 2.15, 'BCE, taux des opérations principales de refinancement en vigueur au 1er janvier 2026 (2,15 %) - à confirmer', false
 where not exists (select 1 from taux_refinancement_bce where debut = '2026-01-01');
insert into taux_refinancement_bce (debut, fin, taux, source, confirme)
select '2026-07-01', '2026-12-31', 2.40, 'BCE, taux de 2,40 % applicable depuis le 17 juin 2026, donc en vigueur au 1er juillet 2026 - à confirmer', false
 where not exists (select 1 from taux_refinancement_bce where debut = '2026-07-01');
