package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a noun phrase naming a participant ("Ukraine's air force", "the Kremlin", "Mr Zelenskiy",
 * "the US defence secretary") into a canonical {@link ActorEntry}.
 *
 * <p>The data lives in {@code src/main/resources/actors/*.tsv} (each file says where its facts come from).
 * An instance is immutable and safe to share between threads; {@link #withUser(UserAliases)} returns a new
 * instance and leaves this one as it was.
 *
 * <p>{@link #resolve(String, LocalDate)} tries, in order, and returns the first hit:
 * <ol>
 *   <li>user aliases, then the phrase as a whole: country names and aliases, institutions, organisations,
 *       people's names and aliases, demonyms ("Russians");</li>
 *   <li>a role ("the US defence secretary", "Pentagon chief", "Ukraine's president"): the person who held
 *       that office on {@code date}; when the date is null, or nobody (or more than one person) in the data
 *       held it then, the country's government if the phrase names a country, otherwise nothing;</li>
 *   <li>owner and head noun: "Ukraine's air force", "Russian forces", "North Korean troops",
 *       "South Korea's spy agency", "US officials", "NATO forces" give the owner's country (with the kind
 *       that the head noun implies: military, government, intelligence, police) or organisation;</li>
 *   <li>a person's name after honorifics and titles: "Mr Zelenskiy", "President Volodymyr Zelenskyy",
 *       "US Defence Secretary Lloyd Austin", "Kremlin spokesman Dmitry Peskov".</li>
 * </ol>
 *
 * <p>Case: acronyms of up to three letters ("US", "U.S.", "UK", "EU", "FSB") match only as written, so the
 * pronoun "us" never resolves; any other name matches in any case provided the phrase starts with a
 * capital where the name does ("Nato" is NATO, "kremlin" is nothing).
 *
 * <p>A surname shared by several known people ("Kuleba": Dmytro, foreign minister until 2024-09-05, and
 * Oleksiy, Kyiv regional governor, then deputy head of the presidential office and deputy prime minister)
 * goes to the one whose title is in the phrase ("Foreign Minister Kuleba"), else to the one in office on
 * the date, else to the one listed first in people.tsv, which lists the more prominent first.
 */
public final class ActorResolver {

    /** Shipped data or a user file could not be read or is malformed; the message names file, line and fix. */
    public static final class DataException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DataException(String message) {
            super(message);
        }

        public DataException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final String RESOURCE_DIR = "/actors/";
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern BACKED = Pattern.compile("\\b(\\p{L}+)-(installed|appointed|imposed)\\b");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Set<String> INSTITUTION_KINDS =
            Set.of("government", "military", "intelligence", "police", "state_company");
    private static final Set<String> ORGANISATION_KINDS = Set.of("alliance", "supranational", "intergovernmental",
            "court", "coalition", "armed_group", "ngo", "think_tank", "financial");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final int MAX_QUALIFIER_TOKENS = 5;

    /** Words that may stand before a person's name: honorifics, ranks, roles (title patterns add more). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr",
            "dr.", "sir", "dame", "lord", "lady", "president", "president-elect", "prime", "minister", "gen",
            "gen.", "general", "lt", "lt.", "lieutenant", "col", "col.", "colonel", "maj", "maj.", "major", "brig",
            "brig.", "brigadier", "adm", "adm.", "admiral", "sgt", "sgt.", "secretary", "sen", "sen.", "senator",
            "rep", "rep.", "representative", "gov", "gov.", "governor", "mayor", "chancellor", "spokesman",
            "spokeswoman", "spokesperson", "chief", "head", "commander", "commander-in-chief", "deputy", "vice",
            "first", "former", "ex-president", "then", "then-president", "acting", "outgoing", "incoming", "top",
            "envoy", "special", "ambassador", "king", "queen", "supreme", "leader", "director", "secretary-general",
            "chairman", "chairwoman", "press", "ayatollah", "premier", "pm", "foreign", "defence", "defense",
            "of", "for", "the", "state", "and", "to", "general-secretary", "speaker", "diplomat", "adviser",
            "advisor", "national", "security", "officer", "military", "intelligence", "regional", "oblast");

    /** Head nouns after an owner ("Ukraine's air force", "Russian officials"), with the kind they imply. */
    private static final Map<String, String> HEADS = heads();

    private final Map<String, ActorEntry> countries;          // iso3 -> country entry
    private final Index names;                                  // country names/aliases, institutions, orgs
    private final Index adjectives;                             // demonyms -> country entry
    private final Index people;                                 // names and aliases -> person entries
    private final Index user;                                   // user aliases, consulted first
    private final Map<String, List<TitleRow>> titles;           // normalised pattern -> rows
    private final Map<String, List<Office>> officesByPerson;    // person id -> offices
    private final List<Office> offices;
    private final Map<String, ActorEntry> personsById;
    private final Set<String> titleWords;

    private ActorResolver(Map<String, ActorEntry> countries, Index names, Index adjectives, Index people, Index user,
            Map<String, List<TitleRow>> titles, List<Office> offices) {
        this.countries = countries;
        this.names = names;
        this.adjectives = adjectives;
        this.people = people;
        this.user = user;
        this.titles = titles;
        this.offices = offices;
        Map<String, List<Office>> byPerson = new LinkedHashMap<>();
        for (Office o : offices) {
            byPerson.computeIfAbsent(o.personId(), k -> new ArrayList<>()).add(o);
        }
        byPerson.replaceAll((k, v) -> List.copyOf(v));
        this.officesByPerson = Collections.unmodifiableMap(byPerson);
        Map<String, ActorEntry> persons = new HashMap<>();
        people.entries().forEach(e -> persons.put(e.id(), e));
        user.entries().stream().filter(e -> e.kind().equals("person")).forEach(e -> persons.put(e.id(), e));
        this.personsById = Map.copyOf(persons);
        Set<String> words = new LinkedHashSet<>(HONORIFICS);
        for (String pattern : titles.keySet()) {
            words.addAll(Arrays.asList(pattern.split(" ")));
        }
        this.titleWords = Set.copyOf(words);
    }

    /** Person id to the ISO 3166-1 alpha-3 code of the state the person acts for, user's people included. */
    public Map<String, String> statesOfPeople() {
        Map<String, String> out = new HashMap<>();
        personsById.forEach((id, e) -> {
            if (e.countryIso3() != null && !e.countryIso3().isBlank()) {
                out.put(id, e.countryIso3());
            }
        });
        return out;
    }

    // ------------------------------------------------------------------ loading

    /** Loads the data shipped in the jar ({@code /actors/*.tsv} on the class path). */
    public static ActorResolver loadDefault() {
        Map<String, ActorEntry> countries = new LinkedHashMap<>();
        Index names = new Index();
        Index adjectives = new Index();
        for (Row r : readResource("countries.tsv", "iso3", "iso2", "name", "aliases", "adjectives")) {
            String iso3 = r.get(0);
            r.require(ISO3.matcher(iso3).matches(), "iso3 '" + iso3 + "' is not three capital letters");
            r.require(ISO2.matcher(r.get(1)).matches(), "iso2 '" + r.get(1) + "' is not two capital letters");
            r.require(!r.get(2).isEmpty(), "name is empty");
            r.require(!countries.containsKey(iso3), "country " + iso3 + " is listed twice");
            ActorEntry entry = new ActorEntry(iso3, r.get(2), "country", iso3);
            countries.put(iso3, entry);
            names.add(r.get(2), entry, r);
            for (String alias : split(r.get(3))) {
                names.add(alias, entry, r);
            }
            for (String adjective : split(r.get(4))) {
                adjectives.add(adjective, entry, r);
            }
        }
        for (Row r : readResource("institutions.tsv", "alias", "country_iso3", "kind")) {
            ActorEntry country = countries.get(r.get(1));
            r.require(country != null, "unknown country '" + r.get(1) + "': use an iso3 code from countries.tsv");
            r.require(INSTITUTION_KINDS.contains(r.get(2)), "kind '" + r.get(2) + "' is not one of " + INSTITUTION_KINDS);
            r.require(!r.get(0).isEmpty(), "alias is empty");
            names.add(r.get(0), new ActorEntry(country.id(), country.name(), r.get(2), country.id()), r);
        }
        Set<String> orgIds = new LinkedHashSet<>();
        for (Row r : readResource("organisations.tsv", "id", "name", "aliases", "kind")) {
            r.require(!r.get(0).isEmpty() && !r.get(1).isEmpty(), "id and name are required");
            r.require(orgIds.add(r.get(0)), "organisation id " + r.get(0) + " is listed twice");
            r.require(ORGANISATION_KINDS.contains(r.get(3)), "kind '" + r.get(3) + "' is not one of " + ORGANISATION_KINDS);
            ActorEntry entry = new ActorEntry(r.get(0), r.get(1), "organisation", null);
            names.add(r.get(1), entry, r);
            for (String alias : split(r.get(2))) {
                names.add(alias, entry, r);
            }
        }
        Index people = new Index();
        List<Office> offices = new ArrayList<>();
        Map<String, ActorEntry> persons = new HashMap<>();
        for (Row r : readResource("people.tsv", "id", "name", "aliases", "country_iso3", "title", "from", "to")) {
            String id = r.get(0);
            r.require(id.startsWith("person:") && id.length() > 7, "id '" + id + "' must look like person:first-last");
            r.require(countries.containsKey(r.get(3)), "unknown country '" + r.get(3) + "'");
            r.require(!r.get(4).isEmpty(), "title is empty");
            ActorEntry entry = new ActorEntry(id, r.get(1), "person", r.get(3));
            ActorEntry earlier = persons.putIfAbsent(id, entry);
            r.require(earlier == null || earlier.equals(entry),
                    "rows of " + id + " disagree on name or country: make them the same");
            LocalDate from = r.date(5);
            LocalDate to = r.get(6).isEmpty() ? null : r.date(6);
            r.require(from != null, "from date is required");
            r.require(to == null || to.isAfter(from), "to (" + to + ") must be after from (" + from + ")");
            offices.add(new Office(id, r.get(3), normaliseTitle(r.get(4)), from, to));
            people.add(r.get(1), entry, r);
            for (String alias : split(r.get(2))) {
                people.add(alias, entry, r);
            }
        }
        Map<String, List<TitleRow>> titles = new LinkedHashMap<>();
        for (Row r : readResource("titles.tsv", "pattern", "country_iso3", "title")) {
            String country = r.get(1);
            r.require(country.isEmpty() || country.equals("*") || countries.containsKey(country),
                    "country_iso3 '" + country + "' must be an iso3 code, '*' or empty");
            r.require(!r.get(0).isEmpty() && !r.get(2).isEmpty(), "pattern and title are required");
            TitleRow row = new TitleRow(country, normaliseTitle(r.get(2)));
            List<TitleRow> rows = titles.computeIfAbsent(normaliseTitle(r.get(0)), k -> new ArrayList<>());
            if (!rows.contains(row)) {
                rows.add(row);
            }
        }
        titles.replaceAll((k, v) -> List.copyOf(v));
        return new ActorResolver(Collections.unmodifiableMap(countries), names, adjectives, people, new Index(),
                Collections.unmodifiableMap(titles), List.copyOf(offices));
    }

    /**
     * A resolver that also knows the user's actors, people and aliases ({@link UserAliases}); they win over the
     * shipped data. A person's office ({@code person ... TITLE FROM}) makes role phrases ("the defence minister")
     * resolve to them from FROM on, and whoever held that office of that country on FROM stops holding it then:
     * the user's entry records a change of office the shipped tables do not know yet. This resolver is unchanged.
     *
     * @throws UserFileException naming the line when a country is unknown or an alias names an unknown actor
     */
    public ActorResolver withUser(UserAliases u) {
        Objects.requireNonNull(u, "u");
        Index merged = user.copy();
        List<Office> newOffices = new ArrayList<>(offices);
        Map<String, ActorEntry> defined = new HashMap<>();
        for (UserAliases.NewActor a : u.actors()) {
            knownCountry(a.where(), a.entry().countryIso3());
            merged.put(surface(a.alias()), a.entry());
            defined.put(a.entry().id(), a.entry());
        }
        for (UserAliases.NewPerson p : u.people()) {
            String country = p.entry().countryIso3();
            knownCountry(p.where(), country);
            merged.put(surface(p.entry().name()), p.entry());
            p.aliases().forEach(alias -> merged.put(surface(alias), p.entry()));
            defined.put(p.entry().id(), p.entry());
            if (p.title() == null) {
                continue;
            }
            String title = normaliseTitle(p.title());
            for (int i = 0; i < newOffices.size(); i++) {
                Office o = newOffices.get(i);
                if (o.title().equals(title) && o.country().equals(country) && o.activeOn(p.from())
                        && !o.personId().equals(p.entry().id())) {
                    newOffices.set(i, new Office(o.personId(), o.country(), o.title(), o.from(), p.from()));
                }
            }
            newOffices.add(new Office(p.entry().id(), country, title, p.from(), p.to()));
        }
        for (UserAliases.ActorAlias a : u.actorAliases()) {
            String target = a.target();
            ActorEntry entry = byId(target)
                    .or(() -> Optional.ofNullable(defined.get(target)))
                    .or(() -> merged.first(target))
                    .or(() -> names.first(target))
                    .or(() -> people.all(target).stream().findFirst())
                    .orElseThrow(() -> new UserFileException(a.where() + ": '" + target + "' is not an actor sitrep "
                            + "knows: give its id (RUS, NATO, person:first-last) or canonical name, or describe it "
                            + "with 'actor ALIAS ID NAME KIND [COUNTRY]' or a person line; see docs/user-aliases.md"));
            merged.put(surface(a.alias()), entry);
        }
        return new ActorResolver(countries, names, adjectives, people, merged, titles, List.copyOf(newOffices));
    }

    /** A user's alias as resolution will meet it: cleaned, without a leading "the" ("the Boss" is met as "Boss"). */
    private static String surface(String alias) {
        List<String> tokens = new ArrayList<>(Arrays.asList(clean(alias).split(" ")));
        while (tokens.size() > 1 && DETERMINERS.contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
            tokens.remove(0);
        }
        return String.join(" ", tokens);
    }

    private void knownCountry(String where, String iso3) {
        if (iso3 != null && !countries.containsKey(iso3)) {
            throw new UserFileException(where + ": unknown country '" + iso3
                    + "': use an ISO 3166-1 alpha-3 code that sitrep lists (UKR, RUS, USA), or leave it empty");
        }
    }

    // ------------------------------------------------------------------ public look-ups

    /**
     * The canonical actor with this id: a country (ISO alpha-3), an organisation code or a person id, including
     * those from a user file.
     */
    public Optional<ActorEntry> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        ActorEntry c = countries.get(id);
        if (c != null) {
            return Optional.of(c);
        }
        ActorEntry p = personsById.get(id);
        if (p != null) {
            return Optional.of(p);
        }
        for (Index index : List.of(user, names)) {
            Optional<ActorEntry> hit = index.entries().stream().filter(e -> e.id().equals(id)
                    && !INSTITUTION_KINDS.contains(e.kind())).findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /**
     * Every canonical actor with the names that resolve to it as a whole (names, aliases, institutions such as
     * "the Kremlin" for Russia, user aliases), sorted by id; aliases sorted case-insensitively.
     */
    public List<Catalogued> catalog() {
        Map<String, TreeSet<String>> aliases = new TreeMap<>();
        Map<String, ActorEntry> entries = new HashMap<>();
        for (Index index : List.of(names, people, user)) {
            index.forEach((surface, entry) -> {
                aliases.computeIfAbsent(entry.id(), k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))
                        .add(surface);
                entries.merge(entry.id(), entry, (a, b) -> INSTITUTION_KINDS.contains(a.kind()) ? b : a);
            });
        }
        List<Catalogued> out = new ArrayList<>();
        aliases.forEach((id, surfaces) -> {
            ActorEntry e = byId(id).orElse(entries.get(id));
            out.add(new Catalogued(e, List.copyOf(surfaces)));
        });
        return out;
    }

    /** A canonical actor and the names that resolve to it. */
    public record Catalogued(ActorEntry entry, List<String> aliases) {
        public Catalogued {
            aliases = List.copyOf(aliases);
        }
    }

    /** The country with this ISO 3166-1 alpha-3 code (any case), as an entry of kind "country". */
    public Optional<ActorEntry> country(String iso3) {
        if (iso3 == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(countries.get(iso3.trim().toUpperCase(Locale.ROOT)));
    }

    /** The country of a demonym or adjective ("Russian", "Russians", "North Korean"). */
    public Optional<ActorEntry> byAdjective(String adjective) {
        if (adjective == null) {
            return Optional.empty();
        }
        return adjectives.first(clean(adjective));
    }

    /** A capital letter with a full stop between two names: the middle initial of "Vladimir V. Putin". */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("(?<=\\p{L}) \\p{Lu}\\. (?=\\p{Lu})");

    /**
     * Resolves one noun phrase as written in a sentence.
     *
     * @param phrase the phrase ("Ukraine's air force", "Mr Zelenskiy", "the US defence secretary")
     * @param date   the event or article date, used for office holders and ambiguous surnames; may be null
     * @return the actor, or empty when the phrase names nothing known
     */
    public Optional<ActorEntry> resolve(String phrase, LocalDate date) {
        if (phrase == null) {
            return Optional.empty();
        }
        String cleaned = clean(phrase);
        Optional<ActorEntry> hit = resolveCleaned(cleaned, date);
        if (hit.isEmpty() && cleaned.endsWith(".")) { // sentence-final full stop, but "U.S." keeps its own
            hit = resolveCleaned(cleaned.substring(0, cleaned.length() - 1).trim(), date);
        }
        String owner = stripPossessive(cleaned);
        if (hit.isEmpty() && !owner.equals(cleaned)) { // "Zelensky's", "the Kremlin's"
            hit = resolveCleaned(owner, date);
        }
        String plain = MIDDLE_INITIAL.matcher(cleaned).replaceAll(" ");
        if (hit.isEmpty() && !plain.equals(cleaned)) { // "Vladimir V. Putin", "Joseph R. Biden" as some papers write
            hit = resolveCleaned(plain, date);
        }
        Matcher backed = BACKED.matcher(cleaned);
        if (hit.isEmpty() && backed.find()) {
            // "the Moscow-installed governor", "Kremlin-appointed officials": they act for the state that put them there.
            hit = resolveCleaned(backed.group(1), date).filter(e -> !e.id().startsWith("person:"));
        }
        return hit;
    }

    // ------------------------------------------------------------------ resolution steps

    private Optional<ActorEntry> resolveCleaned(String phrase, LocalDate date) {
        List<String> tokens = new ArrayList<>(Arrays.asList(phrase.split(" ")));
        while (!tokens.isEmpty() && DETERMINERS.contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
            tokens.remove(0);
        }
        if (tokens.isEmpty() || tokens.get(0).isEmpty()) {
            return Optional.empty();
        }
        String whole = String.join(" ", tokens);
        Optional<ActorEntry> hit = user.first(whole)
                .or(() -> names.first(whole))
                .or(() -> person(people.all(whole), List.of(), date))
                .or(() -> adjectives.first(whole));
        if (hit.isPresent()) {
            return hit;
        }
        return byTitle(tokens, date)
                .or(() -> byOwnerAndHead(tokens))
                .or(() -> byHeadOfOwner(tokens))
                .or(() -> byNameAfterTitles(tokens, date));
    }

    /** "the US defence secretary" -> whoever held it on the date. */
    private Optional<ActorEntry> byTitle(List<String> tokens, LocalDate date) {
        List<TitleRow> rows = titles.get(normaliseTitle(String.join(" ", tokens)));
        if (rows != null) {
            return chooseTitle(rows, null, date);
        }
        for (int n = Math.min(MAX_QUALIFIER_TOKENS, tokens.size() - 1); n >= 1; n--) {
            Optional<ActorEntry> owner = countryQualifier(tokens.subList(0, n));
            if (owner.isPresent()) {
                rows = titles.get(normaliseTitle(String.join(" ", tokens.subList(n, tokens.size()))));
                if (rows != null) {
                    return chooseTitle(rows, owner.get().id(), date);
                }
            }
        }
        // "the President of Ukraine", "the Prime Minister of the United Kingdom": the country after "of".
        int of = tokens.indexOf("of");
        if (of > 0 && of < tokens.size() - 1) {
            List<String> country = new ArrayList<>(tokens.subList(of + 1, tokens.size()));
            while (!country.isEmpty() && DETERMINERS.contains(country.get(0).toLowerCase(Locale.ROOT))) {
                country.remove(0);
            }
            Optional<ActorEntry> owner = country.isEmpty() ? Optional.empty() : countryQualifier(country);
            rows = owner.isPresent() ? titles.get(normaliseTitle(String.join(" ", tokens.subList(0, of)))) : null;
            if (rows != null) {
                return chooseTitle(rows, owner.get().id(), date);
            }
        }
        return Optional.empty();
    }

    private Optional<ActorEntry> chooseTitle(List<TitleRow> rows, String qualifier, LocalDate date) {
        if (qualifier != null) {
            Optional<TitleRow> row = rows.stream().filter(r -> r.country().equals(qualifier)).findFirst()
                    .or(() -> rows.stream().filter(r -> r.country().equals("*")).findFirst());
            Optional<ActorEntry> holder = row.flatMap(r -> holder(qualifier, r.title(), date));
            return holder.or(() -> government(qualifier));
        }
        Optional<TitleRow> organisational = rows.stream().filter(r -> r.country().isEmpty()).findFirst();
        if (organisational.isPresent()) {
            return holder(null, organisational.get().title(), date);
        }
        List<TitleRow> national = rows.stream().filter(r -> !r.country().equals("*")).toList();
        if (national.size() != 1) {
            return Optional.empty(); // "Defence Secretary" alone: British or American? Say nothing.
        }
        String country = national.get(0).country();
        return holder(country, national.get(0).title(), date).or(() -> government(country));
    }

    /** The one person who held the office on the date; empty if none, several, or no date. */
    private Optional<ActorEntry> holder(String country, String title, LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Office o : offices) {
            if (o.title().equals(title) && (country == null || o.country().equals(country)) && o.activeOn(date)) {
                ids.add(o.personId());
            }
        }
        if (ids.size() != 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(personsById.get(ids.iterator().next()));
    }

    private Optional<ActorEntry> government(String iso3) {
        ActorEntry c = countries.get(iso3);
        return c == null ? Optional.empty() : Optional.of(new ActorEntry(c.id(), c.name(), "government", c.id()));
    }

    /** "Ukraine's air force", "Russian forces", "US officials", "NATO forces", "Russia's FSB". */
    private Optional<ActorEntry> byOwnerAndHead(List<String> tokens) {
        for (int n = Math.min(MAX_QUALIFIER_TOKENS, tokens.size() - 1); n >= 1; n--) {
            List<String> rest = tokens.subList(n, tokens.size());
            String head = normaliseTitle(String.join(" ", rest));
            String kind = HEADS.get(head);
            Optional<ActorEntry> institution = Optional.empty();
            if (kind == null) {
                institution = names.first(String.join(" ", rest)).filter(e -> INSTITUTION_KINDS.contains(e.kind()));
                if (institution.isEmpty()) {
                    continue;
                }
                kind = institution.get().kind();
            }
            Optional<ActorEntry> owner = owner(tokens.subList(0, n));
            if (owner.isEmpty()) {
                continue;
            }
            ActorEntry o = owner.get();
            if (o.kind().equals("organisation")) {
                return institution.isPresent() ? Optional.empty() : Optional.of(o);
            }
            if (o.countryIso3() == null) {
                continue;
            }
            ActorEntry c = countries.get(o.countryIso3());
            if (c == null) {
                continue;
            }
            return Optional.of(new ActorEntry(c.id(), c.name(), kind, c.id()));
        }
        return Optional.empty();
    }

    /**
     * "the Government of the United Kingdom", "the Ministry of Defence of the Russian Federation", "the armed forces
     * of Ukraine": a head noun of {@link #HEADS} before the last "of" whose phrase names a state or an organisation.
     */
    private Optional<ActorEntry> byHeadOfOwner(List<String> tokens) {
        int of = tokens.lastIndexOf("of");
        if (of < 1 || of == tokens.size() - 1) {
            return Optional.empty();
        }
        List<String> before = tokens.subList(0, of);
        List<String> after = new ArrayList<>(tokens.subList(of + 1, tokens.size()));
        while (!after.isEmpty() && DETERMINERS.contains(after.get(0).toLowerCase(Locale.ROOT))) {
            after.remove(0);
        }
        // "the Ministry of Defence of Russia": the head may itself hold an "of" ("ministry of defence").
        String head = normaliseTitle(String.join(" ", before));
        String kind = HEADS.get(head);
        if (kind == null || after.isEmpty()) {
            return Optional.empty();
        }
        Optional<ActorEntry> owner = owner(after);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        ActorEntry o = owner.get();
        if (o.kind().equals("organisation")) {
            return Optional.of(o);
        }
        ActorEntry c = o.countryIso3() == null ? null : countries.get(o.countryIso3());
        return c == null || o.id().startsWith("person:") ? Optional.empty()
                : Optional.of(new ActorEntry(c.id(), c.name(), kind, c.id()));
    }

    /** "Mr Zelenskiy", "President Volodymyr Zelenskyy", "Kremlin spokesman Dmitry Peskov". */
    private Optional<ActorEntry> byNameAfterTitles(List<String> tokens, LocalDate date) {
        for (int k = 1; k < tokens.size(); k++) {
            String name = String.join(" ", tokens.subList(k, tokens.size()));
            List<ActorEntry> candidates = new ArrayList<>(user.all(name).stream()
                    .filter(e -> e.kind().equals("person")).toList());
            if (candidates.isEmpty()) {
                candidates.addAll(people.all(name));
            }
            if (candidates.isEmpty()) {
                continue;
            }
            List<String> prefix = tokens.subList(0, k);
            if (isTitlePrefix(prefix)) {
                return person(candidates, prefix, date);
            }
            return Optional.empty(); // "Hunter Biden" is not Joe Biden
        }
        return Optional.empty();
    }

    /** Picks among people who share a name: by the title before it, by office on the date, then by file order. */
    private Optional<ActorEntry> person(List<ActorEntry> candidates, List<String> prefix, LocalDate date) {
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        if (!prefix.isEmpty()) {
            Set<String> prefixTitles = titlesNamedBy(prefix);
            List<ActorEntry> titled = candidates.stream().filter(c -> officesByPerson.getOrDefault(c.id(), List.of())
                    .stream().anyMatch(o -> prefixTitles.contains(o.title()))).toList();
            if (titled.size() == 1) {
                return Optional.of(titled.get(0));
            }
            if (titled.size() > 1) {
                candidates = titled;
            }
        }
        if (date != null) {
            Optional<ActorEntry> active = candidates.stream().filter(c -> officesByPerson.getOrDefault(c.id(), List.of())
                    .stream().anyMatch(o -> o.activeOn(date))).findFirst();
            if (active.isPresent()) {
                return active;
            }
        }
        return Optional.of(candidates.get(0));
    }

    /** The canonical titles a role phrase can name, with or without a leading country ("Foreign Minister"). */
    private Set<String> titlesNamedBy(List<String> prefix) {
        Set<String> out = new LinkedHashSet<>();
        for (int start = 0; start < prefix.size(); start++) {
            List<TitleRow> rows = titles.get(normaliseTitle(String.join(" ", prefix.subList(start, prefix.size()))));
            if (rows != null) {
                rows.forEach(r -> out.add(r.title()));
                break;
            }
        }
        return out;
    }

    private boolean isTitlePrefix(List<String> prefix) {
        int i = 0;
        outer:
        while (i < prefix.size()) {
            String word = prefix.get(i).toLowerCase(Locale.ROOT);
            if (titleWords.contains(word) || titleWords.contains(normaliseTitle(word))) {
                i++;
                continue;
            }
            for (int n = Math.min(MAX_QUALIFIER_TOKENS, prefix.size() - i); n >= 1; n--) {
                if (owner(prefix.subList(i, i + n)).isPresent()) {
                    i += n;
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    /** A country named by name, alias or demonym, with or without a possessive ("US", "Ukraine's", "Russian"). */
    private Optional<ActorEntry> countryQualifier(List<String> tokens) {
        String q = stripPossessive(String.join(" ", tokens));
        return names.first(q).filter(e -> e.kind().equals("country")).or(() -> adjectives.first(q));
    }

    /** Whatever may own forces or officials: a country, a state body, an organisation or a person. */
    private Optional<ActorEntry> owner(List<String> tokens) {
        String q = stripPossessive(String.join(" ", tokens));
        return user.first(q).or(() -> names.first(q)).or(() -> adjectives.first(q))
                .or(() -> people.all(q).stream().findFirst());
    }

    // ------------------------------------------------------------------ text helpers

    private static String clean(String text) {
        String s = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ')
                .replace('\u2011', '-').replace('\u2013', '-');
        s = s.replaceAll("\\s+", " ").trim();
        s = s.replaceAll("^[\"\u201c\u201d(\\[,;:]+|[\"\u201c\u201d)\\],;:!?]+$", "").trim();
        return s;
    }

    private static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("'S")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("s'")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Lower case, no leading "the", no possessive 's, "defence" spelled "defense", single spaces. */
    static String normaliseTitle(String s) {
        String t = clean(s).toLowerCase(Locale.ROOT).replace("'s ", " ");
        if (t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        }
        t = t.replace("defence", "defense").replaceAll("\\s+", " ").trim();
        if (t.startsWith("the ")) {
            t = t.substring(4);
        }
        return t;
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /**
     * Whether a surface form may stand for a name. Acronyms of up to three letters must match exactly
     * ("US", not "us" or "Us"); other names match in any case if the surface starts with a capital where
     * the name does.
     */
    static boolean caseMatches(String surface, String alias) {
        if (!surface.equalsIgnoreCase(alias)) {
            return false;
        }
        int letters = 0;
        boolean allUpper = true;
        for (int i = 0; i < alias.length(); i++) {
            char ch = alias.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                allUpper &= Character.isUpperCase(ch);
            } else if (ch == ' ') {
                allUpper = false;
            }
        }
        if (allUpper && letters <= 3) {
            return surface.equals(alias);
        }
        int a = firstLetter(alias);
        int s = firstLetter(surface);
        return a < 0 || !Character.isUpperCase(alias.charAt(a)) || (s >= 0 && Character.isUpperCase(surface.charAt(s)));
    }

    private static int firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> heads() {
        Map<String, String> m = new HashMap<>();
        for (String h : List.of("army", "armies", "armed forces", "forces", "military", "militaries", "troops",
                "soldiers", "servicemen", "service members", "navy", "naval forces", "fleet", "air force",
                "air forces", "aerospace forces", "air defense", "air defenses", "air defense forces", "drones",
                "drone units", "marines", "paratroopers", "artillery", "units", "military units", "missiles",
                "rockets", "warplanes", "jets", "fighter jets", "aircraft", "helicopters", "tanks", "shelling",
                "general staff", "military command", "command", "commanders", "generals", "defense forces",
                "border guards", "border guard", "border service", "national guard", "special forces",
                "occupiers", "occupying forces", "occupation forces", "invading forces", "invaders", "fighters",
                "gunners", "sailors", "pilots", "warships", "submarines", "ground forces", "land forces")) {
            m.put(h, "military");
        }
        for (String h : List.of("government", "governments", "authorities", "officials", "leadership",
                "administration", "defense ministry", "ministry of defense", "defense department",
                "department of defense", "foreign ministry", "ministry of foreign affairs", "foreign office",
                "interior ministry", "energy ministry", "justice ministry", "cabinet", "president's office",
                "presidential office", "office", "embassy", "diplomats", "delegation", "negotiators", "parliament",
                "lawmakers", "legislators", "prosecutors", "leaders", "regime", "emergency services",
                "emergency service", "ministry", "ministers", "envoy", "envoys", "mission")) {
            m.put(h, "government");
        }
        for (String h : List.of("intelligence", "intelligence agency", "intelligence agencies",
                "intelligence service", "intelligence services", "spy agency", "spy agencies", "spy service",
                "spies", "military intelligence", "security service", "security services", "counterintelligence",
                "secret service", "intelligence officials", "defense intelligence", "foreign intelligence")) {
            m.put(h, "intelligence");
        }
        for (String h : List.of("police", "police force", "police officers", "policemen")) {
            m.put(h, "police");
        }
        Map<String, String> normalised = new HashMap<>();
        m.forEach((k, v) -> normalised.put(normaliseTitle(k), v));
        return Map.copyOf(normalised);
    }

    // ------------------------------------------------------------------ reading TSV

    private static List<Row> readResource(String file, String... header) {
        String path = RESOURCE_DIR + file;
        InputStream in = ActorResolver.class.getResourceAsStream(path);
        if (in == null) {
            throw new DataException("actor data " + path + " is missing from the class path: rebuild the jar");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return readRows(reader, path, header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Reads tab-separated rows after comment lines and the required header row. */
    private static List<Row> readRows(Reader reader, String source, String... header)
            throws IOException {
        int columns = header.length;
        List<Row> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        boolean seenHeader = false;
        String expected = String.join("\t", header);
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\ufeff")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!seenHeader) {
                seenHeader = true;
                if (line.strip().equals(expected)) {
                    continue;
                }
                throw new DataException(source + ":" + number + ": header must be '"
                        + expected.replace("\t", "<TAB>") + "'");
            }
            String[] cells = line.split("\t", -1);
            if (cells.length > columns) {
                throw new DataException(source + ":" + number + ": " + cells.length + " tab-separated columns, expected "
                        + columns + " (" + String.join(", ", header) + ")");
            }
            String[] padded = Arrays.copyOf(cells, columns);
            for (int i = 0; i < columns; i++) {
                padded[i] = padded[i] == null ? "" : padded[i].strip();
            }
            rows.add(new Row(source, number, List.of(padded)));
        }
        return rows;
    }

    private record Row(String source, int line, List<String> cells) {
        String get(int i) {
            return cells.get(i);
        }

        void require(boolean ok, String message) {
            if (!ok) {
                throw new DataException(source + ":" + line + ": " + message);
            }
        }

        LocalDate date(int i) {
            try {
                return get(i).isEmpty() ? null : LocalDate.parse(get(i));
            } catch (DateTimeParseException e) {
                throw new DataException(source + ":" + line + ": '" + get(i) + "' is not an ISO date (YYYY-MM-DD)", e);
            }
        }
    }

    // ------------------------------------------------------------------ value types

    private record TitleRow(String country, String title) {
    }

    private record Office(String personId, String country, String title, LocalDate from, LocalDate to) {
        boolean activeOn(LocalDate date) {
            return !date.isBefore(from) && (to == null || date.isBefore(to));
        }
    }

    private record Hit(String surface, ActorEntry entry) {
    }

    /** Surface forms by lower-cased key. Built while loading, never changed once a resolver holds it. */
    private static final class Index {
        private final Map<String, List<Hit>> hits;

        Index() {
            this(new HashMap<>());
        }

        private Index(Map<String, List<Hit>> hits) {
            this.hits = hits;
        }

        Index copy() {
            Map<String, List<Hit>> m = new HashMap<>();
            hits.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
            return new Index(m);
        }

        /** Adds an alias of shipped data; one surface form may not name two different actors. */
        void add(String surface, ActorEntry entry, Row row) {
            List<Hit> list = hits.computeIfAbsent(key(surface), k -> new ArrayList<>());
            for (Hit h : list) {
                if (h.surface().equals(surface) && !h.entry().id().equals(entry.id()) && !entry.kind().equals("person")) {
                    row.require(false, "'" + surface + "' already names " + h.entry().id() + " (" + h.entry().kind()
                            + "); an alias may name only one actor");
                }
            }
            if (list.stream().noneMatch(h -> h.surface().equals(surface) && h.entry().equals(entry))) {
                list.add(new Hit(surface, entry));
            }
        }

        /** Adds or replaces a user alias. */
        void put(String surface, ActorEntry entry) {
            List<Hit> list = hits.computeIfAbsent(key(surface), k -> new ArrayList<>());
            list.removeIf(h -> h.surface().equals(surface));
            list.add(0, new Hit(surface, entry));
        }

        Optional<ActorEntry> first(String surface) {
            List<ActorEntry> all = all(surface);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
        }

        /** Distinct entries whose alias fits the surface form, in file order. */
        List<ActorEntry> all(String surface) {
            List<Hit> list = hits.get(key(surface));
            if (list == null) {
                return List.of();
            }
            Map<String, ActorEntry> out = new LinkedHashMap<>();
            for (Hit h : list) {
                if (caseMatches(surface, h.surface())) {
                    out.putIfAbsent(h.entry().id() + "\u0000" + h.entry().kind(), h.entry());
                }
            }
            return List.copyOf(out.values());
        }

        void forEach(BiConsumer<String, ActorEntry> action) {
            hits.values().forEach(l -> l.forEach(h -> action.accept(h.surface(), h.entry())));
        }

        List<ActorEntry> entries() {
            Map<String, ActorEntry> out = new LinkedHashMap<>();
            hits.values().forEach(l -> l.forEach(h -> out.putIfAbsent(h.entry().id(), h.entry())));
            return List.copyOf(out.values());
        }

        private static String key(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    }
}
