package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import lv.pietura.eaddress.RegisterFiles;
import lv.pietura.eaddress.RegisterImports;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.i18n.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * A platform administrator fills the addressee catalogue from the Enterprise Register's file: the files of the
 * register directory (and an upload of a smaller one), the imports with their progress while they run, stop,
 * restart, and an import's bad lines.
 */
@Named
@ViewScoped
public class RegisterImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RegisterImports imports;

    private List<RegisterFiles.RegisterFile> files;
    private List<RegisterImports.ImportView> list;
    private boolean starting;
    private RegisterImports.ImportView shown;
    private List<RegisterImports.ProblemView> problems;

    public List<RegisterFiles.RegisterFile> getFiles() {
        if (files == null) {
            files = imports.files();
        }
        return files;
    }

    public List<RegisterImports.ImportView> getImports() {
        if (list == null) {
            list = imports.imports(50);
        }
        return list;
    }

    /** Whether the page asks again for the imports' progress: one is running, or was just started. */
    public boolean isPolling() {
        return starting || getImports().stream().anyMatch(RegisterImports.ImportView::running);
    }

    public void refresh() {
        list = null;
        if (starting && imports.imports(1).stream().anyMatch(i -> i.id() == startedId)) {
            starting = false;
        }
    }

    private long startedId;

    @FormAction
    public void start(RegisterFiles.RegisterFile file) {
        startedId = imports.start(file.name());
        starting = true;
        list = null;
        FacesMessages.info("registerImport.started", file.name());
    }

    @FormAction
    public void upload(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            RegisterFiles.RegisterFile stored = imports.upload(event.getFile().getFileName(), in);
            FacesMessages.info("registerImport.uploaded", stored.name());
        }
        files = null;
    }

    @FormAction
    public void stop(RegisterImports.ImportView i) {
        imports.stop(i.id());
        FacesMessages.info("registerImport.stopping", i.file());
        list = null;
    }

    @FormAction
    public void restart(RegisterImports.ImportView i) {
        imports.restart(i.id());
        FacesMessages.info("registerImport.restarted", i.file());
        list = null;
    }

    @FormAction
    public void show(RegisterImports.ImportView i) {
        problems = imports.problems(i.id(), 1000);
        shown = i;
    }

    /** A bad line's reason, or an import's failure, as the rules say it. */
    public String reason(String key) {
        return key == null ? "" : Texts.rule(key);
    }

    public RegisterImports.ImportView getShown() {
        return shown;
    }

    public List<RegisterImports.ProblemView> getProblems() {
        return problems;
    }
}
