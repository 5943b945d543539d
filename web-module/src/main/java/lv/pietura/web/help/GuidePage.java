package lv.pietura.web.help;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lv.pietura.organisation.Role;
import lv.pietura.web.faces.Pages;
import lv.pietura.web.i18n.Language;

/**
 * The user guide of a role ({@code /help/guide?role=CLERK}; without one, the guide of the reader's first role): written
 * in AsciiDoc in {@code src/main/guide}, rendered to HTML at build time into the WAR's {@code WEB-INF/guide}, in the
 * reader's language; its pictures are the browser suite's screenshots of the pages it describes.
 */
@Named
@RequestScoped
public class GuidePage {

    /** The roles with a guide: every staff member's (a portal is a system). */
    static final List<Role> ROLES =
            Arrays.stream(Role.values()).filter(r -> r != Role.PORTAL).toList();

    @Inject
    Language language;

    private String role;
    private Role shown;
    private String html;

    /** The guide asked for, or the reader's own; a role without a guide is not found. */
    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (role == null || role.isBlank()) {
            shown = ROLES.stream()
                    .filter(r -> external.isUserInRole(r.name()))
                    .findFirst()
                    .orElse(Role.CLERK);
        } else {
            shown = ROLES.stream()
                    .filter(r -> r.name().equals(role))
                    .findFirst()
                    .orElse(null);
        }
        if (shown == null) {
            Pages.notFound();
            return;
        }
        html = read(external, "/WEB-INF/guide/" + fileOf(shown) + (language.isEnglish() ? "_en" : "") + ".html");
    }

    /** A role's guide as its file is named: {@code SERVICE_MANAGER} is {@code service-manager}. */
    static String fileOf(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String read(ExternalContext external, String path) {
        try (InputStream in = external.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The user guide " + path + " is not in the WAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Role> getRoles() {
        return ROLES;
    }

    public Role getShown() {
        return shown;
    }

    /** The guide, as built from the repository's AsciiDoc (no text of a user in it). */
    public String getHtml() {
        return html;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
