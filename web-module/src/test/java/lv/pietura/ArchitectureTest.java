package lv.pietura;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lv.pietura.organisation.TenantScope;
import lv.pietura.shared.InstitutionOwned;
import org.junit.jupiter.api.Test;

/**
 * The map of ARCHITECTURE.md, checked on the compiled classes of both modules: which package may use
 * which, no circles, the pages and the API only on the facades, and names of other packages through
 * imports. A new package fails here until it has its place on the map.
 */
class ArchitectureTest {

    private static final String ROOT = "lv.pietura.";

    /**
     * Every top-level package and the packages it may use, from the bottom up. A package may use only
     * what stands below it here; nothing points back up.
     */
    private static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    /** The business areas from the bottom up, each on those before it. */
    private static final List<String> AREAS = List.of(
            "organisation",
            "calendar",
            "catalogue",
            "cases",
            "visits",
            "eaddress",
            "kpi",
            "privacy",
            "training",
            "rollout",
            "support");

    static {
        Set<String> foundation = Set.of("shared");
        MAY_USE.put("shared", Set.of());
        // cross-cutting, below every business area
        MAY_USE.put("health", Set.of()); // a library jar of its own in the EAR: it sees nothing else
        MAY_USE.put("mail", foundation);
        MAY_USE.put("files", foundation);
        MAY_USE.put("security", foundation);
        MAY_USE.put("audit", Set.of("shared", "health"));
        Set<String> below = new TreeSet<>(MAY_USE.keySet());
        // the business areas, each on those before it
        for (String area : AREAS) {
            MAY_USE.put(area, Set.copyOf(below));
            below.add(area);
        }
        // the start-up of the installation (migrations, demo data) over everything in the EJB module
        MAY_USE.put("platform", Set.copyOf(below));
        // the pages and the API over the EJB module's facades
        MAY_USE.put("web", Set.copyOf(below));
    }

    /** The project's root, above this module. */
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();

    /**
     * The main classes of both modules as compiled (the EJB module's directory, not its jar: the jar leaves
     * out {@code health}, which the EAR carries as a library of its own).
     */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPaths(PROJECT.resolve("ejb-module/target/classes"), PROJECT.resolve("web-module/target/classes"));

    @Test
    void everyPackageHasItsPlaceOnTheMap() {
        Set<String> packages = new TreeSet<>();
        CLASSES.forEach(c -> packages.add(topLevel(c)));
        assertThat(packages)
                .as("top-level packages of lv.pietura (found on the class path: %s)", packages)
                .isSubsetOf(MAY_USE.keySet())
                .contains("shared", "health", "organisation", "cases", "eaddress", "kpi", "web");
    }

    @Test
    void aPackageUsesOnlyThePackagesBelowIt() {
        MAY_USE.forEach((pkg, allowed) -> {
            String[] forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(pkg) && !allowed.contains(other))
                    .map(other -> ROOT + other + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + pkg + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(forbidden)
                    .because(pkg + " may use only " + new TreeSet<>(allowed) + " (ARCHITECTURE.md)")
                    .check(CLASSES);
        });
    }

    @Test
    void noPackagesFormACircle() {
        slices().matching("lv.pietura.(*)..").should().beFreeOfCycles().check(CLASSES);
        slices().matching("lv.pietura.web.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void thePagesAndTheApiWorkThroughTheFacadesOnly() {
        noClasses()
                .that()
                .resideInAPackage("lv.pietura.web..")
                .should()
                .dependOnClassesThat(describe(
                        "repositories, entities or the entity manager",
                        (JavaClass c) -> c.getSimpleName().endsWith("Repository")
                                || c.isAnnotatedWith(Entity.class)
                                || c.isAssignableTo(EntityManager.class)))
                .because("a page or resource asks a facade, which checks the caller and keeps the rules")
                .check(CLASSES);
    }

    @Test
    void anAreasRepositoriesServeOnlyItself() {
        for (String area : AREAS) {
            String own = ROOT + area;
            noClasses()
                    .that()
                    .resideOutsideOfPackages(own + "..", ROOT + "platform..")
                    .should()
                    .dependOnClassesThat(describe(
                            "repositories of " + area,
                            (JavaClass c) -> c.getPackageName().equals(own)
                                    && c.getSimpleName().endsWith("Repository")))
                    .because("another area asks " + area + "'s facades; only the demo data of platform seeds it")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void aPageOfAnInstitutionsRecordsIsReadInATenantScope() {
        List<String> checked = new ArrayList<>();
        List<String> unscoped = new ArrayList<>();
        for (JavaClass repository : CLASSES) {
            if (!repository.getSimpleName().endsWith("Repository")) {
                continue;
            }
            for (JavaMethod method : repository.getMethods()) {
                if (method.getReturnType() instanceof JavaParameterizedType page
                        && Set.of("Page", "Slice").contains(page.toErasure().getSimpleName())
                        && page.getActualTypeArguments().get(0).toErasure().isAnnotatedWith(InstitutionOwned.class)) {
                    checked.add(method.getFullName());
                    if (method.getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(TenantScope.class))) {
                        unscoped.add(method.getFullName());
                    }
                }
            }
        }
        assertThat(checked).as("pages of cases, staff and services").hasSizeGreaterThanOrEqualTo(3);
        assertThat(unscoped)
                .as("a page of records an institution owns, read without the caller's TenantScope")
                .isEmpty();
    }

    @Test
    void theEjbModuleNeverUsesTheWebModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage("lv.pietura.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("lv.pietura.web..")
                .check(CLASSES);
    }

    /** A name like {@code lv.pietura.cases.ServiceCase} in code: an edge between packages no import shows. */
    private static final Pattern INLINE_NAME = Pattern.compile("(?<![\\w.])lv\\.pietura\\.(?:[a-z_]\\w*\\.)+[A-Z]");

    private static final Pattern TEXT = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    @Test
    void codeNamesOtherPackagesThroughImports() throws IOException {
        Path project = PROJECT;
        assertThat(project.resolve("ejb-module/src"))
                .as("the project's root, above the module")
                .isDirectory();
        List<String> inline = new ArrayList<>();
        for (String module : List.of("ejb-module", "web-module", "ear-module")) {
            try (Stream<Path> files = Files.walk(project.resolve(module).resolve("src"))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String code = code(lines.get(i));
                        Matcher name = INLINE_NAME.matcher(code);
                        if (name.find()) {
                            inline.add(project.relativize(file) + ":" + (i + 1) + ": " + code.strip());
                        }
                    }
                }
            }
        }
        assertThat(inline)
                .as("classes of lv.pietura named inline instead of imported")
                .isEmpty();
    }

    @Test
    void everyPackageSaysWhatItHolds() throws IOException {
        Path project = PROJECT;
        Set<String> without = new TreeSet<>();
        for (String module : List.of("ejb-module", "web-module")) {
            Path sources = project.resolve(module).resolve("src/main/java");
            try (Stream<Path> directories = Files.walk(sources)) {
                for (Path directory : directories.filter(Files::isDirectory).toList()) {
                    try (Stream<Path> files = Files.list(directory)) {
                        boolean hasClasses = files.anyMatch(f -> f.toString().endsWith(".java"));
                        if (hasClasses && !Files.exists(directory.resolve("package-info.java"))) {
                            without.add(project.relativize(directory).toString());
                        }
                    }
                }
            }
        }
        assertThat(without).as("packages without a package-info.java").isEmpty();
    }

    /** The code of a line: nothing of a package or import line, a comment or a string. */
    private static String code(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("package ")
                || stripped.startsWith("import ")
                || stripped.startsWith("*")
                || stripped.startsWith("/*")
                || stripped.startsWith("//")) {
            return "";
        }
        String withoutText = TEXT.matcher(line).replaceAll("\"\"");
        int comment = withoutText.indexOf("//");
        return comment < 0 ? withoutText : withoutText.substring(0, comment);
    }

    private static String topLevel(JavaClass c) {
        String rest = c.getPackageName().substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
