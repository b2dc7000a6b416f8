package org.newsarchive.ingest;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The upload page: several files at once, then what became of each, and a link to the names waiting for review. */
@Controller
class ImportController {

    private final Importer importer;

    ImportController(Importer importer) {
        this.importer = importer;
    }

    @GetMapping("/admin/imports")
    String form() {
        return "admin/imports";
    }

    @PostMapping("/admin/imports")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(file -> file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()).toList();
        if (chosen.isEmpty()) {
            model.addAttribute("noFiles", true);
        } else {
            model.addAttribute("report", importer.importAll(Uploads.sources(chosen), outcomes -> { }));
        }
        return form();
    }
}
