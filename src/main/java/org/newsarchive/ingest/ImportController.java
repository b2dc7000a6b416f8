package org.newsarchive.ingest;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page: several files at once, with an optional manifest, then what became of each; below,
 * the names waiting for review.
 */
@Controller
class ImportController {

    static final int NAMES_SHOWN = 50;

    private final Importer importer;
    private final Uploads uploads;
    private final NameCandidates nameCandidates;

    ImportController(Importer importer, Uploads uploads, NameCandidates nameCandidates) {
        this.importer = importer;
        this.uploads = uploads;
        this.nameCandidates = nameCandidates;
    }

    @GetMapping("/admin/imports")
    String form(Model model) {
        model.addAttribute("names", nameCandidates.mostFrequent(NAMES_SHOWN));
        return "admin/imports";
    }

    @PostMapping("/admin/imports")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "manifest", required = false) MultipartFile manifest, Model model) {
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
        return form(model);
    }
}
