package org.sitrep.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Span;
import org.sitrep.resolve.ActorEntry;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.Place;

/**
 * The canonical actors and places of the stored events: for each, the aliases the tables (shipped and the user's)
 * know for it, the words the sources actually used ({@code seenAs}), and how often it is mentioned: the number of
 * evidence sentences of the events it takes part in. Sorted by mentions, most first, then by name.
 *
 * @param actors actors of the events (and, when asked for all, every actor of the tables)
 * @param places places of the events (and, when asked for all, every place with hand-written or user aliases)
 */
public record Entities(List<ActorEntity> actors, List<PlaceEntity> places) {

    public Entities {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }

    /** A canonical actor; {@code kind} is "unknown" for an id the tables no longer know. */
    public record ActorEntity(String id, String name, String kind, List<String> aliases, List<String> seenAs,
                              int mentions) {
        public ActorEntity {
            aliases = List.copyOf(aliases);
            seenAs = List.copyOf(seenAs);
        }
    }

    /** A canonical place. */
    public record PlaceEntity(String name, String country, String admin1, double lat, double lon,
                              List<String> aliases, List<String> seenAs, int mentions) {
        public PlaceEntity {
            aliases = List.copyOf(aliases);
            seenAs = List.copyOf(seenAs);
        }
    }

    /**
     * @param all also list table entries no stored event mentions (with 0 mentions)
     */
    public static Entities of(Collection<Event> events, ActorResolver actors, Gazetteer gazetteer, boolean all) {
        return new Entities(actors(events, actors, all), places(events, gazetteer, all));
    }

    private static final class Seen {
        String name;
        final Set<String> seenAs = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        int mentions;
        Location location;
    }

    private static List<ActorEntity> actors(Collection<Event> events, ActorResolver resolver, boolean all) {
        Map<String, Seen> seen = new LinkedHashMap<>();
        for (Event e : events) {
            Set<String> counted = new TreeSet<>();
            for (Actor a : e.actors()) {
                Seen s = seen.computeIfAbsent(a.id(), k -> new Seen());
                s.name = s.name == null ? a.name() : s.name;
                s.seenAs.addAll(a.aliases());
                if (counted.add(a.id())) {
                    s.mentions += e.mentions().size();
                }
            }
        }
        Map<String, ActorResolver.Catalogued> catalog = new HashMap<>();
        resolver.catalog().forEach(c -> catalog.put(c.entry().id(), c));
        List<ActorEntity> out = new ArrayList<>();
        seen.forEach((id, s) -> {
            ActorResolver.Catalogued c = catalog.get(id);
            ActorEntry entry = resolver.byId(id).orElse(c == null ? null : c.entry());
            out.add(new ActorEntity(id, entry != null ? entry.name() : s.name, entry != null ? entry.kind() : "unknown",
                    c == null ? List.of() : c.aliases(), List.copyOf(s.seenAs), s.mentions));
        });
        if (all) {
            catalog.values().stream().filter(c -> !seen.containsKey(c.entry().id())).forEach(c -> out.add(
                    new ActorEntity(c.entry().id(), c.entry().name(), c.entry().kind(), c.aliases(), List.of(), 0)));
        }
        out.sort(Comparator.comparingInt(ActorEntity::mentions).reversed()
                .thenComparing(ActorEntity::name, String.CASE_INSENSITIVE_ORDER).thenComparing(ActorEntity::id));
        return out;
    }

    private record PlaceKey(String name, String country, String admin1) {
    }

    private static List<PlaceEntity> places(Collection<Event> events, Gazetteer gazetteer, boolean all) {
        Map<PlaceKey, Seen> seen = new LinkedHashMap<>();
        for (Event e : events) {
            Location l = e.location();
            if (l == null) {
                continue;
            }
            Seen s = seen.computeIfAbsent(new PlaceKey(l.name(), l.country(), l.admin1()), k -> new Seen());
            s.location = l;
            s.mentions += e.mentions().size();
            for (Evidence ev : e.mentions()) {
                for (Span span : ev.highlights()) {
                    int from = span.start() - ev.start();
                    int to = span.end() - ev.start();
                    if (span.label().equals("place") && from >= 0 && to <= ev.text().length() && from < to) {
                        s.seenAs.add(ev.text().substring(from, to));
                    }
                }
            }
        }
        Map<Place, List<String>> table = gazetteer.aliasTable();
        List<PlaceEntity> out = new ArrayList<>();
        Set<Place> listed = new HashSet<>();
        seen.forEach((k, s) -> {
            Place p = gazetteer.place(k.name(), k.country(), k.admin1()).orElse(null);
            if (p != null) {
                listed.add(p);
            }
            List<String> aliases = p == null ? List.of() : table.getOrDefault(p, List.of());
            out.add(new PlaceEntity(k.name(), k.country(), k.admin1(), s.location.lat(), s.location.lon(), aliases,
                    List.copyOf(s.seenAs), s.mentions));
        });
        if (all) {
            table.forEach((p, aliases) -> {
                if (!listed.contains(p)) {
                    Location l = p.toLocation();
                    out.add(new PlaceEntity(l.name(), l.country(), l.admin1(), l.lat(), l.lon(), aliases, List.of(),
                            0));
                }
            });
        }
        out.sort(Comparator.comparingInt(PlaceEntity::mentions).reversed()
                .thenComparing(PlaceEntity::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(p -> Objects.toString(p.country(), "")));
        return out;
    }
}
