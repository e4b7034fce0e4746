package fr.etude.dossier.web.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.TypedValue;
import org.springframework.util.ClassUtils;

/**
 * Calls {@code ${@formats.montant(fiche.solde)}} on the application's own records and beans for the
 * pages, when the arguments already have the parameters' types. SpEL's reflective executor builds type
 * descriptors for every argument and for the result at each call, and goes through the conversion
 * service even when nothing is to convert: on the dossier page that was most of the cost of its
 * expressions. A call that needs a conversion, or could mean several methods, goes on to SpEL's own
 * resolver; classes outside {@code fr.etude.dossier} too, with Thymeleaf's restrictions.
 */
final class AppelsDeMethodes implements MethodResolver {

    static final AppelsDeMethodes INSTANCE = new AppelsDeMethodes();

    private static final String PAQUET = "fr.etude.dossier.";

    private AppelsDeMethodes() {
    }

    @Override
    public MethodExecutor resolve(EvaluationContext contexte, Object cible, String nom, List<TypeDescriptor> typesDesArguments) {
        if (cible == null || cible instanceof Class<?> || !cible.getClass().getName().startsWith(PAQUET)) {
            return null;
        }
        List<Method> candidates = Arrays.stream(cible.getClass().getMethods())
                .filter(methode -> methode.getName().equals(nom) && convient(methode, typesDesArguments)).toList();
        return candidates.size() == 1 && candidates.get(0).trySetAccessible() ? new Appel(candidates.get(0)) : null;
    }

    private static boolean convient(Method methode, List<TypeDescriptor> typesDesArguments) {
        Class<?>[] parametres = methode.getParameterTypes();
        if (Modifier.isStatic(methode.getModifiers()) || methode.isVarArgs() || parametres.length != typesDesArguments.size()) {
            return false;
        }
        for (int rang = 0; rang < parametres.length; rang++) {
            TypeDescriptor argument = typesDesArguments.get(rang);
            boolean accepte = argument == null ? !parametres[rang].isPrimitive()
                    : ClassUtils.isAssignable(parametres[rang], argument.getType());
            if (!accepte) {
                return false;
            }
        }
        return true;
    }

    /** The method called as it is; SpEL checks the arguments' types again before each reuse. */
    private record Appel(Method methode) implements MethodExecutor {

        @Override
        public TypedValue execute(EvaluationContext contexte, Object cible, Object... arguments) throws AccessException {
            try {
                return new TypedValue(methode.invoke(cible, arguments));
            } catch (InvocationTargetException | IllegalAccessException erreur) {
                // SpEL rethrows the method's own exception found under the invocation's.
                throw new AccessException("Appel de " + methode + " impossible", erreur);
            }
        }
    }
}
