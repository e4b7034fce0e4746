package fr.etude.dossier.core.paiement;

public enum ModePaiement {
    VIREMENT, CHEQUE, CARTE, PRELEVEMENT, ESPECES, MANDAT
}
