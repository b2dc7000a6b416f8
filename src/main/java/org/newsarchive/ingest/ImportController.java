package org.newsarchive.ingest;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The upload page: several files at once, with an optional manifest, then what became of each, and a
 * link to the names waiting for review; and the imports running (from here, the API or the command line)
 * and lately ended, each running one with a button that stops it after its current batch.
 */
@Controller
class ImportController {

    static final int REFRESH_SECONDS = 2;

    private final Importer importer;
    private final Uploads uploads;
    private final ImportRuns runs;

    ImportController(Importer importer, Uploads uploads, ImportRuns runs) {
        this.importer = importer;
        this.uploads = uploads;
        this.runs = runs;
    }

    @GetMapping("/admin/imports")
    String form(Model model, HttpServletResponse response) {
        List<ImportRun> recent = runs.recent();
        if (recent.stream().anyMatch(ImportRun::running)) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        model.addAttribute("runs", recent);
        return "admin/imports";
    }

    @PostMapping("/admin/imports/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(runs.cancel(id) ? "cancelRequested" : "notRunning", true);
        return "redirect:/admin/imports";
    }

    @PostMapping("/admin/imports")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "manifest", required = false) MultipartFile manifest, Model model, HttpServletResponse response) {
        List<MultipartFile> chosen = Uploads.chosen(files);
        if (chosen.isEmpty()) {
            model.addAttribute("noFiles", true);
        } else {
            try {
                model.addAttribute("report", importer.importAll(uploads.sources(chosen, manifest), outcomes -> { }));
            } catch (InvalidManifestException e) {
                model.addAttribute("manifestProblem", e.getMessage());
            }
        }
        return form(model, response);
    }
}
