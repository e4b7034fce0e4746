package fr.etude.dossier.persistence.dossier;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.CompteursDeJournee;
import fr.etude.dossier.core.dossier.Curseur;
import fr.etude.dossier.core.dossier.DemandeDeJournee;
import fr.etude.dossier.core.dossier.FiltreDeJournee;
import fr.etude.dossier.core.dossier.FiltreDuPortefeuille;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.core.dossier.Indicateur;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.DossierResume;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.ListesDeDossiers;
import fr.etude.dossier.core.dossier.PageDeDossiers;
import fr.etude.dossier.core.dossier.StatutDossier;
import fr.etude.dossier.core.dossier.SynthesePortefeuille;
import fr.etude.dossier.core.identite.Telephone;

/** Lists as SQL projections: one query per page, keyset pagination, no aggregate loaded. */
@Repository
class ListesDeDossiersJdbc implements ListesDeDossiers {

    private static final Pattern REFERENCE = Pattern.compile("[0-9]{4}-[0-9]{1,6}");
    private static final Pattern SIREN = Pattern.compile("[0-9]{9}");

    private final JdbcClient jdbc;

    ListesDeDossiersJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PageDeDossiers journee(DemandeDeJournee demande, Optional<Curseur> apres, int taille) {
        JdbcClient.StatementSpec requete = parametres(jdbc.sql(RequetesDesListes.journee(apres.isPresent(), demande.filtre())),
                demande).param("limite", taille + 1);
        if (apres.isPresent()) {
            Curseur curseur = apres.get();
            requete = requete.param("priorite", entier(curseur.valeur(0))).param("solde", montant(curseur.valeur(1)))
                    .param("date", date(curseur.valeur(2))).param("id", uuid(curseur.valeur(3)));
        }
        return page(requete.query(ListesDeDossiersJdbc::resume).list(), taille,
                dernier -> Curseur.de(dernier.prochaineActionType().map(ProchaineAction.Type::valueOf)
                                .map(ProchaineAction.Type::priorite).orElse(3), dernier.solde(),
                        dernier.prochaineAction().orElse(null), dernier.id().value()));
    }

    @Override
    public CompteursDeJournee compteurs(DemandeDeJournee demande) {
        List<CompteursDeJournee.Groupe> groupes = parametres(
                jdbc.sql(RequetesDesListes.groupesDeLaJournee(demande.filtre())), demande)
                .query((rs, row) -> new CompteursDeJournee.Groupe(Etape.valueOf(rs.getString("etape")),
                        new CreancierId(rs.getObject("creancier_id", UUID.class)), rs.getString("creancier"),
                        indicateurs(rs), rs.getLong("nombre")))
                .list();
        return CompteursDeJournee.depuis(groupes, demande.filtre());
    }

    private static Set<Indicateur> indicateurs(ResultSet rs) throws SQLException {
        Set<Indicateur> indicateurs = EnumSet.noneOf(Indicateur.class);
        Indicateur.deLaPriorite(rs.getInt("priorite")).ifPresent(indicateurs::add);
        ajouterSi(indicateurs, rs.getBoolean("echeancier_en_cours"), Indicateur.ECHEANCIER_EN_COURS);
        ajouterSi(indicateurs, rs.getBoolean("reclamation_ouverte"), Indicateur.RECLAMATION_OUVERTE);
        ajouterSi(indicateurs, rs.getBoolean("surendettement"), Indicateur.SURENDETTEMENT);
        ajouterSi(indicateurs, rs.getBoolean("prescription_proche"), Indicateur.PRESCRIPTION_PROCHE);
        return indicateurs;
    }

    private static void ajouterSi(Set<Indicateur> indicateurs, boolean present, Indicateur indicateur) {
        if (present) {
            indicateurs.add(indicateur);
        }
    }

    /** Binds the day and the filter's values: only those its SQL names. */
    private static JdbcClient.StatementSpec parametres(JdbcClient.StatementSpec requete, DemandeDeJournee demande) {
        FiltreDeJournee filtre = demande.filtre();
        requete = requete.param("gestionnaire", demande.gestionnaire().value()).param("jour", demande.jour())
                .param("alerte", demande.alertePrescription());
        if (filtre.etape().isPresent()) {
            requete = requete.param("etape", filtre.etape().get().name());
        }
        if (filtre.creancier().isPresent()) {
            requete = requete.param("creancier", filtre.creancier().get().value());
        }
        if (filtre.soldeMin().isPresent()) {
            requete = requete.param("soldeMin", filtre.soldeMin().get().valeur());
        }
        if (filtre.soldeMax().isPresent()) {
            requete = requete.param("soldeMax", filtre.soldeMax().get().valeur());
        }
        return requete;
    }

    @Override
    public List<DossierResume> aEtape(Etape etape, int limite) {
        return jdbc.sql(RequetesDesListes.SELECT + """
                         where d.etape = :etape and d.statut = 'OUVERT'
                         order by d.prochaine_action_le nulls last, d.reference
                         limit :limite
                        """)
                .param("etape", etape.name()).param("limite", limite)
                .query(ListesDeDossiersJdbc::resume).list();
    }

    @Override
    public List<DemandeEnAttente> demandesEnAttente(int limite) {
        return jdbc.sql(RequetesDesListes.demandesEnAttente())
                .param("limite", limite)
                .query((rs, row) -> new DemandeEnAttente(resume(rs, row), rs.getString("demande_escalade_justification"),
                        rs.getString("demande_escalade_par_nom"),
                        rs.getObject("demande_escalade_le", java.time.OffsetDateTime.class).toInstant(), rs.getLong("version")))
                .list();
    }

    @Override
    public PageDeDossiers duCreancier(CreancierId creancier, FiltreDuPortefeuille filtre, Optional<Curseur> apres, int taille) {
        JdbcClient.StatementSpec requete = jdbc.sql(RequetesDesListes.duCreancier(filtre, apres.isPresent()))
                .param("creancier", creancier.value()).param("limite", taille + 1);
        if (filtre.etape().isPresent()) {
            requete = requete.param("etape", filtre.etape().get().name());
        }
        if (filtre.statut().isPresent()) {
            requete = requete.param("statut", filtre.statut().get().name());
        }
        boolean parSolde = filtre.tri() == FiltreDuPortefeuille.Tri.SOLDE;
        if (apres.isPresent()) {
            requete = requete.param("reference", apres.get().valeur(parSolde ? 1 : 0));
            if (parSolde) {
                requete = requete.param("solde", montant(apres.get().valeur(0)));
            }
        }
        return page(requete.query(ListesDeDossiersJdbc::resume).list(), taille, dernier -> parSolde
                ? Curseur.de(dernier.solde().valeur().toPlainString(), dernier.reference()) : Curseur.de(dernier.reference()));
    }

    @Override
    public Map<DossierId, Instant> dernieresEntrees(Collection<DossierId> dossiers, Set<TypeEvenement> types) {
        if (dossiers.isEmpty() || types.isEmpty()) {
            return Map.of();
        }
        Map<DossierId, Instant> dernieres = new HashMap<>();
        jdbc.sql("select e.dossier_id, max(e.moment) as derniere from evenement e"
                        + " where e.dossier_id = any(:dossiers) and e.type = any(:types) group by e.dossier_id")
                .param("dossiers", dossiers.stream().map(DossierId::value).toArray(UUID[]::new))
                .param("types", types.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, n) -> dernieres.put(new DossierId(rs.getObject("dossier_id", UUID.class)),
                        rs.getTimestamp("derniere").toInstant())).list();
        return dernieres;
    }

    @Override
    public SynthesePortefeuille synthese(CreancierId creancier) {
        return jdbc.sql("""
                        select count(*) as dossiers,
                               count(*) filter (where statut <> 'CLOS') as ouverts,
                               coalesce(sum(principal), 0) as principal,
                               coalesce(sum(recouvre), 0) as recouvre,
                               coalesce(sum(solde), 0) as solde
                          from dossier where creancier_id = :creancier
                        """)
                .param("creancier", creancier.value())
                .query((rs, row) -> new SynthesePortefeuille(rs.getLong("dossiers"), rs.getLong("ouverts"),
                        Montant.of(rs.getBigDecimal("principal")), Montant.of(rs.getBigDecimal("recouvre")),
                        Montant.of(rs.getBigDecimal("solde"))))
                .single();
    }

    @Override
    public List<DossierResume> rechercher(String texte, Optional<CreancierId> perimetre, int limite) {
        String cherche = texte == null ? "" : texte.strip();
        if (cherche.length() < 2) {
            return List.of();
        }
        boolean scope = perimetre.isPresent();
        if (scope) {
            List<DossierResume> parSaReference = jdbc.sql(RequetesDesListes.parReferenceDuCreancier())
                    .param("creancier", perimetre.get().value()).param("texte", cherche)
                    .param("debut", cherche.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                    .param("limite", limite).query(ListesDeDossiersJdbc::resume).list();
            if (!parSaReference.isEmpty()) {
                return parSaReference;
            }
        }
        JdbcClient.StatementSpec requete;
        if (REFERENCE.matcher(cherche).matches()) {
            requete = jdbc.sql(RequetesDesListes.parReference(scope)).param("reference", cherche + "%");
        } else if (SIREN.matcher(cherche.replace(" ", "")).matches()) {
            requete = jdbc.sql(RequetesDesListes.parCoordonnee("db.siren", scope)).param("valeur", cherche.replace(" ", ""));
        } else if (cherche.contains("@")) {
            requete = jdbc.sql(RequetesDesListes.parCoordonnee("lower(db.email)", scope))
                    .param("valeur", cherche.toLowerCase(java.util.Locale.ROOT));
        } else if (cherche.matches("[+0-9 .()-]{8,}")) {
            requete = jdbc.sql(RequetesDesListes.parCoordonnee("db.telephone", scope)).param("valeur", telephone(cherche));
        } else {
            requete = jdbc.sql(RequetesDesListes.parNom(scope)).param("nom", cherche);
        }
        if (perimetre.isPresent()) {
            requete = requete.param("creancier", perimetre.get().value());
        }
        return requete.param("limite", limite).query(ListesDeDossiersJdbc::resume).list();
    }

    private static String telephone(String texte) {
        try {
            return new Telephone(texte).valeur();
        } catch (IllegalArgumentException e) {
            return texte;
        }
    }

    private static PageDeDossiers page(List<DossierResume> lignes, int taille,
                                       java.util.function.Function<DossierResume, Curseur> curseur) {
        if (lignes.size() <= taille) {
            return new PageDeDossiers(lignes, Optional.empty());
        }
        List<DossierResume> page = lignes.subList(0, taille);
        return new PageDeDossiers(page, Optional.of(curseur.apply(page.get(taille - 1))));
    }

    private static LocalDate date(String texte) {
        try {
            return LocalDate.parse(texte);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Lien de page invalide : recommencez depuis la première page.", e);
        }
    }

    private static int entier(String texte) {
        try {
            return Integer.parseInt(texte);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Lien de page invalide : recommencez depuis la première page.", e);
        }
    }

    private static BigDecimal montant(String texte) {
        try {
            return new BigDecimal(texte);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Lien de page invalide : recommencez depuis la première page.", e);
        }
    }

    private static UUID uuid(String texte) {
        try {
            return UUID.fromString(texte);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Lien de page invalide : recommencez depuis la première page.", e);
        }
    }

    private static DossierResume resume(ResultSet rs, int row) throws SQLException {
        return new DossierResume(new DossierId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                rs.getString("debiteur"), rs.getString("creancier"), Etape.valueOf(rs.getString("etape")),
                StatutDossier.valueOf(rs.getString("statut")), Montant.of(rs.getBigDecimal("principal")),
                Montant.of(rs.getBigDecimal("recouvre")), Montant.of(rs.getBigDecimal("solde")),
                Optional.ofNullable(rs.getObject("prochaine_action_le", LocalDate.class)),
                Optional.ofNullable(rs.getString("prochaine_action")),
                Optional.ofNullable(rs.getString("gestionnaire")),
                new DossierResume.Signaux(rs.getBoolean("echeancier_en_cours"), rs.getBoolean("reclamation_ouverte"),
                        rs.getBoolean("surendettement"), Optional.ofNullable(rs.getObject("prescription_le", LocalDate.class))));
    }
}
