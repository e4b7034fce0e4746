package fr.etude.dossier.core.dossier;

import fr.etude.dossier.core.regle.RegleEnfreinte;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.paiement.ModePaiement;
import fr.etude.dossier.core.paiement.Paiement;
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
    private Montant solde;
    private Montant recouvre;
    private Montant tropPercu;
    private final List<Evenement> nouveauxEvenements = new ArrayList<>();
    private final List<EvenementDuDossier> evenementsDuDomaine = new ArrayList<>();

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
        this.creances = new java.util.ArrayList<>(etat.creances());
        this.version = etat.version();
        this.etape = etat.etape();
        this.statut = etat.statut();
        this.motifCloture = etat.motifCloture().orElse(null);
        this.gestionnaire = etat.gestionnaire().orElse(null);
        this.prochaineAction = etat.prochaineAction().orElse(null);
        this.blocages = etat.blocages().isEmpty() ? EnumSet.noneOf(Blocage.class) : EnumSet.copyOf(etat.blocages());
        this.demandeEnAttente = etat.demandeEnAttente().orElse(null);
        this.procedure = etat.procedure().orElse(null);
        this.solde = Objects.requireNonNull(etat.soldes().solde());
        this.recouvre = etat.soldes().recouvre();
        this.tropPercu = etat.soldes().tropPercu();
    }

    /** A new dossier: amiable, open. */
    public static Dossier ouvrir(DossierId id, ReferenceDossier reference, CreancierId creancier,
                                 List<DebiteurId> debiteurs, List<Creance> creances, Auteur auteur, Instant moment) {
        Montant principal = creances.stream().map(Creance::principal).reduce(Montant.ZERO, Montant::plus);
        Dossier dossier = new Dossier(new Etat(id, reference, creancier, debiteurs, creances, 0, Etape.AMIABLE,
                StatutDossier.OUVERT, Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty(), Soldes.initiaux(principal)));
        dossier.enregistrer(TypeEvenement.OUVERTURE, moment, auteur, Phrases.de("ouverture", reference));
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
            throw new RegleEnfreinte("Le dossier " + reference + " attend déjà la décision du commissaire de justice "
                    + "sur son passage au contentieux (demande du " + FormatFrancais.date(
                    demandeEnAttente.moment().atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate()) + ").");
        }
        Etape cible = etape.suivante().orElseThrow(() -> new RegleEnfreinte(
                "Le dossier " + reference + " est à l'étape exécution forcée, la dernière."));
        DecisionDEscalade decision = PolitiquesDEscalade.evaluer(this, cible, contexte);
        if (!decision.acceptee()) {
            enregistrer(TypeEvenement.DEMANDE_ESCALADE, moment, auteur, Phrases.de("escalade.refusee", cible.libelle(),
                    String.join(", ", decision.motifs())));
        } else if (cible.exigeLApprobationDuCommissaire()) {
            demandeEnAttente = new DemandeDEscalade(cible, justification.strip(), auteur, moment);
            enregistrer(TypeEvenement.DEMANDE_ESCALADE, moment, auteur, Phrases.de("escalade.demandee", cible.libelle(),
                    justification.strip()));
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
        DecisionDEscalade decision = PolitiquesDEscalade.evaluerLApprobation(this, demande.cible(), procedureChoisie, contexte);
        if (decision.acceptee()) {
            demandeEnAttente = null;
            procedure = procedureChoisie;
            enregistrer(TypeEvenement.DECISION_ESCALADE, moment, commissaire, Phrases.de("escalade.approuvee",
                    demande.cible().libelle(), procedureChoisie.libelle()));
            changerDEtape(demande.cible(), demande.justification(), commissaire, moment);
        }
        return decision;
    }

    /**
     * The commissaire sends the request back to the clerk, saying why: the dossier comes back into
     * the clerk's day, for review, on the day of the decision.
     */
    public void renvoyerEscalade(String commentaire, Auteur commissaire, LocalDate aujourdhui, Instant moment) {
        if (commentaire == null || commentaire.isBlank()) {
            throw new IllegalArgumentException("Dites au chargé pourquoi la demande lui est renvoyée.");
        }
        exigerUneDemandeEnAttente();
        demandeEnAttente = null;
        prochaineAction = new ProchaineAction(aujourdhui, ProchaineAction.Type.REVUE);
        enregistrer(TypeEvenement.DECISION_ESCALADE, moment, commissaire, Phrases.de("escalade.renvoyee", commentaire.strip()));
    }

    public void bloquer(Blocage blocage, String motif, Auteur auteur, Instant moment) {
        exigerNonClos("être bloqué");
        if (!blocages.add(blocage)) {
            throw new RegleEnfreinte("Le dossier " + reference + " est déjà bloqué : " + blocage.libelle() + ".");
        }
        if (blocage.suspendLeDossier()) {
            statut = StatutDossier.SUSPENDU;
        }
        enregistrer(TypeEvenement.BLOCAGE, moment, auteur, Phrases.de("blocage.pose", blocage.libelle(), motifEntreParentheses(motif)));
    }

    public void lever(Blocage blocage, String motif, Auteur auteur, Instant moment) {
        if (!blocages.remove(blocage)) {
            throw new RegleEnfreinte("Le dossier " + reference + " n'est pas bloqué pour : " + blocage.libelle() + ".");
        }
        if (statut == StatutDossier.SUSPENDU && blocages.stream().noneMatch(Blocage::suspendLeDossier)) {
            statut = StatutDossier.OUVERT;
        }
        enregistrer(TypeEvenement.LEVEE_BLOCAGE, moment, auteur, Phrases.de("blocage.leve", blocage.libelle(), motifEntreParentheses(motif)));
    }

    /**
     * A complaint of the débiteur is received: collection holds while one is open (no reminder, no
     * escalation), as the office's practice of complaints asks.
     */
    public void recevoirReclamation(LocalDate recueLe, String objet, Auteur auteur, Instant moment) {
        exigerNonClos("recevoir une réclamation");
        blocages.add(Blocage.RECLAMATION_OUVERTE);
        enregistrer(TypeEvenement.RECLAMATION, moment, auteur, Phrases.de("reclamation.recue", FormatFrancais.date(recueLe),
                objet.strip()));
    }

    public void accuserReceptionDeReclamation(LocalDate recueLe, LocalDate le, Auteur auteur, Instant moment) {
        enregistrer(TypeEvenement.RECLAMATION, moment, auteur, Phrases.de("reclamation.accusee", FormatFrancais.date(recueLe),
                FormatFrancais.date(le)));
    }

    public void analyserReclamation(LocalDate recueLe, Auteur auteur, Instant moment) {
        enregistrer(TypeEvenement.RECLAMATION, moment, auteur, Phrases.de("reclamation.analysee", FormatFrancais.date(recueLe)));
    }

    /** The complaint is answered; collection resumes once no other complaint is open. */
    public void repondreAReclamation(LocalDate recueLe, LocalDate le, boolean dAutresSontOuvertes, Auteur auteur, Instant moment) {
        enregistrer(TypeEvenement.RECLAMATION, moment, auteur, Phrases.de("reclamation.repondue", FormatFrancais.date(recueLe),
                FormatFrancais.date(le)));
        if (!dAutresSontOuvertes && blocages.remove(Blocage.RECLAMATION_OUVERTE)) {
            enregistrer(TypeEvenement.LEVEE_BLOCAGE, moment, auteur, Phrases.de("blocage.leve",
                    Blocage.RECLAMATION_OUVERTE.libelle(), motifEntreParentheses(null)));
        }
    }

    /**
     * A titre exécutoire obtained for a créance: from then on it is prescribed by ten years (art. L111-4
     * CPCE) when the title is a court's, enforcement may follow (art. L111-2), and the legal rate is
     * increased by five points two months after its service (art. L313-3 CMF), as the décompte shows.
     */
    public void enregistrerTitre(fr.etude.dossier.core.creance.CreanceId creance, fr.etude.dossier.core.creance.TitreExecutoire titre,
                                 LocalDate aujourdhui, Auteur auteur, Instant moment) {
        exigerNonClos("recevoir un titre exécutoire");
        Objects.requireNonNull(titre, "Le titre exécutoire est obligatoire.");
        if (titre.date().isAfter(aujourdhui) || titre.signification().filter(date -> date.isAfter(aujourdhui)).isPresent()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Le titre et sa signification ne peuvent être datés après aujourd'hui ("
                    + FormatFrancais.date(aujourdhui) + ").");
        }
        int rang = -1;
        for (int i = 0; i < creances.size(); i++) {
            if (creances.get(i).id().equals(creance)) {
                rang = i;
            }
        }
        if (rang < 0) {
            throw new RegleEnfreinte("Cette créance n'est pas celle du dossier " + reference + ".");
        }
        if (titre.date().isBefore(creances.get(rang).exigibilite())) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Le titre ne peut précéder l'exigibilité de la créance ("
                    + FormatFrancais.date(creances.get(rang).exigibilite()) + ").");
        }
        creances.set(rang, creances.get(rang).avecTitre(titre));
        enregistrer(TypeEvenement.ACTE, moment, auteur, Phrases.de("titre.enregistre", titre.type().libelle(),
                FormatFrancais.date(titre.date()), titre.juridiction(), titre.signification().map(FormatFrancais::date)
                        .map(date -> ", signifié le " + date).orElse(", non encore signifié")));
    }

    /**
     * The débiteur's overindebtedness file is declared admissible: proceedings are suspended while it
     * lasts (art. L722-2 C. conso.), the dossier is held and no escalation or enforcement is possible.
     */
    public void declarerSurendettement(LocalDate recevableLe, String commission, LocalDate aujourdhui, Auteur auteur,
                                       Instant moment) {
        Objects.requireNonNull(recevableLe, "La date de la décision de recevabilité est obligatoire.");
        if (recevableLe.isAfter(aujourdhui)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "La décision de recevabilité ne peut être postérieure à aujourd'hui ("
                    + FormatFrancais.date(aujourdhui) + ").");
        }
        if (commission == null || commission.isBlank()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.TEXTE, "Indiquez la commission de surendettement qui a statué.");
        }
        bloquer(Blocage.SURENDETTEMENT, "recevable le " + FormatFrancais.date(recevableLe) + ", " + commission.strip(), auteur, moment);
    }

    /** How an overindebtedness file ends for this dossier. */
    public enum IssueDuSurendettement {
        /** A plan (conventionnel or imposed measures): the dossier resumes, within the plan's terms. */
        PLAN("plan de surendettement (art. L732-1 et L733-1 C. conso.)"),
        /** Rétablissement personnel: the debts are wiped out, the dossier closes (art. L741-2 C. conso.). */
        EFFACEMENT("rétablissement personnel, effacement des dettes (art. L741-2 C. conso.)"),
        /** The file ends without measures (déchéance, closure): collection resumes. */
        FIN_SANS_MESURE("fin de la procédure sans mesure");

        private final String libelle;

        IssueDuSurendettement(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** The end of the overindebtedness file: a wiped-out debt closes the dossier, otherwise it resumes for review today. */
    public void issueDuSurendettement(IssueDuSurendettement issue, LocalDate le, String precisions, Auteur auteur,
                                      Instant moment) {
        Objects.requireNonNull(issue, "L'issue de la procédure de surendettement est obligatoire.");
        if (!blocages.contains(Blocage.SURENDETTEMENT)) {
            throw new RegleEnfreinte("Le dossier " + reference + " n'a pas de surendettement en cours.");
        }
        String motif = issue.libelle() + ", le " + FormatFrancais.date(le)
                + (precisions == null || precisions.isBlank() ? "" : " : " + precisions.strip());
        lever(Blocage.SURENDETTEMENT, motif, auteur, moment);
        if (issue == IssueDuSurendettement.EFFACEMENT) {
            fermer(MotifCloture.EFFACEMENT_SURENDETTEMENT, motif, auteur, moment);
        } else if (statut == StatutDossier.OUVERT) {
            prochaineAction = new ProchaineAction(le, ProchaineAction.Type.REVUE);
        }
    }

    /**
     * Closes the dossier with its reason. A dossier is "soldé" only once nothing is owed, and the
     * effacement of a debt comes from the overindebtedness procedure, not from a clerk's choice.
     */
    public void clore(MotifCloture motif, String commentaire, Auteur auteur, Instant moment) {
        Objects.requireNonNull(motif, "Le motif de clôture est obligatoire.");
        exigerNonClos("être clos");
        if (motif == MotifCloture.SOLDE && solde.estPositif()) {
            throw new RegleEnfreinte("Le dossier " + reference + " n'est pas soldé : il reste " + FormatFrancais.euros(solde) + " dû.");
        }
        if (motif == MotifCloture.EFFACEMENT_SURENDETTEMENT) {
            throw new RegleEnfreinte("L'effacement des dettes s'enregistre comme issue du surendettement (art. L741-2 C. conso.).");
        }
        fermer(motif, commentaire, auteur, moment);
    }

    private void fermer(MotifCloture motif, String commentaire, Auteur auteur, Instant moment) {
        statut = StatutDossier.CLOS;
        motifCloture = motif;
        prochaineAction = null;
        demandeEnAttente = null;
        enregistrer(TypeEvenement.CLOTURE, moment, auteur, Phrases.de("cloture", motif.libelle(), motifEntreParentheses(commentaire)));
    }

    public void planifier(ProchaineAction action, Auteur auteur, Instant moment) {
        Objects.requireNonNull(action);
        exigerNonClos("recevoir une prochaine action");
        prochaineAction = action;
        enregistrer(TypeEvenement.PLANIFICATION, moment, auteur, Phrases.de("planification",
                Phrases.de("action." + action.type().name()), FormatFrancais.date(action.date())));
    }

    public void attribuer(UtilisateurId clerc, String nomDuClerc, Auteur auteur, Instant moment) {
        Objects.requireNonNull(clerc);
        exigerNonClos("être attribué");
        gestionnaire = clerc;
        enregistrer(TypeEvenement.ATTRIBUTION, moment, auteur, Phrases.de("attribution", nomDuClerc));
    }

    /** Longest internal note: beyond it, a document is the place. */
    public static final int NOTE_MAX = 4000;

    /** An internal note in the timeline, for the office only (never shown to the creditor). */
    public void annoter(String note, Auteur auteur, Instant moment) {
        String texte = note == null ? "" : note.strip();
        if (texte.isEmpty()) {
            throw new RegleEnfreinte("La note est vide : écrivez-la avant de l'ajouter.");
        }
        if (texte.length() > NOTE_MAX) {
            throw new RegleEnfreinte("La note dépasse " + NOTE_MAX + " caractères (" + texte.length()
                    + ") : raccourcissez-la ou déposez un document.");
        }
        enregistrer(TypeEvenement.NOTE, moment, auteur, texte);
    }

    /** Records a timeline entry that is not a change of state (a call, a letter…). */
    public void consigner(TypeEvenement type, String resume, Auteur auteur, Instant moment) {
        if (resume == null || resume.isBlank()) {
            throw new IllegalArgumentException("Décrivez ce qui a été fait.");
        }
        enregistrer(type, moment, auteur, resume.strip());
    }

    /**
     * Records money received. Refused on a closed dossier, dated in the future or before the debt
     * was due; an amount above the balance only when the clerk marks it as a trop-perçu, whose
     * excess is kept apart to be returned (1302-1 C. civ.). The balance never goes below zero.
     */
    public Paiement encaisser(PaiementRecu recu, LocalDate aujourdhui, Auteur auteur, Instant moment) {
        exigerNonClos("recevoir un paiement");
        if (recu.date().isAfter(aujourdhui)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "La date du paiement ("
                    + FormatFrancais.date(recu.date()) + ") ne peut pas être dans le futur.");
        }
        LocalDate exigibilite = premiereExigibilite();
        if (recu.date().isBefore(exigibilite)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "La date du paiement ("
                    + FormatFrancais.date(recu.date()) + ") précède l'exigibilité de la créance la plus ancienne ("
                    + FormatFrancais.date(exigibilite) + ") : ce paiement ne peut pas régler ce dossier.");
        }
        Montant excedent = recu.montant().compareTo(solde) > 0 ? recu.montant().moins(solde) : Montant.ZERO;
        if (excedent.estPositif() && !recu.tropPercuAccepte()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MONTANT, "Le paiement (" + FormatFrancais.euros(recu.montant())
                    + ") dépasse le solde dû (" + FormatFrancais.euros(solde) + ") de " + FormatFrancais.euros(excedent)
                    + " : vérifiez le montant, ou cochez « trop-perçu » pour l'enregistrer avec l'excédent à restituer au débiteur.");
        }
        Paiement paiement = Paiement.encaisser(recu.date(), recu.montant(), recu.mode(), recu.reference(), aujourdhui)
                .avecTropPercu(excedent);
        solde = solde.moins(paiement.impute());
        recouvre = recouvre.plus(paiement.impute());
        tropPercu = tropPercu.plus(excedent);
        enregistrer(TypeEvenement.PAIEMENT, moment, auteur, Phrases.de("paiement.encaisse", FormatFrancais.euros(paiement.montant()),
                FormatFrancais.date(paiement.date()), recu.mode().libelle(),
                paiement.reference().isEmpty() ? "" : Phrases.de("paiement.reference", paiement.reference()),
                excedent.estPositif() ? Phrases.de("paiement.tropPercu", FormatFrancais.euros(excedent)) : ""));
        evenementsDuDomaine.add(new EvenementDuDossier.PaiementEncaisse(id, paiement, auteur, moment));
        return paiement;
    }

    /**
     * Cancels a payment of this dossier by a counter-entry (a bounced cheque): what it paid is owed
     * again, and its trop-perçu no longer has to be returned. Allowed on a closed dossier too: the
     * money was not received, whatever the dossier's state.
     */
    public Paiement contrepasser(Paiement paiement, LocalDate le, String motif, LocalDate aujourdhui, Auteur auteur,
                                 Instant moment) {
        Paiement contrepasse = paiement.contrepasser(le, motif, aujourdhui);
        solde = solde.plus(paiement.impute());
        recouvre = recouvre.moins(paiement.impute());
        tropPercu = tropPercu.moins(paiement.tropPercu());
        enregistrer(TypeEvenement.PAIEMENT, moment, auteur, Phrases.de("paiement.contrepasse",
                FormatFrancais.euros(paiement.montant()), FormatFrancais.date(paiement.date()),
                contrepasse.contrepassation().orElseThrow().motif()));
        evenementsDuDomaine.add(new EvenementDuDossier.PaiementContrepasse(id, contrepasse, auteur, moment));
        return contrepasse;
    }

    /** The day the oldest créance fell due: nothing can be paid on the dossier before it. */
    public LocalDate premiereExigibilite() {
        return creances.stream().map(Creance::exigibilite).min(Comparator.naturalOrder()).orElseThrow();
    }

    private void changerDEtape(Etape cible, String justification, Auteur auteur, Instant moment) {
        Etape avant = etape;
        etape = cible;
        enregistrer(TypeEvenement.CHANGEMENT_ETAPE, moment, auteur, Phrases.de("etape.changee", avant.libelle(),
                cible.libelle(), justification));
    }

    private DemandeDEscalade exigerUneDemandeEnAttente() {
        if (demandeEnAttente == null) {
            throw new RegleEnfreinte("Le dossier " + reference + " n'a pas de demande de passage au contentieux en attente.");
        }
        return demandeEnAttente;
    }

    private void exigerNonClos(String action) {
        if (statut == StatutDossier.CLOS) {
            throw new RegleEnfreinte("Le dossier " + reference + " est clos (" + motifCloture.libelle()
                    + ") : il ne peut plus " + action + ".");
        }
    }

    private static String motifEntreParentheses(String motif) {
        return motif == null || motif.isBlank() ? "." : " (" + motif.strip() + ").";
    }

    private void enregistrer(TypeEvenement type, Instant moment, Auteur auteur, String resume) {
        nouveauxEvenements.add(new Evenement(type, moment, auteur, resume));
    }

    /** What happened to the dossier since it was loaded, for the repository to store and publish. */
    public List<EvenementDuDossier> evenementsDuDomaine() {
        return List.copyOf(evenementsDuDomaine);
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
        return List.copyOf(creances);
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

    public Soldes soldes() {
        return new Soldes(solde, recouvre, tropPercu);
    }

    /** Money received for the dossier, as the clerk recorded it. */
    public record PaiementRecu(LocalDate date, Montant montant, ModePaiement mode, String reference,
                               boolean tropPercuAccepte) {
        public PaiementRecu {
            Objects.requireNonNull(date, "La date du paiement est obligatoire.");
            Objects.requireNonNull(montant, "Le montant du paiement est obligatoire.");
            Objects.requireNonNull(mode, "Le mode de paiement est obligatoire.");
        }
    }

    /**
     * The dossier's running figures, kept with it so that lists never compute a décompte.
     *
     * @param solde     principal still owed, never below zero
     * @param recouvre  what payments paid of it
     * @param tropPercu received above the balance, to be returned to the debtor
     */
    public record Soldes(Montant solde, Montant recouvre, Montant tropPercu) {
        public Soldes {
            Objects.requireNonNull(solde);
            Objects.requireNonNull(recouvre);
            Objects.requireNonNull(tropPercu);
        }

        static Soldes initiaux(Montant principal) {
            return new Soldes(principal, Montant.ZERO, Montant.ZERO);
        }
    }

    /** A request to go to contentieux, waiting for the commissaire. */
    public record DemandeDEscalade(Etape cible, String justification, Auteur demandeur, Instant moment) {
    }

    /** Everything that makes a dossier's state, as the repository stores and reloads it. */
    public record Etat(DossierId id, ReferenceDossier reference, CreancierId creancier, List<DebiteurId> debiteurs,
                       List<Creance> creances, long version, Etape etape, StatutDossier statut,
                       Optional<MotifCloture> motifCloture, Optional<UtilisateurId> gestionnaire,
                       Optional<ProchaineAction> prochaineAction, Set<Blocage> blocages,
                       Optional<DemandeDEscalade> demandeEnAttente, Optional<Procedure> procedure, Soldes soldes) {
    }
}
