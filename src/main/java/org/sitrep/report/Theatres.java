package org.sitrep.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Location;

/**
 * Puts each event in a theatre of the brief ("Kyiv", "Front line — Donetsk", "Russia", "Diplomacy and politics")
 * by its type and location, following the rules in {@code /report/theatres.tsv}. Immutable.
 */
public final class Theatres {

    /** A section of the brief; {@code rank} orders sections (the rule's row, then the name). */
    public record Theatre(String name, int rank) implements Comparable<Theatre> {
        @Override
        public int compareTo(Theatre o) {
            int c = Integer.compare(rank, o.rank);
            return c != 0 ? c : name.compareTo(o.name);
        }
    }

    private record Rule(Set<EventType> types, Set<String> countries, Set<String> admin1s, String theatre) {
        boolean matches(Event e) {
            Location l = e.location();
            String country = l == null || l.country() == null ? null : l.country().toUpperCase(Locale.ROOT);
            String admin1 = l == null || l.admin1() == null ? null : l.admin1().toLowerCase(Locale.ROOT);
            return types.contains(e.type()) && fits(countries, country) && fits(admin1s, admin1);
        }

        /** "*" fits anything, "-" fits a missing value. */
        private static boolean fits(Set<String> allowed, String value) {
            return allowed.contains("*") || (value == null ? allowed.contains("-") : allowed.contains(value));
        }
    }

    private final List<Rule> rules;

    private Theatres(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Theatres loadDefault() {
        List<Rule> rules = new ArrayList<>();
        for (Tsv.Row r : Tsv.resource("/report/theatres.tsv", "types", "country", "admin1", "theatre")) {
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            for (String t : list(r.get(0))) {
                if (t.equals("*")) {
                    types.addAll(EnumSet.allOf(EventType.class));
                } else {
                    try {
                        types.add(EventType.valueOf(t));
                    } catch (IllegalArgumentException e) {
                        throw r.error("unknown PLOVER type '" + t + "'");
                    }
                }
            }
            if (r.get(3).isEmpty()) {
                throw r.error("theatre is empty");
            }
            Set<String> countries = list(r.get(1)).stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
            Set<String> admin1s = list(r.get(2)).stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            rules.add(new Rule(types, countries, admin1s, r.get(3)));
        }
        return new Theatres(rules);
    }

    /** The event's theatre; an event no rule matches goes to "Other". */
    public Theatre of(Event e) {
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule.matches(e)) {
                return new Theatre(fill(rule.theatre(), e.location()), i);
            }
        }
        return new Theatre("Other", rules.size());
    }

    private static String fill(String template, Location l) {
        String country = l == null || l.country() == null ? "unknown country" : countryName(l.country());
        String admin1 = l == null || l.admin1() == null ? country : l.admin1();
        return template.replace("{country}", country).replace("{admin1}", admin1);
    }

    static String countryName(String iso2) {
        String name = new Locale("", iso2.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? iso2 : name;
    }

    private static Set<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
