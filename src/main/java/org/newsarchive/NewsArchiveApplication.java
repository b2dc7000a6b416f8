package org.newsarchive;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsArchiveApplication {

    /** First arguments that run a command and exit instead of serving the site. */
    public static final Set<String> COMMANDS = Set.of("import", "reindex");

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(NewsArchiveApplication.class);
        boolean command = args.length > 0 && COMMANDS.contains(args[0]);
        if (command) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        var context = application.run(args);
        if (command) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
