package lv.pietura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lv.pietura.cases.Ratings;
import lv.pietura.cases.VisitRatings;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.eaddress.HolderSignIn;
import lv.pietura.organisation.AccessibilityFeedback;
import lv.pietura.organisation.MyAccount;
import lv.pietura.organisation.PublicDirectory;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.SignIn;
import lv.pietura.shared.RoleNames;
import lv.pietura.visits.Bookings;
import org.junit.jupiter.api.Test;

/**
 * Security by default: every public method of every enterprise bean states who may call it, and the
 * beans open to anonymous callers are exactly the ones meant to be.
 */
class EveryBusinessMethodIsSecuredTest {

    /**
     * Anonymous by design: signing in, public facts, start-up work no user calls, and the client's ratings of a case and of a visit
     * (the client has no account; a one-time token is the key), and reporting an accessibility barrier (anyone
     * may, signed in or not; a quota bounds it).
     */
    private static final Set<Class<?>> DELIBERATELY_OPEN = Set.of(
            SignIn.class,
            PublicDirectory.class,
            DemoData.class,
            ServiceDirectory.class,
            Ratings.class,
            VisitRatings.class,
            HolderSignIn.class,
            AccessibilityFeedback.class,
            Bookings.class);

    /** A staff member of any role (but a portal, a system) reads and changes their own account: the pages need it. */
    @Test
    void everyStaffRoleReachesItsOwnAccount() {
        for (Method method : MyAccount.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                continue;
            }
            RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                    ? method.getAnnotation(RolesAllowed.class)
                    : MyAccount.class.getAnnotation(RolesAllowed.class);
            assertThat(Set.of(allowed.value()))
                    .as("MyAccount." + method.getName())
                    .contains(RoleNames.STAFF);
        }
        for (Role role : Role.values()) {
            assertThat(Role.groups(Set.of(role)).contains(RoleNames.STAFF))
                    .as("a sign-in as " + role + " carries the staff group")
                    .isEqualTo(role != Role.PORTAL);
        }
    }

    @Test
    void everyPublicBeanMethodHasRolesAllowedOrPermitAll() throws Exception {
        List<String> unsecured = new ArrayList<>();
        for (Class<?> bean : enterpriseBeans()) {
            for (Method method : bean.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && securityOf(method) == null) {
                    unsecured.add(bean.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(unsecured)
                .as("public bean methods without @RolesAllowed/@PermitAll")
                .isEmpty();
    }

    @Test
    void onlyTheDeliberatelyOpenBeansLetAnonymousCallersIn() throws Exception {
        List<String> open = new ArrayList<>();
        for (Class<?> bean : enterpriseBeans()) {
            for (Method method : bean.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && securityOf(method) instanceof PermitAll
                        && !DELIBERATELY_OPEN.contains(bean)) {
                    open.add(bean.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(open).isEmpty();
        assertThat(enterpriseBeans()).as("the scan found the beans").hasSizeGreaterThan(5);
    }

    private static Object securityOf(Method method) {
        for (Class<? extends java.lang.annotation.Annotation> type :
                List.of(RolesAllowed.class, PermitAll.class, DenyAll.class)) {
            if (method.isAnnotationPresent(type)) {
                return method.getAnnotation(type);
            }
        }
        for (Class<? extends java.lang.annotation.Annotation> type :
                List.of(RolesAllowed.class, PermitAll.class, DenyAll.class)) {
            if (method.getDeclaringClass().isAnnotationPresent(type)) {
                return method.getDeclaringClass().getAnnotation(type);
            }
        }
        return null;
    }

    /** The session beans among the compiled classes of this module. */
    private static List<Class<?>> enterpriseBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(
                SignIn.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SignIn.class.getClassLoader());
                if (type.isAnnotationPresent(Stateless.class)
                        || type.isAnnotationPresent(Singleton.class)
                        || type.isAnnotationPresent(Stateful.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
