package fr.etude.dossier.core.dossier;

/** Someone else saved the dossier in the meantime: nothing was overwritten. */
public class ModificationConcurrente extends RuntimeException {

    public ModificationConcurrente(ReferenceDossier reference) {
        super("Le dossier " + reference + " a été modifié par quelqu'un d'autre pendant que vous travailliez : "
                + "rien n'a été enregistré. Rechargez-le pour voir ses modifications, puis recommencez.");
    }
}
