package org.newsarchive.ingest;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files as import sources, each under the name it was uploaded with; with a manifest, matched
 * to its rows by file name.
 */
@Component
class Uploads {

    private final ManifestReader manifests;

    Uploads(ManifestReader manifests) {
        this.manifests = manifests;
    }

    /** The files chosen in a form field: a browser sends a part without a file name when none was. */
    static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(Uploads::isChosen).toList();
    }

    /** The sources of the files, matched to the manifest's rows when one was uploaded. */
    List<ImportSource> sources(List<MultipartFile> files, MultipartFile manifestFile) {
        if (manifestFile == null || !isChosen(manifestFile)) {
            return named(files);
        }
        Manifest manifest = manifests.read(manifestFile.getOriginalFilename(), manifestFile.getResource());
        return manifest.sourcesAmong(named(files.stream()
                .filter(file -> !file.getOriginalFilename().equals(manifest.name())).toList()));
    }

    private static List<ImportSource> named(List<MultipartFile> files) {
        return ImportSources.pair(files.stream()
                .map(file -> new ImportSources.NamedResource(file.getOriginalFilename(), file.getResource())).toList());
    }

    private static boolean isChosen(MultipartFile file) {
        return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
    }
}
