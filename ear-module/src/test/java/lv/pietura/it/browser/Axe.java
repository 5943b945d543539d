package lv.pietura.it.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's rules of WCAG 2.0 and 2.1, levels A and AA, run on the page the browser shows: what the
 * rules for public bodies' websites ask of every page.
 */
final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {}

    /** Each element that breaks a rule, as {@code rule (impact) selector: what is wrong with it}. */
    static List<String> violations(WebDriver driver) {
        // Legacy mode runs axe in the page itself. The default opens and closes a blank tab for every page to
        // finish the run across frames of other origins, which Pietura's pages do not have.
        // Only the violations come back whole: of the rules that pass, axe names one element, not every one
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        List<Rule> broken = new AxeBuilder()
                .withOptions(options)
                .setLegacyMode(true)
                .analyze(driver)
                .getViolations();
        return broken.stream()
                .flatMap(rule -> rule.getNodes().stream()
                        .map(node -> rule.getId() + " (" + rule.getImpact() + ") " + node.getTarget() + ": "
                                + (node.getFailureSummary() == null
                                        ? rule.getHelp()
                                        : node.getFailureSummary().replace('\n', ' '))))
                .toList();
    }
}
