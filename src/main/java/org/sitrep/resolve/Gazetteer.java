package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks place names up in the shipped GeoNames-derived gazetteer ({@code /gazetteer/*.tsv} on the classpath).
 *
 * <h2>Matching rules</h2>
 * <ul>
 *   <li>Case-insensitive, accent-insensitive; hyphens count as spaces, apostrophes and periods are dropped;
 *       a leading "the" and a trailing possessive 's / ’s are ignored.</li>
 *   <li>Hand-written aliases ({@code aliases.tsv}) are tried first; "the Ukrainian capital" is an alias.</li>
 *   <li>"X region", "X oblast", "X province", "X krai", "X republic", "X governorate", "X voivodeship" resolve to the
 *       first-level division known as X (X may itself be an alias: "Kharkov region").</li>
 *   <li>Words written entirely in lower case ("mirny", "bar") are never looked up in the place names, only in the
 *       aliases: a town name written in lower case is a common word.</li>
 *   <li>Names in {@code stoplist.txt} (place names that are also common English words or given names, such as
 *       "Victory", "Lenin", "Mirny", "Split") are never resolved from the place names, only through an alias or a
 *       region phrase. Surfaces shorter than 3 characters need an alias too.</li>
 *   <li>Acronyms (all-capital aliases such as "US", "UK", "DPRK") match only when written in capitals.</li>
 * </ul>
 *
 * <h2>Disambiguation</h2>
 * Among the places sharing a name: the preferred country first; then countries and capitals (by their own name);
 * then places in Ukraine, together with cities of 1 million or more anywhere (by their own name); then Russia; then
 * other places by their own name; then other places by an alternate name. Within a group: a first-level division
 * before a city, then larger population first. A first-level division is not found by a bare name that is also the
 * name of a town in the same country ("Donetsk" is the city; "Donetsk region" the oblast).
 *
 * <p>Instances are immutable and thread-safe. {@link #loadDefault()} parses the resources on every call; keep the
 * instance.
 */
public final class Gazetteer {

    private static final String RESOURCE_DIR = "/gazetteer/";
    private static final String[] PLACE_HEADER =
            {"geonameid", "name", "ascii", "alternates", "country", "admin1", "lat", "lon", "kind", "population"};
    private static final Pattern REGION_PHRASE = Pattern.compile(
            "^(.+?)\\s+(region|oblast|province|krai|kray|republic|governorate|voivodeship)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ACRONYM = Pattern.compile("^(?:[A-Z]\\.?){2,6}$");
    private static final Pattern OUTER_PUNCTUATION =
            Pattern.compile("^[\\p{Ps}\\p{Pi}\"'`,;:]+|[\\p{Pe}\\p{Pf}\"'`,;:!?]+$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’ʼ][sS]$");
    private static final long MAJOR_CITY = 1_000_000L;
    /** Towns outside the war's countries smaller than this are not found by their other names alone. */
    private static final long FAR_TOWN_BY_OTHER_NAME = 100_000L;
    private static final Set<String> THEATRE = Set.of("UA", "RU", "BY", "MD", "PL", "RO", "GE");
    private static final int MIN_NAME_LENGTH = 3;
    /** Ids of user places lie below every synthetic id of the shipped data (which stay above -10^10). */
    private static final long USER_ID_BASE = -100_000_000_000L;

    private final List<Place> places;
    /** normalised name -> (index into places << 1 | 1 if matched by an alternate name). */
    private final Map<String, int[]> names;
    /** acronym (as written, periods dropped) -> same encoding as names. */
    private final Map<String, int[]> acronymNames;
    private final Map<String, List<Alias>> aliases;
    private final Map<String, List<Alias>> acronymAliases;
    private final Map<String, Place> countries;
    private final Map<String, String> iso3ToIso2;
    private final Set<String> stoplist;
    /** normalised name or alias -> places the user added; consulted before anything else. */
    private final Map<String, List<Place>> userPlaces;
    /** ISO alpha-2 -> the country's national capital. */
    private final Map<String, Place> capitals;

    /** A hand-written or user alias: the surface as written, the place name it stands for, optionally its country. */
    private record Alias(String surface, String canonical, String country) {
    }

    private Gazetteer(Builder b) {
        this.places = List.copyOf(b.places);
        this.names = Map.copyOf(b.names);
        this.acronymNames = Map.copyOf(b.acronymNames);
        this.aliases = Map.copyOf(b.aliases);
        this.acronymAliases = Map.copyOf(b.acronymAliases);
        this.countries = Map.copyOf(b.countries);
        this.iso3ToIso2 = Map.copyOf(b.iso3ToIso2);
        this.stoplist = Set.copyOf(b.stoplist);
        Map<String, List<Place>> mine = new HashMap<>();
        b.userPlaces.forEach((k, v) -> mine.put(k, List.copyOf(v)));
        this.userPlaces = Map.copyOf(mine);
        Map<String, Place> capitalsByCountry = new HashMap<>();
        for (Place p : places) {
            if (Place.CAPITAL.equals(p.kind())) {
                capitalsByCountry.putIfAbsent(p.country(), p);
            }
        }
        this.capitals = Map.copyOf(capitalsByCountry);
    }

    // ------------------------------------------------------------------ loading

    /** The shipped gazetteer: places, aliases, ISO 3166 codes and the stoplist from the classpath. */
    public static Gazetteer loadDefault() {
        Builder b = new Builder();
        b.stoplist(resource("stoplist.txt"));
        b.displayNames(resource("display-names.tsv"), "display-names.tsv");
        b.places(resource("places.tsv"), "places.tsv");
        b.places(resource("sites.tsv"), "sites.tsv");
        b.places(resource("villages.tsv"), "villages.tsv");
        b.aliases(resource("aliases.tsv"), "aliases.tsv");
        b.countryCodes(resource("countries.tsv"), "countries.tsv");
        return new Gazetteer(b);
    }

    /** A gazetteer from a places TSV and an aliases TSV (formats as the shipped files), with the shipped stoplist. */
    public static Gazetteer load(Reader places, Reader aliases) {
        return load(places, aliases, new StringReader(""));
    }

    /** As {@link #load(Reader, Reader)}, plus a countries TSV ({@code iso2 iso3 name official capital}) for ISO3. */
    public static Gazetteer load(Reader places, Reader aliases, Reader countryCodes) {
        Builder b = new Builder();
        b.stoplist(resource("stoplist.txt"));
        b.places(places, "places");
        b.aliases(aliases, "aliases");
        b.countryCodes(countryCodes, "countries");
        return new Gazetteer(b);
    }

    /**
     * A new gazetteer with the user's places and place aliases ({@link UserAliases}), without rebuilding the data.
     * A user alias wins over a shipped one for the same surface ("Artemivsk" to Bakhmut); a user place is found by
     * its name or aliases before any shipped place of that name. This gazetteer is unchanged.
     *
     * @throws UserFileException naming the line when an alias stands for a place sitrep does not know
     */
    public Gazetteer withUser(UserAliases u) {
        Objects.requireNonNull(u, "u");
        Builder b = new Builder(this);
        for (UserAliases.NewPlace np : u.places()) {
            long id = USER_ID_BASE - Integer.toUnsignedLong((np.name() + "\t" + np.country()).hashCode());
            b.userPlace(new Place(id, np.name(), np.country(), np.admin1(), np.lat(), np.lon(), Place.CITY, 0),
                    np.aliases());
        }
        for (UserAliases.PlaceAlias a : u.placeAliases()) {
            try {
                b.alias(a.alias(), a.place(), a.country() == null ? "" : a.country(), a.where(), true);
            } catch (IllegalArgumentException e) {
                throw new UserFileException(e.getMessage());
            }
        }
        Gazetteer g = new Gazetteer(b);
        for (UserAliases.PlaceAlias a : u.placeAliases()) {
            if (g.resolveAlias(List.of(new Alias(a.alias(), a.place(), a.country())), null).isEmpty()) {
                throw new UserFileException(a.where() + ": '" + a.place() + "'" + (a.country() == null ? ""
                        : " in " + a.country()) + " is not a place sitrep knows: check the spelling, or add it "
                        + "with 'place NAME LAT LON COUNTRY'; see docs/user-aliases.md");
            }
        }
        return g;
    }

    /**
     * Every place that has hand-written or user aliases, or was added by the user, with those aliases (sorted).
     * GeoNames' own alternate names are not listed: there are too many to read.
     */
    public Map<Place, List<String>> aliasTable() {
        Map<Place, Set<String>> out = new LinkedHashMap<>();
        for (Map<String, List<Alias>> map : List.of(aliases, acronymAliases)) {
            map.values().forEach(list -> list.forEach(a -> resolveAlias(List.of(a), null).ifPresent(p ->
                    out.computeIfAbsent(p, k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)).add(a.surface()))));
        }
        userPlaces.values().forEach(list -> list.forEach(p ->
                out.computeIfAbsent(p, k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))));
        Map<Place, List<String>> result = new LinkedHashMap<>();
        out.forEach((p, s) -> result.put(p, List.copyOf(s)));
        return result;
    }

    /** The place this location was resolved to, found again by name, country and admin1; empty when unknown. */
    public Optional<Place> place(String name, String country, String admin1) {
        if (name == null) {
            return Optional.empty();
        }
        String key = Names.key(name);
        List<Place> mine = userPlaces.get(key);
        if (mine != null) {
            Optional<Place> p = mine.stream().filter(q -> q.country().equals(country)).findFirst();
            if (p.isPresent()) {
                return p;
            }
        }
        int[] encoded = names.get(key);
        if (encoded == null) {
            return Optional.empty();
        }
        Place fallback = null;
        for (int e : encoded) {
            Place p = places.get(e >>> 1);
            if ((e & 1) == 0 && p.name().equals(name) && p.country().equals(country)) {
                if (Objects.equals(p.toLocation().admin1(), admin1)) {
                    return Optional.of(p);
                }
                fallback = fallback == null ? p : fallback;
            }
        }
        return Optional.ofNullable(fallback);
    }

    // ------------------------------------------------------------------ lookups

    /** Resolves a surface string as found in text, preferring Ukraine, then Russia. */
    public Optional<Place> find(String surface) {
        return find(surface, null);
    }

    /**
     * Resolves a surface string as found in text ("Kyiv", "Kyiv's", "kiev", "the Kharkiv region", "Donetsk Oblast",
     * "the Ukrainian capital").
     *
     * @param preferCountry ISO alpha-2 code whose places win ties, or null
     */
    public Optional<Place> find(String surface, String preferCountry) {
        if (surface == null) {
            return Optional.empty();
        }
        String prefer = preferCountry == null || preferCountry.isBlank() ? null : preferCountry.toUpperCase(Locale.ROOT);
        String s = stripSurface(surface);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String compact = s.replace(".", "");
        if (isAcronym(s)) {
            List<Alias> a = acronymAliases.get(compact);
            Optional<Place> p = a != null ? resolveAlias(a, prefer) : best(acronymNames.get(compact), prefer, null, false);
            if (p.isPresent()) {
                return p;
            }
            // otherwise a name in capitals ("KYIV"): looked up as a name
        }
        String key = Names.key(s);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Place> mine = userPlaces.get(key);
        if (mine != null) {
            return Optional.of(preferred(mine, prefer));
        }
        boolean nameLookupAllowed = key.length() >= MIN_NAME_LENGTH && !s.equals(s.toLowerCase(Locale.ROOT))
                && !stoplist.contains(key);
        if (prefer != null && nameLookupAllowed) {
            // The preferred country's own places come before aliases naming places elsewhere.
            Optional<Place> p = best(names.get(key), prefer, prefer, false);
            if (p.isPresent()) {
                return p;
            }
        }
        List<Alias> a = aliases.get(key);
        if (a != null) {
            return resolveAlias(a, prefer);
        }
        Matcher m = REGION_PHRASE.matcher(s);
        if (m.matches()) {
            Optional<Place> region = region(key, Names.key(m.group(1)), prefer);
            if (region.isPresent()) {
                return region;
            }
        }
        return nameLookupAllowed ? best(names.get(key), prefer, null, false) : Optional.empty();
    }

    /**
     * Resolves a name the text places inside a larger place: "the village of Novoselivka in the Donetsk region" is
     * the Novoselivka of Donetsk Oblast, not the larger one elsewhere. {@code within} is a region (its towns only)
     * or a country; when no place of that name lies inside it, this is {@link #find(String, String)} preferring
     * its country, so a wrong or vague context never loses a place.
     */
    public Optional<Place> findWithin(String surface, Place within) {
        if (within == null) {
            return find(surface);
        }
        Optional<Place> plain = find(surface, within.country());
        String key = Names.key(stripSurface(surface));
        // The user's own places and the context's own answer stand.
        if (plain.isEmpty() || inside(plain.get(), within) || userPlaces.containsKey(key)) {
            return plain;
        }
        int[] encoded = names.get(key);
        if (encoded == null || Place.COUNTRY.equals(plain.get().kind())) {
            return plain;
        }
        Optional<Place> inside = bestOf(encoded, within.country(),
                p -> inside(p, within) && !Place.COUNTRY.equals(p.kind()) && !p.equals(within));
        return inside.isPresent() ? inside : plain;
    }

    private static boolean inside(Place p, Place within) {
        if (!p.country().equals(within.country())) {
            return false;
        }
        return !Place.ADMIN1.equals(within.kind()) || Objects.equals(p.admin1(), within.admin1());
    }

    /** The national capital of the country with this ISO 3166-1 alpha-2 code ("the capital" in its news). */
    public Optional<Place> capitalOf(String iso2) {
        if (iso2 == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(capitals.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** The country row for an ISO 3166-1 alpha-2 code. */
    public Optional<Place> country(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** The country row for an ISO 3166-1 alpha-3 code (only when the gazetteer was loaded with country codes). */
    public Optional<Place> byIso3(String iso3) {
        if (iso3 == null) {
            return Optional.empty();
        }
        String iso2 = iso3ToIso2.get(iso3.toUpperCase(Locale.ROOT));
        return iso2 == null ? Optional.empty() : country(iso2);
    }

    /** Number of place rows. */
    public int size() {
        return places.size();
    }

    // ------------------------------------------------------------------ internals

    private Optional<Place> region(String fullKey, String baseKey, String prefer) {
        Optional<Place> direct = best(names.get(fullKey), prefer, null, true);
        if (direct.isPresent()) {
            return direct;
        }
        Optional<Place> base = best(names.get(baseKey), prefer, null, true);
        if (base.isPresent()) {
            return base;
        }
        List<Alias> a = aliases.get(baseKey);
        if (a != null) {
            for (Alias alias : a) {
                Optional<Place> viaAlias = best(names.get(Names.key(alias.canonical())), prefer, alias.country(), true);
                if (viaAlias.isPresent()) {
                    return viaAlias;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Place> resolveAlias(List<Alias> candidates, String prefer) {
        // An alias with a country restricts to it; several aliases for one surface: the preferred country's first.
        List<Alias> ordered = new ArrayList<>(candidates);
        if (prefer != null) {
            ordered.sort(Comparator.comparing(a -> !prefer.equals(a.country())));
        }
        for (Alias alias : ordered) {
            String canonical = stripSurface(alias.canonical());
            Matcher m = REGION_PHRASE.matcher(canonical);
            String key = Names.key(canonical);
            List<Place> mine = userPlaces.get(key);
            if (mine != null) {
                List<Place> inCountry = mine.stream().filter(p -> alias.country() == null
                        || alias.country().equals(p.country())).toList();
                if (!inCountry.isEmpty()) {
                    return Optional.of(preferred(inCountry, prefer));
                }
            }
            Optional<Place> p = best(names.get(key), alias.country() != null ? alias.country() : prefer,
                    alias.country(), false);
            if (p.isEmpty() && m.matches()) {
                p = region(key, Names.key(m.group(1)), alias.country() != null ? alias.country() : prefer);
            }
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * The best candidate. {@code onlyCountry} restricts to one country; {@code regionsOnly} to admin1 rows (and then
     * bare-name collisions do not matter).
     */
    private Optional<Place> best(int[] encoded, String prefer, String onlyCountry, boolean regionsOnly) {
        if (encoded == null) {
            return Optional.empty();
        }
        Set<String> countriesWithTowns = new HashSet<>();
        if (!regionsOnly) {
            for (int e : encoded) {
                Place p = places.get(e >>> 1);
                if (Place.CITY.equals(p.kind()) || Place.CAPITAL.equals(p.kind())) {
                    countriesWithTowns.add(p.country());
                }
            }
        }
        Predicate<Place> eligible = p -> {
            boolean isAdmin1 = Place.ADMIN1.equals(p.kind());
            return !(onlyCountry != null && !onlyCountry.equals(p.country())
                    || regionsOnly && !isAdmin1
                    || !regionsOnly && isAdmin1 && countriesWithTowns.contains(p.country()));
        };
        // "the Kristal oil depot": a small town far from the war found only by one of its other names (GeoNames
        // lists Crystal, Minnesota as Kristal too) is no reading of a war story's name; its own name, or a country
        // asked for, still finds it.
        int[] kept = onlyCountry != null ? encoded : Arrays.stream(encoded)
                .filter(e -> (e & 1) == 0 || !farAndSmall(places.get(e >>> 1))).toArray();
        return bestOf(kept, prefer, eligible);
    }

    private static boolean farAndSmall(Place p) {
        return Place.CITY.equals(p.kind()) && p.population() < FAR_TOWN_BY_OTHER_NAME
                && !THEATRE.contains(p.country());
    }

    /** The candidate that ranks first ({@link #compare}) among those {@code eligible} accepts. */
    private Optional<Place> bestOf(int[] encoded, String prefer, Predicate<Place> eligible) {
        int bestCode = -1;
        Place best = null;
        for (int e : encoded) {
            Place p = places.get(e >>> 1);
            if (!eligible.test(p)) {
                continue;
            }
            if (best == null || compare(p, (e & 1) == 1, best, (bestCode & 1) == 1, prefer) < 0) {
                best = p;
                bestCode = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Negative when a ranks before b. */
    private static int compare(Place a, boolean aAlt, Place b, boolean bAlt, String prefer) {
        int c = Integer.compare(preferRank(a, prefer), preferRank(b, prefer));
        if (c == 0) {
            c = Integer.compare(globalRank(a, aAlt), globalRank(b, bAlt));
        }
        if (c == 0) {
            c = Integer.compare(tier(a, aAlt), tier(b, bAlt));
        }
        if (c == 0) {
            c = Integer.compare(kindRank(a), kindRank(b));
        }
        if (c == 0) {
            c = Long.compare(b.population(), a.population());
        }
        if (c == 0) {
            c = Boolean.compare(aAlt, bAlt);
        }
        if (c == 0) {
            c = Long.compare(a.geonameId(), b.geonameId());
        }
        return c;
    }

    private static int preferRank(Place p, String prefer) {
        return prefer != null && prefer.equals(p.country()) ? 0 : 1;
    }

    private static int globalRank(Place p, boolean alt) {
        if (Place.COUNTRY.equals(p.kind())) {
            return 0;
        }
        return Place.CAPITAL.equals(p.kind()) && !alt ? 1 : 2;
    }

    private static int tier(Place p, boolean alt) {
        if ("UA".equals(p.country()) || !alt && p.population() >= MAJOR_CITY) {
            return 0;
        }
        if ("RU".equals(p.country())) {
            return 1;
        }
        return alt ? 3 : 2;
    }

    private static int kindRank(Place p) {
        return switch (p.kind()) {
            case Place.COUNTRY -> 0;
            case Place.CAPITAL -> 1;
            case Place.ADMIN1 -> 2;
            default -> 3;
        };
    }

    private static Place preferred(List<Place> places, String prefer) {
        return places.stream().filter(p -> p.country().equals(prefer)).findFirst().orElse(places.get(0));
    }

    /** Trims quotes and punctuation, a leading "the" and a trailing possessive. */
    static String stripSurface(String surface) {
        String s = OUTER_PUNCTUATION.matcher(surface.strip()).replaceAll("").strip();
        s = LEADING_THE.matcher(s).replaceFirst("");
        return POSSESSIVE.matcher(s).replaceFirst("").strip();
    }

    /** Cheap pre-check before the ACRONYM pattern: short, and only capitals and periods. */
    private static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 12) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '.')) {
                return false;
            }
        }
        return ACRONYM.matcher(s).matches();
    }

    private static boolean skippable(String line) {
        return line.isBlank() || line.startsWith("#");
    }

    private static Reader resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource missing from classpath: " + RESOURCE_DIR + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ building

    /** Mutable state while loading; never escapes. Index arrays are copied on write, so sharing them is safe. */
    private static final class Builder {
        private final List<Place> places;
        private final Map<String, int[]> names;
        private final Map<String, int[]> acronymNames;
        private final Map<String, List<Alias>> aliases;
        private final Map<String, List<Alias>> acronymAliases;
        private final Map<String, Place> countries;
        private final Map<String, String> iso3ToIso2;
        private final Set<String> stoplist;
        private final Map<String, List<Place>> userPlaces;
        private final Map<String, String> displayNames = new HashMap<>();

        Builder() {
            places = new ArrayList<>(40_000);
            names = new HashMap<>(200_000);
            acronymNames = new HashMap<>();
            aliases = new HashMap<>();
            acronymAliases = new HashMap<>();
            countries = new HashMap<>();
            iso3ToIso2 = new HashMap<>();
            stoplist = new HashSet<>();
            userPlaces = new HashMap<>();
        }

        Builder(Gazetteer g) {
            places = new ArrayList<>(g.places);
            names = new HashMap<>(g.names);
            acronymNames = new HashMap<>(g.acronymNames);
            aliases = new HashMap<>(g.aliases);
            acronymAliases = new HashMap<>(g.acronymAliases);
            countries = new HashMap<>(g.countries);
            iso3ToIso2 = new HashMap<>(g.iso3ToIso2);
            stoplist = new HashSet<>(g.stoplist);
            userPlaces = new HashMap<>();
            g.userPlaces.forEach((k, v) -> userPlaces.put(k, new ArrayList<>(v)));
        }

        /** A place the user added, found by its name and aliases before any shipped place. */
        void userPlace(Place p, List<String> aliases) {
            places.add(p);
            List<String> surfaces = new ArrayList<>(aliases);
            surfaces.add(0, p.name());
            for (String surface : surfaces) {
                String key = Names.key(stripSurface(surface));
                if (!key.isEmpty()) {
                    List<Place> list = userPlaces.computeIfAbsent(key, k -> new ArrayList<>());
                    list.removeIf(q -> q.name().equals(p.name()) && q.country().equals(p.country()));
                    list.add(0, p);
                }
            }
        }

        void stoplist(Reader in) {
            for (String line : lines(in, "stoplist.txt")) {
                if (!skippable(line)) {
                    stoplist.add(Names.key(line.strip()));
                }
            }
        }

        void places(Reader in, String source) {
            for (Row row : rows(in, source)) {
                String[] f = row.fields();
                if (f[0].equals(PLACE_HEADER[0])) {
                    if (!Arrays.equals(f, PLACE_HEADER)) {
                        throw new IllegalArgumentException(row.where() + ": unexpected header "
                                + String.join(",", f) + "; expected " + String.join(",", PLACE_HEADER));
                    }
                    continue;
                }
                place(f, row.where());
            }
        }

        void place(String[] f, String where) {
            if (f.length != PLACE_HEADER.length) {
                throw new IllegalArgumentException(where + ": expected " + PLACE_HEADER.length + " fields, got " + f.length);
            }
            Place p;
            try {
                p = new Place(Long.parseLong(f[0]), shown(f[1], f[4]), f[4], f[5], Double.parseDouble(f[6]),
                        Double.parseDouble(f[7]), f[8], f[9].isEmpty() ? 0 : Long.parseLong(f[9]));
            } catch (IllegalArgumentException e) { // includes NumberFormatException
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            int idx = places.size();
            places.add(p);
            index(f[1], idx, false);
            if (!p.name().equals(f[1])) {
                index(p.name(), idx, false);
            }
            index(f[2], idx, false);
            if (!f[3].isEmpty()) {
                for (String alt : f[3].split("\\|")) {
                    index(alt, idx, true);
                }
            }
            if (Place.COUNTRY.equals(p.kind())) {
                countries.putIfAbsent(p.country(), p);
            }
        }

        /** The name a place is shown by: the English one news uses when display-names.tsv gives it. */
        private String shown(String name, String country) {
            String english = displayNames.get(name + "\t" + country);
            return english != null ? english : displayName(name, country);
        }

        /** Rows {@code name country display}: the English name news uses for a place GeoNames names otherwise. */
        void displayNames(Reader in, String source) {
            for (Row row : rows(in, source)) {
                String[] f = row.fields();
                if (f.length != 3) {
                    throw new IllegalArgumentException(row.where() + ": expected name, country and display "
                            + "name, got " + f.length + " fields");
                }
                if (!"name".equals(f[0])) {
                    displayNames.put(f[0] + "\t" + f[1], f[2]);
                }
            }
        }

        /**
         * GeoNames marks the soft sign in Ukrainian, Russian and Belarusian names ("Chornomors’k", "Tver’"); news in
         * English, and Ukraine's own national transliteration, leave it out ("Chornomorsk", "Tver").
         */
        private static String displayName(String name, String country) {
            return SOFT_SIGN_COUNTRIES.contains(country) ? name.replace("’", "").replace("'", "").replace("ʹ", "")
                    : name;
        }

        private static final Set<String> SOFT_SIGN_COUNTRIES = Set.of("UA", "RU", "BY");

        private void index(String name, int idx, boolean alternate) {
            String n = name.strip();
            if (n.isEmpty()) {
                return;
            }
            int code = idx << 1 | (alternate ? 1 : 0);
            if (isAcronym(n)) {
                add(acronymNames, n.replace(".", ""), code);
                return;
            }
            add(names, Names.key(n), code);
        }

        private static void add(Map<String, int[]> map, String key, int code) {
            if (key.isEmpty()) {
                return;
            }
            int[] old = map.get(key);
            if (old == null) {
                map.put(key, new int[] {code});
                return;
            }
            for (int i = 0; i < old.length; i++) {
                if (old[i] >>> 1 == code >>> 1) {
                    if ((old[i] & 1) == 1 && (code & 1) == 0) { // also a primary name: upgrade
                        int[] copy = old.clone();
                        copy[i] = code;
                        map.put(key, copy);
                    }
                    return;
                }
            }
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = code;
            map.put(key, grown);
        }

        void aliases(Reader in, String source) {
            for (Row row : rows(in, source)) {
                String[] f = row.fields();
                if ("alias".equals(f[0]) && f.length > 1) {
                    continue;
                }
                if (f.length < 2 || f.length > 3) {
                    throw new IllegalArgumentException(row.where() + ": expected 'alias<TAB>canonical_name"
                            + "<TAB>country', got " + f.length + " fields");
                }
                alias(f[0], f[1], f.length == 3 ? f[2] : "", row.where(), false);
            }
        }

        void alias(String surface, String canonical, String country, String where, boolean override) {
            String s = stripSurface(surface);
            if (s.isEmpty() || canonical.isBlank()) {
                throw new IllegalArgumentException(where + ": empty alias or canonical name");
            }
            String cc = country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
            if (cc != null && !cc.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException(where + ": country must be an ISO alpha-2 code, got '" + country + "'");
            }
            boolean acronym = isAcronym(s);
            Map<String, List<Alias>> map = acronym ? acronymAliases : aliases;
            String key = acronym ? s.replace(".", "") : Names.key(s);
            List<Alias> list = new ArrayList<>(map.getOrDefault(key, List.of()));
            Alias a = new Alias(surface.strip(), canonical.strip(), cc);
            list.removeIf(old -> old.canonical().equals(a.canonical()) && Objects.equals(old.country(), a.country()));
            if (override) {
                list.add(0, a);
            } else {
                list.add(a);
            }
            map.put(key, List.copyOf(list));
        }

        void countryCodes(Reader in, String source) {
            for (Row row : rows(in, source)) {
                String[] f = row.fields();
                if ("iso2".equals(f[0]) && f.length > 1) {
                    continue;
                }
                if (f.length < 2 || !f[0].matches("[A-Z]{2}") || !f[1].matches("[A-Z]{3}")) {
                    throw new IllegalArgumentException(row.where() + ": expected 'iso2<TAB>iso3...'");
                }
                iso3ToIso2.put(f[1], f[0]);
            }
        }

        /** A row of a gazetteer table: its tab-separated fields, and where it stands ("places.tsv:12"). */
        private record Row(String[] fields, String where) {
        }

        /** The rows of a table that are neither blank nor comments, numbered by their line in the file. */
        private static List<Row> rows(Reader in, String source) {
            List<Row> out = new ArrayList<>();
            int lineNo = 0;
            for (String line : lines(in, source)) {
                lineNo++;
                if (!skippable(line)) {
                    out.add(new Row(line.split("\t", -1), source + ":" + lineNo));
                }
            }
            return out;
        }

        private static List<String> lines(Reader in, String source) {
            try (BufferedReader r = in instanceof BufferedReader br ? br : new BufferedReader(in, 1 << 16)) {
                return r.lines().toList();
            } catch (IOException | UncheckedIOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + source,
                        e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
            }
        }
    }
}
