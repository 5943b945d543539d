package lv.pietura.it.support;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts {@link Keycloak} in the background when a run of the tests begins that holds a class with a Keycloak of
 * its own (a static field of that type), and stops it when the run ends should that class not have. A run without
 * such a class starts nothing. Registered in {@code META-INF/services}.
 */
public class KeycloakStartsEarly implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean wanted = plan.getRoots().stream()
                .flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(KeycloakStartsEarly::needsKeycloak);
        if (wanted) {
            try {
                Keycloak.startInBackground();
            } catch (IOException | RuntimeException e) {
                // the class that needs Keycloak starts it itself and fails with the reason
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        try {
            Keycloak.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean needsKeycloak(TestIdentifier test) {
        return test.getSource()
                .filter(ClassSource.class::isInstance)
                .map(source -> ((ClassSource) source).getJavaClass())
                .map(type -> Arrays.stream(type.getDeclaredFields()).anyMatch(KeycloakStartsEarly::isKeycloak))
                .orElse(false);
    }

    private static boolean isKeycloak(Field field) {
        return Modifier.isStatic(field.getModifiers()) && Keycloak.class.equals(field.getType());
    }
}
