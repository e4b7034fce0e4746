package fr.etude.dossier.core.dossier;

/** Someone else saved the dossier (or its débiteur) in the meantime: nothing was overwritten. */
public class ModificationConcurrente extends RuntimeException {

    public ModificationConcurrente(ReferenceDossier reference) {
        this("Le dossier " + reference + " a été modifié par quelqu'un d'autre pendant que vous travailliez : "
                + "rien n'a été enregistré. Rechargez-le pour voir ses modifications, puis recommencez.");
    }

    private ModificationConcurrente(String message) {
        super(message);
    }

    public static ModificationConcurrente surLaFicheDe(String debiteur) {
        return new ModificationConcurrente("La fiche de " + debiteur + " a été modifiée par quelqu'un d'autre pendant "
                + "que vous travailliez : rien n'a été enregistré. Rechargez-la pour voir ses modifications, puis recommencez.");
    }
}
