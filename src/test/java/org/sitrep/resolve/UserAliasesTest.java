package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserAliasesTest {

    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        Path f = dir.resolve("aliases.tsv");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsEveryKindOfLine() throws IOException {
        UserAliases u = UserAliases.read(file(
                "\ufeff# my aliases",
                "",
                "actor\tRF\tRUS",
                "actor\tThird Assault Brigade\tUKR\tUkraine\tmilitary\tUKR",
                "person\tperson:robert-brovdi\tRobert Brovdi\tUKR\tMadyar|Brovdi\tcommander of the unmanned systems "
                        + "forces\t2025-06-11",
                "person\tperson:someone-else\tSomeone Else\tUKR",
                "place\tArtemivsk\tBakhmut\tUA",
                "place\tRobotyne\t47.4439\t35.8389\tUA\tZaporizhzhia Oblast\tRabotino",
                "place\tKlishchiivka\t48.53\t37.97\tUA\t\t"));
        assertEquals(List.of(new UserAliases.ActorAlias(u.file() + ":3", "RF", "RUS")), u.actorAliases());
        assertEquals(new ActorEntry("UKR", "Ukraine", "military", "UKR"), u.actors().get(0).entry());
        UserAliases.NewPerson brovdi = u.people().get(0);
        assertEquals(List.of("Madyar", "Brovdi"), brovdi.aliases());
        assertEquals(LocalDate.of(2025, 6, 11), brovdi.from());
        assertEquals(null, brovdi.to());
        assertEquals(null, u.people().get(1).title());
        assertEquals(new UserAliases.PlaceAlias(u.file() + ":7", "Artemivsk", "Bakhmut", "UA"), u.placeAliases().get(0));
        assertEquals(2, u.places().size());
        assertEquals(List.of("Rabotino"), u.places().get(0).aliases());
        assertEquals(null, u.places().get(1).admin1());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "actors\tRF\tRUS| :2: a line starts with actor, person or place, not 'actors'",
        "actor\tRF| :2: expected actor ALIAS TARGET, or actor ALIAS ID NAME KIND",
        "actor\tRF\tRUS\tRussia\tcountry\tRussia| :2: 'Russia' is not an ISO 3166-1 alpha-3 country code",
        "person\tbrovdi\tRobert Brovdi\tUKR| :2: a person's id looks like person:first-last, not 'brovdi'",
        "person\tperson:x-y\tX Y\tUKR\t\tdefence minister| :2: an office needs the day it began",
        "person\tperson:x-y\tX Y\tUKR\t\tdefence minister\t11/06/2025| :2: '11/06/2025' is not a date",
        "person\tperson:x-y\tX Y\tUKR\t\tdefence minister\t2025-06-11\t2025-01-01| :2: the office ends",
        "place\tRobotyne\t147.4\t35.8\tUA| :2: coordinates 147.4, 35.8 are out of range",
        "place\tRobotyne\t47.4\teast\tUA| :2: longitude 'east' is not a decimal number",
        "place\tRobotyne\t47.4\t35.8\tUKR| :2: 'UKR' is not an ISO 3166-1 alpha-2 country code",
        "place\tArtemivsk| :2: expected place ALIAS PLACE [COUNTRY_ISO2], or place NAME LAT LON",
    })
    void aBadLineFailsWithPathLineAndFix(String line, String message) throws IOException {
        Path f = file("# first line is a comment", line);
        UserFileException e = assertThrows(UserFileException.class, () -> UserAliases.read(f));
        assertTrue(e.getMessage().startsWith(f + message.strip()), e.getMessage());
        assertTrue(e.getMessage().endsWith("see docs/user-aliases.md"), e.getMessage());
    }

    @Test
    void aMissingFileSaysSo() {
        UserFileException e = assertThrows(UserFileException.class,
                () -> UserAliases.read(dir.resolve("nope.tsv")));
        assertTrue(e.getMessage().contains("nope.tsv does not exist"), e.getMessage());
    }
}
