package fr.etude.dossier.core.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.escalade.ContexteDEscalade;
import fr.etude.dossier.core.escalade.DecisionDEscalade;
import fr.etude.dossier.core.escalade.PolitiquesDEscalade;
import fr.etude.dossier.core.escalade.Procedure;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/**
 * A creditor's claim on one or more debtors, as the office works it. Every change goes through a
 * method that checks the current state, refuses with a message naming it, and records a timeline
 * event (who, when, why). No caller tests the stage itself.
 */
public final class Dossier {

    private final DossierId id;
    private final ReferenceDossier reference;
    private final CreancierId creancier;
    private final List<DebiteurId> debiteurs;
    private final List<Creance> creances;
    private final long version;
    private Etape etape;
    private StatutDossier statut;
    private MotifCloture motifCloture;
    private UtilisateurId gestionnaire;
    private ProchaineAction prochaineAction;
    private final EnumSet<Blocage> blocages;
    private DemandeDEscalade demandeEnAttente;
    private Procedure procedure;
    private final List<Evenement> nouveauxEvenements = new ArrayList<>();

    private Dossier(Etat etat) {
        this.id = Objects.requireNonNull(etat.id());
        this.reference = Objects.requireNonNull(etat.reference());
        this.creancier = Objects.requireNonNull(etat.creancier(), "Un dossier est ouvert pour un créancier.");
        if (etat.debiteurs().isEmpty()) {
            throw new IllegalArgumentException("Un dossier vise au moins un débiteur.");
        }
        if (etat.creances().isEmpty()) {
            throw new IllegalArgumentException("Un dossier porte sur au moins une créance.");
        }
        this.debiteurs = List.copyOf(etat.debiteurs());
        this.creances = List.copyOf(etat.creances());
        this.version = etat.version();
        this.etape = etat.etape();
        this.statut = etat.statut();
        this.motifCloture = etat.motifCloture().orElse(null);
        this.gestionnaire = etat.gestionnaire().orElse(null);
        this.prochaineAction = etat.prochaineAction().orElse(null);
        this.blocages = etat.blocages().isEmpty() ? EnumSet.noneOf(Blocage.class) : EnumSet.copyOf(etat.blocages());
        this.demandeEnAttente = etat.demandeEnAttente().orElse(null);
        this.procedure = etat.procedure().orElse(null);
    }

    /** A new dossier: amiable, open. */
    public static Dossier ouvrir(DossierId id, ReferenceDossier reference, CreancierId creancier,
                                 List<DebiteurId> debiteurs, List<Creance> creances, Auteur auteur, Instant moment) {
        Dossier dossier = new Dossier(new Etat(id, reference, creancier, debiteurs, creances, 0, Etape.AMIABLE,
                StatutDossier.OUVERT, Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty()));
        dossier.enregistrer(TypeEvenement.OUVERTURE, moment, auteur, "Dossier " + reference + " ouvert à l'étape amiable.");
        return dossier;
    }

    /** The dossier as stored; no event recorded. */
    public static Dossier reconstituer(Etat etat) {
        return new Dossier(etat);
    }

    /**
     * Asks to move to the next stage. The policies decide; contentieux then waits for the
     * commissaire's approval, the other stages are reached at once.
     */
    public DecisionDEscalade demanderEscalade(String justification, ContexteDEscalade contexte, Auteur auteur,
                                              Instant moment) {
        if (justification == null || justification.isBlank()) {
            throw new IllegalArgumentException("Une demande de passage à l'étape suivante doit être justifiée.");
        }
        if (demandeEnAttente != null) {
            throw new TransitionRefusee("Le dossier " + reference + " attend déjà la décision du commissaire de justice "
                    + "sur son passage au contentieux (demande du " + FormatFrancais.date(
                    demandeEnAttente.moment().atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate()) + ").");
        }
        Etape cible = etape.suivante().orElseThrow(() -> new TransitionRefusee(
                "Le dossier " + reference + " est à l'étape exécution forcée, la dernière."));
        DecisionDEscalade decision = PolitiquesDEscalade.evaluer(this, cible, contexte);
        if (!decision.acceptee()) {
            enregistrer(TypeEvenement.DEMANDE_ESCALADE, moment, auteur, "Passage à l'étape " + cible.libelle()
                    + " refusé : " + String.join(", ", decision.motifs()) + ".");
        } else if (cible.exigeLApprobationDuCommissaire()) {
            demandeEnAttente = new DemandeDEscalade(cible, justification.strip(), auteur, moment);
            enregistrer(TypeEvenement.DEMANDE_ESCALADE, moment, auteur, "Passage au " + cible.libelle()
                    + " demandé au commissaire de justice : " + justification.strip());
        } else {
            changerDEtape(cible, justification.strip(), auteur, moment);
        }
        return decision;
    }

    /** The commissaire approves the move to contentieux and chooses the procedure. */
    public DecisionDEscalade approuverEscalade(Procedure procedureChoisie, ContexteDEscalade contexte, Auteur commissaire,
                                              Instant moment) {
        Objects.requireNonNull(procedureChoisie, "Choisissez la procédure à engager.");
        DemandeDEscalade demande = exigerUneDemandeEnAttente();
        DecisionDEscalade decision = PolitiquesDEscalade.evaluer(this, demande.cible(), contexte);
        if (decision.acceptee()) {
            demandeEnAttente = null;
            procedure = procedureChoisie;
            enregistrer(TypeEvenement.DECISION_ESCALADE, moment, commissaire, "Passage au " + demande.cible().libelle()
                    + " approuvé : " + procedureChoisie.libelle() + ".");
            changerDEtape(demande.cible(), demande.justification(), commissaire, moment);
        }
        return decision;
    }

    /** The commissaire sends the request back to the clerk, saying why. */
    public void renvoyerEscalade(String commentaire, Auteur commissaire, Instant moment) {
        if (commentaire == null || commentaire.isBlank()) {
            throw new IllegalArgumentException("Dites au chargé pourquoi la demande lui est renvoyée.");
        }
        exigerUneDemandeEnAttente();
        demandeEnAttente = null;
        enregistrer(TypeEvenement.DECISION_ESCALADE, moment, commissaire,
                "Demande de passage au contentieux renvoyée : " + commentaire.strip());
    }

    public void bloquer(Blocage blocage, String motif, Auteur auteur, Instant moment) {
        exigerNonClos("être bloqué");
        if (!blocages.add(blocage)) {
            throw new TransitionRefusee("Le dossier " + reference + " est déjà bloqué : " + blocage.libelle() + ".");
        }
        if (blocage.suspendLeDossier()) {
            statut = StatutDossier.SUSPENDU;
        }
        enregistrer(TypeEvenement.BLOCAGE, moment, auteur, "Dossier bloqué : " + blocage.libelle() + motifEntreParentheses(motif));
    }

    public void lever(Blocage blocage, String motif, Auteur auteur, Instant moment) {
        if (!blocages.remove(blocage)) {
            throw new TransitionRefusee("Le dossier " + reference + " n'est pas bloqué pour : " + blocage.libelle() + ".");
        }
        if (statut == StatutDossier.SUSPENDU && blocages.stream().noneMatch(Blocage::suspendLeDossier)) {
            statut = StatutDossier.OUVERT;
        }
        enregistrer(TypeEvenement.LEVEE_BLOCAGE, moment, auteur, "Blocage levé : " + blocage.libelle() + motifEntreParentheses(motif));
    }

    public void clore(MotifCloture motif, String commentaire, Auteur auteur, Instant moment) {
        Objects.requireNonNull(motif, "Le motif de clôture est obligatoire.");
        exigerNonClos("être clos");
        statut = StatutDossier.CLOS;
        motifCloture = motif;
        prochaineAction = null;
        demandeEnAttente = null;
        enregistrer(TypeEvenement.CLOTURE, moment, auteur, "Dossier clos : " + motif.libelle() + motifEntreParentheses(commentaire));
    }

    public void planifier(ProchaineAction action, Auteur auteur, Instant moment) {
        Objects.requireNonNull(action);
        exigerNonClos("recevoir une prochaine action");
        prochaineAction = action;
        enregistrer(TypeEvenement.PLANIFICATION, moment, auteur, "Prochaine action : " + action.type().name().toLowerCase()
                .replace('_', ' ') + " le " + FormatFrancais.date(action.date()) + ".");
    }

    public void attribuer(UtilisateurId clerc, String nomDuClerc, Auteur auteur, Instant moment) {
        Objects.requireNonNull(clerc);
        exigerNonClos("être attribué");
        gestionnaire = clerc;
        enregistrer(TypeEvenement.ATTRIBUTION, moment, auteur, "Dossier attribué à " + nomDuClerc + ".");
    }

    /** Records a timeline entry that is not a change of state (a call, a letter, a note…). */
    public void consigner(TypeEvenement type, String resume, Auteur auteur, Instant moment) {
        if (resume == null || resume.isBlank()) {
            throw new IllegalArgumentException("Décrivez ce qui a été fait.");
        }
        enregistrer(type, moment, auteur, resume.strip());
    }

    private void changerDEtape(Etape cible, String justification, Auteur auteur, Instant moment) {
        Etape avant = etape;
        etape = cible;
        enregistrer(TypeEvenement.CHANGEMENT_ETAPE, moment, auteur, "Étape " + avant.libelle() + " → " + cible.libelle()
                + " : " + justification);
    }

    private DemandeDEscalade exigerUneDemandeEnAttente() {
        if (demandeEnAttente == null) {
            throw new TransitionRefusee("Le dossier " + reference + " n'a pas de demande de passage au contentieux en attente.");
        }
        return demandeEnAttente;
    }

    private void exigerNonClos(String action) {
        if (statut == StatutDossier.CLOS) {
            throw new TransitionRefusee("Le dossier " + reference + " est clos (" + motifCloture.libelle()
                    + ") : il ne peut plus " + action + ".");
        }
    }

    private static String motifEntreParentheses(String motif) {
        return motif == null || motif.isBlank() ? "." : " (" + motif.strip() + ").";
    }

    private void enregistrer(TypeEvenement type, Instant moment, Auteur auteur, String resume) {
        nouveauxEvenements.add(new Evenement(type, moment, auteur, resume));
    }

    /** The timeline entries recorded since the dossier was loaded, for the repository to append. */
    public List<Evenement> nouveauxEvenements() {
        return List.copyOf(nouveauxEvenements);
    }

    public DossierId id() {
        return id;
    }

    public ReferenceDossier reference() {
        return reference;
    }

    public CreancierId creancier() {
        return creancier;
    }

    public List<DebiteurId> debiteurs() {
        return debiteurs;
    }

    public List<Creance> creances() {
        return creances;
    }

    public long version() {
        return version;
    }

    public Etape etape() {
        return etape;
    }

    public StatutDossier statut() {
        return statut;
    }

    public Optional<MotifCloture> motifCloture() {
        return Optional.ofNullable(motifCloture);
    }

    public Optional<UtilisateurId> gestionnaire() {
        return Optional.ofNullable(gestionnaire);
    }

    public Optional<ProchaineAction> prochaineAction() {
        return Optional.ofNullable(prochaineAction);
    }

    public Set<Blocage> blocages() {
        return Set.copyOf(blocages);
    }

    public Optional<DemandeDEscalade> demandeEnAttente() {
        return Optional.ofNullable(demandeEnAttente);
    }

    public Optional<Procedure> procedure() {
        return Optional.ofNullable(procedure);
    }

    /** A request to go to contentieux, waiting for the commissaire. */
    public record DemandeDEscalade(Etape cible, String justification, Auteur demandeur, Instant moment) {
    }

    /** Everything that makes a dossier's state, as the repository stores and reloads it. */
    public record Etat(DossierId id, ReferenceDossier reference, CreancierId creancier, List<DebiteurId> debiteurs,
                       List<Creance> creances, long version, Etape etape, StatutDossier statut,
                       Optional<MotifCloture> motifCloture, Optional<UtilisateurId> gestionnaire,
                       Optional<ProchaineAction> prochaineAction, Set<Blocage> blocages,
                       Optional<DemandeDEscalade> demandeEnAttente, Optional<Procedure> procedure) {
    }
}
