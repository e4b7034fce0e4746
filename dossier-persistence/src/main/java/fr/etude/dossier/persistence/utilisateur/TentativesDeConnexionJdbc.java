package fr.etude.dossier.persistence.utilisateur;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.utilisateur.FreinageDesConnexions;
import fr.etude.dossier.core.utilisateur.FreinageDesConnexions.Admission;
import fr.etude.dossier.core.utilisateur.FreinageDesConnexions.Antecedents;
import fr.etude.dossier.core.utilisateur.SerieDEchecs;
import fr.etude.dossier.core.utilisateur.TentativesDeConnexion;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.persistence.audit.JournalAudit;

/**
 * One row per key in tentative_de_connexion. An attempt locks its three rows for the short time
 * it takes to decide and count it (never while the password hash is checked), so that parallel
 * attempts, on one instance or several, are decided one after the other.
 */
@Repository
@Transactional
class TentativesDeConnexionJdbc implements TentativesDeConnexion {

    /** The columns' widths: a longer login cannot exist, so cutting it merges only nonsense. */
    private static final int IDENTIFIANT_MAX = 100;
    private static final int ADRESSE_MAX = 64;

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    TentativesDeConnexionJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    private enum Portee { ADRESSE, IDENTIFIANT, PAIRE }

    private record Cle(Portee portee, String identifiant, String adresse) {
    }

    private record Ligne(SerieDEchecs serie, boolean succesConnu) {
    }

    @Override
    public Admission admettre(String identifiant, String adresse, FreinageDesConnexions freinage, Instant maintenant) {
        // Always in the same order (the primary key's): two attempts sharing keys queue up instead of deadlocking.
        List<Cle> cles = cles(identifiant, adresse).stream()
                .sorted(Comparator.comparing(Cle::portee).thenComparing(Cle::identifiant).thenComparing(Cle::adresse))
                .toList();
        for (Cle cle : cles) {
            jdbc.sql("""
                    insert into tentative_de_connexion (portee, identifiant, adresse) values (:portee, :identifiant, :adresse)
                    on conflict do nothing
                    """).params(parametres(cle)).update();
        }
        Map<Portee, Ligne> lignes = new EnumMap<>(Portee.class);
        for (Cle cle : cles) {
            jdbc.sql("""
                    select echecs, dernier_echec, dernier_succes from tentative_de_connexion
                     where portee = :portee and identifiant = :identifiant and adresse = :adresse
                       for update
                    """).params(parametres(cle))
                    .query((rs, rang) -> new Ligne(
                            SerieDEchecs.de(rs.getInt("echecs"), instant(rs.getObject("dernier_echec", OffsetDateTime.class))),
                            rs.getObject("dernier_succes", OffsetDateTime.class) != null))
                    .optional()
                    .ifPresent(ligne -> lignes.put(cle.portee(), ligne));
        }
        Admission admission = freinage.admettre(new Antecedents(serie(lignes, Portee.PAIRE), serie(lignes, Portee.ADRESSE),
                serie(lignes, Portee.IDENTIFIANT), lignes.containsKey(Portee.PAIRE) && lignes.get(Portee.PAIRE).succesConnu()),
                maintenant);
        if (admission.admise()) {
            for (Cle cle : cles) {
                SerieDEchecs apres = freinage.apresUnEchec(serie(lignes, cle.portee()), maintenant);
                // An upsert: the nightly clean-up may have deleted an empty row between the insert and the lock.
                jdbc.sql("""
                        insert into tentative_de_connexion (portee, identifiant, adresse, echecs, dernier_echec)
                        values (:portee, :identifiant, :adresse, :echecs, :dernierEchec)
                        on conflict (portee, identifiant, adresse)
                        do update set echecs = excluded.echecs, dernier_echec = excluded.dernier_echec
                        """).params(parametres(cle))
                        .param("echecs", apres.nombre())
                        .param("dernierEchec", horodatage(maintenant))
                        .update();
            }
        }
        return admission;
    }

    @Override
    public void reussie(String identifiant, String adresse, Instant maintenant) {
        List<Cle> cles = cles(identifiant, adresse);
        jdbc.sql("""
                update tentative_de_connexion set echecs = 0, dernier_succes = :maintenant
                 where portee = :portee and identifiant = :identifiant and adresse = :adresse
                """).params(parametres(cles.get(0))).param("maintenant", horodatage(maintenant)).update();
        jdbc.sql("""
                update tentative_de_connexion set echecs = 0
                 where portee = :portee and identifiant = :identifiant and adresse = :adresse
                """).params(parametres(cles.get(1))).update();
        jdbc.sql("""
                update tentative_de_connexion set echecs = greatest(echecs - 1, 0)
                 where portee = :portee and identifiant = :identifiant and adresse = :adresse
                """).params(parametres(cles.get(2))).update();
    }

    @Override
    public int oublier(Instant avant) {
        return jdbc.sql("""
                delete from tentative_de_connexion
                 where dernier_succes is null and (dernier_echec is null or dernier_echec < :avant)
                """).param("avant", horodatage(avant)).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, SerieDEchecs> echecsParIdentifiant() {
        Map<String, SerieDEchecs> series = new java.util.HashMap<>();
        jdbc.sql("select identifiant, echecs, dernier_echec from tentative_de_connexion where portee = 'IDENTIFIANT' and echecs > 0")
                .query(rs -> {
                    series.put(rs.getString("identifiant"), SerieDEchecs.de(rs.getInt("echecs"),
                            instant(rs.getObject("dernier_echec", OffsetDateTime.class))));
                });
        return series;
    }

    @Override
    public void liberer(Utilisateur compte, UtilisateurId auteur, String nomDeLAuteur) {
        String login = couper(compte.identifiant(), IDENTIFIANT_MAX);
        jdbc.sql("""
                update tentative_de_connexion set echecs = 0
                 where portee in ('PAIRE', 'IDENTIFIANT') and identifiant = :identifiant and dernier_succes is not null
                """).param("identifiant", login).update();
        jdbc.sql("""
                delete from tentative_de_connexion
                 where portee in ('PAIRE', 'IDENTIFIANT') and identifiant = :identifiant and dernier_succes is null
                """).param("identifiant", login).update();
        journal.journaliser(new Auteur(auteur, nomDeLAuteur), "utilisateur", compte.id().value().toString(),
                "FIN_DU_FREINAGE", null, null);
    }

    /** The pair, the login, the address: in that order. */
    private static List<Cle> cles(String identifiant, String adresse) {
        String login = couper(identifiant == null ? "" : identifiant, IDENTIFIANT_MAX);
        String origine = couper(adresse == null ? "" : adresse, ADRESSE_MAX);
        return List.of(new Cle(Portee.PAIRE, login, origine), new Cle(Portee.IDENTIFIANT, login, ""),
                new Cle(Portee.ADRESSE, "", origine));
    }

    private static Map<String, Object> parametres(Cle cle) {
        return Map.of("portee", cle.portee().name(), "identifiant", cle.identifiant(), "adresse", cle.adresse());
    }

    private static SerieDEchecs serie(Map<Portee, Ligne> lignes, Portee portee) {
        Ligne ligne = lignes.get(portee);
        return ligne == null ? SerieDEchecs.AUCUN : ligne.serie();
    }

    private static String couper(String texte, int longueur) {
        return texte.length() <= longueur ? texte : texte.substring(0, longueur);
    }

    private static Instant instant(OffsetDateTime horodatage) {
        return horodatage == null ? null : horodatage.toInstant();
    }

    /**
     * Cut to the microsecond, PostgreSQL's precision: left to the database, a time is rounded and
     * may land after the attempt's own instant, which would then have to wait for itself.
     */
    private static OffsetDateTime horodatage(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
