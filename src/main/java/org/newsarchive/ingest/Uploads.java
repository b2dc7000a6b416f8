package org.newsarchive.ingest;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** Uploaded files as import sources, each under the name it was uploaded with. */
final class Uploads {

    private Uploads() {
    }

    static List<ImportSource> sources(List<MultipartFile> files) {
        return ImportSources.pair(files.stream().map(file -> new ImportSources.NamedResource(
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? file.getName()
                        : file.getOriginalFilename(), file.getResource())).toList());
    }
}
