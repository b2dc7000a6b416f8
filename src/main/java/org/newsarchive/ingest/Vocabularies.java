package org.newsarchive.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.newsarchive.actor.ActorRepository;
import org.newsarchive.actor.AliasDictionary;
import org.newsarchive.demand.DemandRepository;
import org.newsarchive.outlet.Outlet;
import org.newsarchive.outlet.OutletRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the {@link Vocabulary} an import run starts from, and the outlets' names again when it created outlets. */
@Component
class Vocabularies {

    private final ActorRepository actors;
    private final OutletRepository outlets;
    private final DemandRepository demands;
    private final JdbcTemplate jdbc;

    Vocabularies(ActorRepository actors, OutletRepository outlets, DemandRepository demands, JdbcTemplate jdbc) {
        this.actors = actors;
        this.outlets = outlets;
        this.demands = demands;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Vocabulary read() {
        Map<String, Long> actorIds = new HashMap<>();
        actors.findAllWithAliases().forEach(actor -> actor.getAliases().stream().filter(alias -> !alias.isBlank())
                .forEach(alias -> actorIds.put(alias, actor.getId())));
        AliasDictionary actorNames = new AliasDictionary(actorIds);
        Map<String, Long> demandIds = new HashMap<>();
        demands.findAll().forEach(demand -> demandIds.put(demand.getSlug(), demand.getId()));
        Set<String> rejectedNames = Set.copyOf(jdbc.queryForList("select name_key from rejected_name", String.class));
        List<Outlet> known = outlets.findAllWithAliases();
        return new Vocabulary(actorNames, outletNames(known, actorNames), new OutletDirectory(known), demandIds, rejectedNames);
    }

    @Transactional(readOnly = true)
    public Vocabulary withOutletsReadAgain(Vocabulary vocabulary) {
        return vocabulary.withOutlets(outletNames(outlets.findAllWithAliases(), vocabulary.actors()));
    }

    private static AliasDictionary outletNames(List<Outlet> known, AliasDictionary actorNames) {
        Map<String, Long> outletIds = new HashMap<>();
        // An organisation's own site ("NATO" for nato.int) is an outlet, but its name in a text names the actor.
        known.forEach(outlet -> Stream.concat(Stream.of(outlet.getName()), outlet.getAliases().stream())
                .filter(name -> !name.isBlank() && !actorNames.contains(name)).forEach(name -> outletIds.put(name, outlet.getId())));
        return new AliasDictionary(outletIds);
    }
}
