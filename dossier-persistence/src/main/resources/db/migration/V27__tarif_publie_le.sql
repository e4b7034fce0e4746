-- Each recovery tariff (art. A444-31 and A444-32 C. com.) says when its arrêté was published, as every
-- other table of the law does.
alter table tarif add column publie_le date;
