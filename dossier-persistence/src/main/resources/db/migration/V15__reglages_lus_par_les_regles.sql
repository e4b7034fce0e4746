-- The settings the rules now read from this table (they were literals or application properties).
insert into parametre (cle, valeur, description, source) values
    ('contact.horizon-promesses-mois', '12', 'Au-delà de ce délai, une promesse se négocie en échéancier (mois)', 'usage de l''étude'),
    ('echeancier.jours-de-grace', '10', 'Jours après la date d''une échéance avant qu''elle soit manquée', 'usage de l''étude'),
    ('escalade.cout-estime-des-poursuites', '450.00', 'Coût estimé des poursuites : un solde inférieur est signalé au commissaire', 'usage de l''étude')
on conflict (cle) do nothing;
