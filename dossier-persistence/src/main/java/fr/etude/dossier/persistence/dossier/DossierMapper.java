package fr.etude.dossier.persistence.dossier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.CreanceId;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creance.TitreExecutoire;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Blocage;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.MotifCloture;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.dossier.ReferenceDossier;
import fr.etude.dossier.core.dossier.StatutDossier;
import fr.etude.dossier.core.dossier.Procedure;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Between the aggregate and its rows. */
final class DossierMapper {

    private DossierMapper() {
    }

    static Dossier versDomaine(DossierEntity entite) {
        List<Creance> creances = entite.creances.stream().map(DossierMapper::versDomaine).toList();
        Optional<Dossier.DemandeDEscalade> demande = Optional.ofNullable(entite.demandeCible)
                .map(cible -> new Dossier.DemandeDEscalade(Etape.valueOf(cible), entite.demandeJustification,
                        new Auteur(new UtilisateurId(entite.demandePar), entite.demandeParNom), entite.demandeLe));
        return Dossier.reconstituer(new Dossier.Etat(new DossierId(entite.id), new ReferenceDossier(entite.reference),
                new CreancierId(entite.creancierId), entite.debiteurs.stream().map(DebiteurId::new).toList(), creances,
                entite.version, Etape.valueOf(entite.etape), StatutDossier.valueOf(entite.statut),
                Optional.ofNullable(entite.motifCloture).map(MotifCloture::valueOf),
                Optional.ofNullable(entite.gestionnaireId).map(UtilisateurId::new),
                Optional.ofNullable(entite.prochaineActionLe).map(date -> new ProchaineAction(date,
                        ProchaineAction.Type.valueOf(entite.prochaineAction))),
                entite.blocages.stream().map(Blocage::valueOf).collect(Collectors.toSet()), demande,
                Optional.ofNullable(entite.procedure).map(Procedure::valueOf),
                new Dossier.Soldes(Montant.of(entite.solde), Montant.of(entite.recouvre), Montant.of(entite.tropPercu))));
    }

    private static Creance versDomaine(CreanceEntity entite) {
        Optional<TitreExecutoire> titre = Optional.ofNullable(entite.titreType).map(type -> new TitreExecutoire(
                TitreExecutoire.TypeTitre.valueOf(type), entite.titreJuridiction, entite.titreDate,
                Optional.ofNullable(entite.titreSignification)));
        return new Creance(new CreanceId(entite.id), Montant.of(entite.principal), entite.exigibilite,
                NatureCreance.valueOf(entite.nature), entite.referenceCreancier, Optional.ofNullable(entite.miseEnDemeure),
                Optional.ofNullable(entite.tauxContractuel).map(BigDecimal::stripTrailingZeros),
                Optional.ofNullable(entite.clausePenale).map(Montant::of), entite.capitalisation, titre);
    }

    /** A new row from a new dossier. */
    static DossierEntity nouvelleEntite(Dossier dossier, java.time.LocalDate ouvertLe) {
        DossierEntity entite = new DossierEntity();
        entite.id = dossier.id().value();
        entite.reference = dossier.reference().valeur();
        entite.creancierId = dossier.creancier().value();
        entite.ouvertLe = ouvertLe;
        entite.principal = dossier.creances().stream().map(Creance::principal).reduce(Montant.ZERO, Montant::plus).valeur();
        entite.debiteurs = new ArrayList<>(dossier.debiteurs().stream().map(DebiteurId::value).toList());
        short rang = 1;
        for (Creance creance : dossier.creances()) {
            entite.creances.add(versEntite(creance, entite, rang++));
        }
        copierEtat(dossier, entite);
        return entite;
    }

    /** The state a dossier's methods may change: débiteurs and créances are set at opening, but for a titre recorded since. */
    static void copierEtat(Dossier dossier, DossierEntity entite) {
        for (CreanceEntity creance : entite.creances) {
            dossier.creances().stream().filter(lue -> lue.id().value().equals(creance.id)).findFirst()
                    .ifPresent(lue -> copierTitre(lue, creance));
        }
        entite.etape = dossier.etape().name();
        entite.statut = dossier.statut().name();
        entite.motifCloture = dossier.motifCloture().map(Enum::name).orElse(null);
        entite.gestionnaireId = dossier.gestionnaire().map(UtilisateurId::value).orElse(null);
        entite.prochaineActionLe = dossier.prochaineAction().map(ProchaineAction::date).orElse(null);
        entite.prochaineAction = dossier.prochaineAction().map(action -> action.type().name()).orElse(null);
        entite.priorite = (short) dossier.prochaineAction().map(action -> action.type().priorite()).orElse(3).intValue();
        entite.procedure = dossier.procedure().map(Enum::name).orElse(null);
        entite.solde = dossier.soldes().solde().valeur();
        entite.recouvre = dossier.soldes().recouvre().valeur();
        entite.tropPercu = dossier.soldes().tropPercu().valeur();
        entite.blocages.clear();
        dossier.blocages().forEach(blocage -> entite.blocages.add(blocage.name()));
        entite.reclamationOuverte = dossier.blocages().contains(Blocage.RECLAMATION_OUVERTE);
        entite.surendettement = dossier.blocages().contains(Blocage.SURENDETTEMENT);
        Optional<Dossier.DemandeDEscalade> demande = dossier.demandeEnAttente();
        entite.demandeCible = demande.map(d -> d.cible().name()).orElse(null);
        entite.demandeJustification = demande.map(Dossier.DemandeDEscalade::justification).orElse(null);
        entite.demandePar = demande.map(d -> d.demandeur().id().value()).orElse(null);
        entite.demandeParNom = demande.map(d -> d.demandeur().nom()).orElse(null);
        entite.demandeLe = demande.map(Dossier.DemandeDEscalade::moment).orElse(null);
    }

    private static CreanceEntity versEntite(Creance creance, DossierEntity dossier, short rang) {
        CreanceEntity entite = new CreanceEntity();
        entite.id = creance.id().value();
        entite.dossier = dossier;
        entite.rang = rang;
        entite.referenceCreancier = creance.referenceCreancier();
        entite.principal = creance.principal().valeur();
        entite.exigibilite = creance.exigibilite();
        entite.nature = creance.nature().name();
        entite.miseEnDemeure = creance.miseEnDemeure().orElse(null);
        entite.tauxContractuel = creance.tauxContractuel().orElse(null);
        entite.clausePenale = creance.clausePenale().map(Montant::valeur).orElse(null);
        entite.capitalisation = creance.capitalisation();
        copierTitre(creance, entite);
        return entite;
    }

    private static void copierTitre(Creance creance, CreanceEntity entite) {
        Optional<fr.etude.dossier.core.creance.TitreExecutoire> titre = creance.titre();
        entite.titreType = titre.map(lu -> lu.type().name()).orElse(null);
        entite.titreJuridiction = titre.map(fr.etude.dossier.core.creance.TitreExecutoire::juridiction).orElse(null);
        entite.titreDate = titre.map(fr.etude.dossier.core.creance.TitreExecutoire::date).orElse(null);
        entite.titreSignification = titre.flatMap(fr.etude.dossier.core.creance.TitreExecutoire::signification).orElse(null);
    }
}
