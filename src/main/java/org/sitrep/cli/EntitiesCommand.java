package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.Resolvers;
import org.sitrep.model.Event;
import org.sitrep.query.Entities;
import org.sitrep.query.Entities.ActorEntity;
import org.sitrep.query.Entities.PlaceEntity;
import org.sitrep.query.EventQuery;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entities", description = "List the canonical actors and places of the stored events with their "
        + "aliases, the words the sources used, and how often they are mentioned.")
final class EntitiesCommand implements Callable<Integer> {

    enum Kind { actor, place }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    AliasesOption aliases;

    @Option(names = "--kind", description = "actor or place (default: both)")
    Kind kind;

    @Option(names = "--json", description = "one JSON object per entity")
    boolean json;

    @Option(names = "--all", description = "also list what no stored event mentions: every actor in the tables, "
            + "every place with hand-written or user aliases")
    boolean all;

    @Override
    public Integer call() throws Exception {
        Resolvers resolvers = aliases.load();
        List<Event> events;
        try (EventStore store = database.open()) {
            events = store.events(EventQuery.all());
        }
        Entities entities = Entities.of(events, resolvers.actors(), resolvers.gazetteer(), all);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            if (kind != Kind.place) {
                for (ActorEntity a : entities.actors()) {
                    out.println(mapper.writeValueAsString(json(mapper, a)));
                }
            }
            if (kind != Kind.actor) {
                for (PlaceEntity p : entities.places()) {
                    out.println(mapper.writeValueAsString(json(mapper, p)));
                }
            }
        } else {
            if (kind != Kind.place) {
                actors(entities.actors(), out);
            }
            if (kind == null) {
                out.println();
            }
            if (kind != Kind.actor) {
                places(entities.places(), out);
            }
        }
        out.flush();
        return 0;
    }

    private static ObjectNode json(ObjectMapper m, ActorEntity a) {
        ObjectNode o = m.createObjectNode().put("entity", "actor").put("id", a.id()).put("name", a.name())
                .put("kind", a.kind()).put("mentions", a.mentions());
        a.aliases().forEach(o.putArray("aliases")::add);
        a.seenAs().forEach(o.putArray("seen_as")::add);
        return o;
    }

    private static ObjectNode json(ObjectMapper m, PlaceEntity p) {
        ObjectNode o = m.createObjectNode().put("entity", "place").put("name", p.name()).put("country", p.country())
                .put("admin1", p.admin1()).put("lat", p.lat()).put("lon", p.lon()).put("mentions", p.mentions());
        p.aliases().forEach(o.putArray("aliases")::add);
        p.seenAs().forEach(o.putArray("seen_as")::add);
        return o;
    }

    private static void actors(List<ActorEntity> actors, PrintWriter out) {
        out.println("actors (" + actors.size() + ")");
        int id = Math.max(2, actors.stream().mapToInt(a -> a.id().length()).max().orElse(2));
        int name = Math.max(4, actors.stream().mapToInt(a -> a.name().length()).max().orElse(4));
        String format = "  %8s  %-" + id + "s  %-" + name + "s  %-13s  %s%n";
        out.printf(format, "mentions", "id", "name", "kind", "aliases; seen as");
        for (ActorEntity a : actors) {
            out.printf(format, a.mentions(), a.id(), a.name(), a.kind(), words(a.aliases(), a.seenAs()));
        }
    }

    private static void places(List<PlaceEntity> places, PrintWriter out) {
        out.println("places (" + places.size() + ")");
        int name = Math.max(5, places.stream().mapToInt(p -> p.name().length()).max().orElse(5));
        int admin1 = Math.max(6, places.stream().mapToInt(p -> p.admin1() == null ? 0 : p.admin1().length())
                .max().orElse(6));
        String format = "  %8s  %-" + name + "s  %-7s  %-" + admin1 + "s  %-19s  %s%n";
        out.printf(format, "mentions", "place", "country", "admin1", "lat, lon", "aliases; seen as");
        for (PlaceEntity p : places) {
            out.printf(format, p.mentions(), p.name(), p.country() == null ? "" : p.country(),
                    p.admin1() == null ? "" : p.admin1(),
                    String.format(Locale.ROOT, "%.4f, %.4f", p.lat(), p.lon()), words(p.aliases(), p.seenAs()));
        }
    }

    private static String words(List<String> aliases, List<String> seenAs) {
        String a = String.join(", ", aliases);
        String seen = seenAs.isEmpty() ? "" : "seen as: " + String.join(", ", seenAs);
        return a.isEmpty() || seen.isEmpty() ? a + seen : a + "; " + seen;
    }
}
