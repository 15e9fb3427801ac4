package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseRepairTest {

    /** Tokens from "word/TAG/NER" triples. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (String triple : text.split(" ")) {
            String[] p = triple.split("/");
            out.add(new Token(out.size(), p[0], p[0], p[1], p.length > 2 ? p[2] : "O", null, 0, 0));
        }
        return out;
    }

    /** The tokens with the lemmas given as word, lemma pairs. */
    private static List<Token> withLemmas(List<Token> tokens, String... wordsAndLemmas) {
        List<Token> out = new ArrayList<>();
        for (Token k : tokens) {
            String lemma = k.lemma();
            for (int i = 0; i < wordsAndLemmas.length; i += 2) {
                if (wordsAndLemmas[i].equals(k.word())) {
                    lemma = wordsAndLemmas[i + 1];
                }
            }
            out.add(new Token(k.index(), k.word(), lemma, k.pos(), k.ner(), null, 0, 0));
        }
        return out;
    }

    @Test
    void aDayOpeningTheSentenceIsTheVerbsTimeAndTheNounAfterItItsSubject() {
        // "On Saturday Russian troops captured the village", as the parser reads it.
        List<Token> t = tokens("On/IN Saturday/NNP/DATE Russian/JJ troops/NNS captured/VBD the/DT village/NN");
        List<Dependency> parsed = List.of(new Dependency(-1, 4, "root"), new Dependency(3, 0, "case"),
                new Dependency(3, 1, "compound"), new Dependency(3, 2, "amod"), new Dependency(4, 3, "obl:on"),
                new Dependency(4, 6, "obj"), new Dependency(6, 5, "det"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(4, 3, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(4, 1, "obl:on")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 0, "case")), repaired.toString());
        assertEquals(parsed.size(), repaired.size());
    }

    @Test
    void aNameAfterAnOpeningDayHungOnAnAdverbIsTheVerbsSubject() {
        // "Later on Friday Macron told reporters", as the parser reads it: Macron a phrase with "on" of "Later".
        List<Token> t = tokens("Later/RB on/IN Friday/NNP/DATE Macron/NNP/PERSON told/VBD reporters/NNS");
        List<Dependency> parsed = List.of(new Dependency(-1, 4, "root"), new Dependency(4, 0, "advmod"),
                new Dependency(3, 1, "case"), new Dependency(3, 2, "compound"), new Dependency(0, 3, "obl:on"),
                new Dependency(4, 5, "obj"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(4, 3, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(4, 2, "obl:on")), repaired.toString());
    }

    @Test
    void aTitleAfterANameOpenedByADayIsTheNamesApposition() {
        // "On Friday Maria Zakharova , the ministry 's spokeswoman , rejected the report", as the parser reads it: the
        // title the subject, the name a phrase with "on".
        List<Token> t = tokens("On/IN Friday/NNP/DATE Maria/NNP/PERSON Zakharova/NNP/PERSON ,/, the/DT "
                + "spokeswoman/NN ,/, rejected/VBD the/DT report/NN");
        List<Dependency> parsed = List.of(new Dependency(-1, 8, "root"), new Dependency(3, 0, "case"),
                new Dependency(3, 1, "compound"), new Dependency(3, 2, "compound"), new Dependency(8, 3, "obl:on"),
                new Dependency(8, 4, "punct"), new Dependency(6, 5, "det"), new Dependency(8, 6, "nsubj"),
                new Dependency(8, 7, "punct"), new Dependency(8, 10, "obj"), new Dependency(10, 9, "det"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(8, 3, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 6, "appos")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 1, "obl:on")), repaired.toString());
    }

    @Test
    void anOpeningParticipleIsAClauseOfTheMainVerbAndTheOneMetItsObject() {
        // "Visiting Scholz in Berlin on Friday , Macron said", as the parser reads it: the participle an adjective on
        // Scholz, Scholz a second subject of "said".
        List<Token> t = tokens("Visiting/VBG Scholz/NNP/PERSON in/IN Berlin/NNP/LOCATION on/IN Friday/NNP/DATE ,/, "
                + "Macron/NNP/PERSON said/VBD");
        List<Dependency> parsed = List.of(new Dependency(-1, 8, "root"), new Dependency(1, 0, "amod"),
                new Dependency(8, 1, "nsubj"), new Dependency(3, 2, "case"), new Dependency(1, 3, "nmod:in"),
                new Dependency(5, 4, "case"), new Dependency(8, 5, "obl:on"), new Dependency(8, 6, "punct"),
                new Dependency(8, 7, "nsubj"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(8, 0, "advcl")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(0, 1, "obj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(0, 3, "obl:in")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(0, 5, "obl:on")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 7, "nsubj")), repaired.toString());
        // With no subject of its own after the comma, the noun is the verb's subject and stays so.
        List<Token> u = tokens("Growing/VBG tensions/NNS ,/, analysts/NNS said/VBD");
        List<Dependency> other = List.of(new Dependency(-1, 4, "root"), new Dependency(1, 0, "amod"),
                new Dependency(4, 1, "nsubj"), new Dependency(4, 2, "punct"), new Dependency(4, 3, "obj"));
        assertEquals(other, ParseRepair.repair(u, other));
    }

    @Test
    void aByPhraseAfterAParticipleDescribingANounIsTheParticiplesAgent() {
        // "Exports resumed under an accord brokered by Turkey", as the parser reads it: Turkey on "resumed".
        List<Token> t = tokens("Exports/NNS resumed/VBD under/IN an/DT accord/NN brokered/VBN by/IN "
                + "Turkey/NNP/LOCATION");
        List<Dependency> parsed = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(4, 2, "case"), new Dependency(4, 3, "det"), new Dependency(1, 4, "obl:under"),
                new Dependency(4, 5, "acl"), new Dependency(7, 6, "case"), new Dependency(1, 7, "obl:by"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(5, 7, "obl:by")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(1, 7, "obl:by")), repaired.toString());
        // With no participle between, the phrase stays on the verb: "Grain left by sea".
        List<Token> u = tokens("Grain/NN left/VBD by/IN sea/NN");
        List<Dependency> other = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(3, 2, "case"), new Dependency(1, 3, "obl:by"));
        assertEquals(other, ParseRepair.repair(u, other));
    }

    @Test
    void aRankedPhraseAfterATailSpeakerSumsUpTheClauseTold() {
        // "Drones hit Kursk , officials said , in the largest attack", as the parser reads it: the attack on "said".
        List<Token> t = withLemmas(tokens("Drones/NNS hit/VBD Kursk/NNP/LOCATION ,/, officials/NNS said/VBD ,/, in/IN "
                + "the/DT largest/JJS attack/NN"), "said", "say");
        List<Dependency> parsed = List.of(new Dependency(-1, 5, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(5, 1, "ccomp"), new Dependency(5, 4, "nsubj"),
                new Dependency(10, 7, "case"), new Dependency(10, 8, "det"), new Dependency(10, 9, "amod"),
                new Dependency(5, 10, "obl:in"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(1, 10, "dep")), repaired.toString());
        // Unranked, the phrase is the saying's: "officials said, in a statement".
        List<Token> u = withLemmas(tokens("Drones/NNS hit/VBD Kursk/NNP/LOCATION ,/, officials/NNS said/VBD ,/, in/IN "
                + "a/DT statement/NN"), "said", "say");
        List<Dependency> other = List.of(new Dependency(-1, 5, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(5, 1, "ccomp"), new Dependency(5, 4, "nsubj"),
                new Dependency(9, 7, "case"), new Dependency(9, 8, "det"), new Dependency(5, 9, "obl:in"));
        assertEquals(other, ParseRepair.repair(u, other));
    }

    @Test
    void aParticipleAfterAPrepositionOfTimeIsAClauseAndTheOneMetItsObject() {
        // "Macron spoke after visiting Duda in Warsaw", as the parser reads it: "visiting" an adjective on Duda.
        List<Token> t = tokens("Macron/NNP/PERSON spoke/VBD after/IN visiting/VBG Duda/NNP/PERSON in/IN "
                + "Warsaw/NNP/LOCATION");
        List<Dependency> parsed = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(4, 2, "case"), new Dependency(4, 3, "amod"), new Dependency(1, 4, "obl:after"),
                new Dependency(6, 5, "case"), new Dependency(4, 6, "nmod:in"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(1, 3, "advcl:after")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 4, "obj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 2, "mark")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 6, "obl:in")), repaired.toString());
    }

    @Test
    void aNamedSpeakerLeftOnTheClausesVerbSaysTheClause() {
        // "Drones hit Kherson , the governor , Oleh Prokudin , said", as the parser reads it: the governor a conjunct
        // of "hit", Prokudin its object, "said" a loose dependent with no subject.
        List<Token> t = withLemmas(tokens("Drones/NNS hit/VBD Kherson/NNP/LOCATION ,/, the/DT governor/NN ,/, "
                + "Oleh/NNP/PERSON Prokudin/NNP/PERSON ,/, said/VBD"), "said", "say");
        List<Dependency> parsed = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(5, 4, "det"), new Dependency(1, 5, "conj:and"),
                new Dependency(8, 7, "compound"), new Dependency(1, 8, "obj"), new Dependency(1, 10, "dep"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(-1, 10, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(10, 1, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(10, 8, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 5, "appos")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 2, "obj")), repaired.toString());
    }

    @Test
    void aVerbWithASubjectOrANounThatIsNoTimeIsLeftAlone() {
        // "Russia struck on Saturday night": the time phrase is the time.
        List<Token> t = tokens("Russia/NNP/LOCATION struck/VBD on/IN Saturday/NNP/DATE night/NN/DATE");
        List<Dependency> parsed = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(4, 2, "case"), new Dependency(4, 3, "compound"), new Dependency(1, 4, "obl:on"));
        assertEquals(parsed, ParseRepair.repair(t, parsed));
        // "In the Kharkiv region troops advanced" has no day before the noun.
        List<Token> u = tokens("In/IN the/DT Kharkiv/NNP/LOCATION region/NN troops/NNS advanced/VBD");
        List<Dependency> other = List.of(new Dependency(-1, 5, "root"), new Dependency(3, 0, "case"),
                new Dependency(3, 1, "det"), new Dependency(3, 2, "compound"), new Dependency(5, 3, "obl:in"),
                new Dependency(5, 4, "nsubj"));
        assertEquals(other, ParseRepair.repair(u, other));
    }

    @Test
    void upToACountIsABoundNotAParticle() {
        // "Russia fired up to 50 drones", as the parser reads it.
        List<Token> t = tokens("Russia/NNP/LOCATION fired/VBD up/RP to/TO 50/CD/NUMBER drones/NNS");
        List<Dependency> parsed = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "compound:prt"), new Dependency(1, 5, "obl:to"), new Dependency(5, 3, "case"),
                new Dependency(5, 4, "nummod"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(1, 5, "obj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(5, 2, "advmod")), repaired.toString());
        assertTrue(repaired.stream().noneMatch(d -> d.relation().equals("compound:prt")), repaired.toString());
        // "gave up to Russia" has no count after "to".
        List<Token> u = tokens("Kyiv/NNP/LOCATION gave/VBD up/RP to/TO Russian/JJ/MISC troops/NNS");
        List<Dependency> other = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "compound:prt"), new Dependency(1, 5, "obl:to"), new Dependency(5, 3, "case"),
                new Dependency(5, 4, "amod"));
        assertEquals(other, ParseRepair.repair(u, other));
    }
    @Test
    void theOnesNamedAfterASpanOfTimeAreTheSubjectsOfTheClauseThatFollows() {
        // "a day after Trump and Putin spoke", as the parser reads it: "day" the subject, the two phrases of "after".
        List<Token> t = tokens("a/DT day/NN after/IN Trump/NNP/PERSON and/CC Putin/NNP/PERSON spoke/VBD");
        List<Dependency> parsed = List.of(new Dependency(-1, 6, "root"), new Dependency(1, 0, "det"),
                new Dependency(6, 1, "nsubj"), new Dependency(1, 3, "nmod:after"), new Dependency(1, 5, "nmod:after"),
                new Dependency(3, 2, "case"), new Dependency(3, 5, "conj:and"), new Dependency(5, 4, "cc"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(6, 3, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(6, 5, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(6, 2, "mark")), repaired.toString());
        assertTrue(repaired.stream().noneMatch(d -> d.dependent() == 1 && d.relation().equals("nsubj")));
        // "Hours after the strikes, Trump said": set off by a comma, the phrase is the time of what follows, and the
        // one after the comma, not those of "after", the subject.
        List<Token> u = tokens("Hours/NNS after/IN the/DT strikes/NNS ,/, Trump/NNP/PERSON said/VBD");
        List<Dependency> other = List.of(new Dependency(-1, 6, "root"), new Dependency(6, 0, "nsubj"),
                new Dependency(0, 3, "nmod:after"), new Dependency(3, 1, "case"), new Dependency(3, 2, "det"),
                new Dependency(0, 5, "appos"));
        List<Dependency> timed = ParseRepair.repair(u, other);
        assertTrue(timed.contains(new Dependency(6, 5, "nsubj")), timed.toString());
        assertTrue(timed.contains(new Dependency(6, 0, "obl:npmod")), timed.toString());
        assertTrue(timed.stream().noneMatch(d -> d.dependent() == 3 && d.relation().equals("nsubj")));
    }

    @Test
    void aClauseHungLooselyOnASpanOfTimeIsAClauseOfTimeOfTheMainVerb() {
        // "arrived two days after Putin held a call": the clause a loose dependent of "days".
        List<Token> t = tokens("arrived/VBD two/CD days/NNS after/IN Putin/NNP/PERSON held/VBD a/DT call/NN");
        List<Dependency> parsed = List.of(new Dependency(-1, 0, "root"), new Dependency(0, 2, "obl:after"),
                new Dependency(2, 1, "nummod"), new Dependency(2, 3, "case"), new Dependency(2, 5, "dep"),
                new Dependency(5, 4, "nsubj"), new Dependency(5, 7, "obj"), new Dependency(7, 6, "det"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(0, 5, "advcl:after")), repaired.toString());
        assertEquals(parsed.size(), repaired.size());
    }

    @Test
    void whatIsSaidWithNoThatHasItsSubjectBack() {
        // "officials say ten drones were downed", as the parser reads it: the drones the object of "say".
        List<Token> t = tokens("officials/NNS say/VBP ten/CD drones/NNS were/VBD downed/VBN");
        List<Dependency> parsed = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "obj"), new Dependency(3, 2, "nummod"), new Dependency(1, 5, "dep"),
                new Dependency(5, 4, "aux:pass"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(5, 3, "nsubj:pass")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 5, "ccomp")), repaired.toString());
        assertEquals(parsed.size(), repaired.size());
        // "officials say drones, hitting homes": no auxiliary, no clause of its own.
        List<Token> u = tokens("officials/NNS say/VBP drones/NNS hitting/VBG homes/NNS");
        List<Dependency> other = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(1, 3, "dep"), new Dependency(3, 4, "obj"));
        assertEquals(other, ParseRepair.repair(u, other));
    }

    @Test
    void aParticipleAfterACountIsAPhraseOnItAndThePassiveAfterItTheClause() {
        // "Ukraine said 45 drones launched from Kursk were destroyed", as the parser reads it.
        List<Token> t = tokens("Ukraine/NNP/LOCATION said/VBD 45/CD/NUMBER drones/NNS launched/VBN from/IN "
                + "Kursk/NNP/LOCATION were/VBD destroyed/VBN");
        List<Dependency> parsed = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 4, "ccomp"), new Dependency(3, 2, "nummod"), new Dependency(4, 3, "nsubj"),
                new Dependency(4, 6, "obl:from"), new Dependency(6, 5, "case"), new Dependency(4, 8, "dep"),
                new Dependency(8, 7, "aux:pass"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(1, 8, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 3, "nsubj:pass")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 4, "acl")), repaired.toString());
        // "said all 24 drones sent in overnight were destroyed": the passive made the root, the saying its subject.
        List<Token> u = tokens("Kyiv/NNP/LOCATION said/VBD 24/CD/NUMBER drones/NNS sent/VBN overnight/RB "
                + "were/VBD destroyed/VBN");
        List<Dependency> other = List.of(new Dependency(-1, 7, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 4, "ccomp"), new Dependency(7, 1, "csubj:pass"), new Dependency(3, 2, "nummod"),
                new Dependency(4, 3, "nsubj"), new Dependency(4, 5, "advmod"), new Dependency(7, 6, "aux:pass"));
        List<Dependency> mended = ParseRepair.repair(u, other);
        assertTrue(mended.contains(new Dependency(-1, 1, "root")), mended.toString());
        assertTrue(mended.contains(new Dependency(1, 7, "ccomp")), mended.toString());
        assertTrue(mended.contains(new Dependency(7, 3, "nsubj:pass")), mended.toString());
        assertTrue(mended.contains(new Dependency(3, 4, "acl")), mended.toString());
        // A participle with its own auxiliary is a verb: "drones had launched ... were" is left as it is.
        List<Token> v = tokens("drones/NNS had/VBD launched/VBN and/CC were/VBD destroyed/VBN");
        List<Dependency> finite = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 0, "nsubj"),
                new Dependency(2, 1, "aux"), new Dependency(2, 5, "dep"), new Dependency(5, 4, "aux:pass"));
        assertEquals(finite, ParseRepair.repair(v, finite));
    }

    @Test
    void aPassiveHungOffANounJoinedByAndIsTheJoinedClause() {
        // "troops are moving, and a counterattack is expected", as the parser reads it.
        List<Token> t = tokens("troops/NNS are/VBP moving/VBG ,/, and/CC a/DT counterattack/NN is/VBZ expected/VBN");
        List<Dependency> parsed = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 0, "nsubj"),
                new Dependency(2, 1, "aux"), new Dependency(2, 6, "conj:and"), new Dependency(6, 4, "cc"),
                new Dependency(6, 5, "det"), new Dependency(6, 8, "dep"), new Dependency(8, 7, "aux:pass"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(2, 8, "conj:and")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(8, 6, "nsubj:pass")), repaired.toString());
    }

    @Test
    void aClaimAnsweredInAnAsideIsTheWritersNotPartOfTheAccusation() {
        // "Moscow accused Kyiv of shelling the city, a charge Kyiv has denied", as the parser reads it.
        List<Token> t = tokens("Moscow/NNP/LOCATION accused/VBD Kyiv/NNP of/IN shelling/VBG the/DT city/NN ,/, a/DT "
                + "charge/NN Kyiv/NNP has/VBZ denied/VBN ./.");
        List<Dependency> parsed = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(1, 4, "obl:of"), new Dependency(4, 3, "case"),
                new Dependency(4, 6, "obj"), new Dependency(6, 5, "det"), new Dependency(4, 7, "punct"),
                new Dependency(4, 12, "dep"), new Dependency(9, 8, "det"), new Dependency(9, 10, "appos"),
                new Dependency(12, 9, "nsubj"), new Dependency(12, 11, "aux"), new Dependency(1, 13, "punct"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(1, 9, "parataxis")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(9, 12, "acl:relcl")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(12, 10, "nsubj")), repaired.toString());
        assertTrue(repaired.stream().noneMatch(d -> d.dependent() == 12 && d.governor() == 4), repaired.toString());
    }

    @Test
    void aPastTenseHungOffANounJoinedToAVerbIsThatNounsOwnClause() {
        // "drones killed ten, and an attack killed 28", as the parser reads it.
        List<Token> t = tokens("drones/NNS killed/VBD ten/CD ,/, and/CC an/DT attack/NN killed/VBD 28/CD");
        List<Dependency> parsed = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(1, 6, "conj:and"), new Dependency(6, 4, "cc"),
                new Dependency(6, 5, "det"), new Dependency(6, 7, "acl"), new Dependency(7, 8, "obj"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(1, 7, "conj:and")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(7, 6, "nsubj")), repaired.toString());
        // A participle describing the noun stays: "and the drones launched at Kyiv".
        List<Token> u = tokens("Russia/NNP attacked/VBD ,/, and/CC drones/NNS launched/VBN overnight/RB");
        List<Dependency> other = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 4, "conj:and"), new Dependency(4, 5, "acl"), new Dependency(5, 6, "advmod"));
        assertEquals(other, ParseRepair.repair(u, other));
    }

    @Test
    void aFiniteVerbReadAsAnAuxiliaryHeadsItsClause() {
        // "Moscow, which denies targeting civilians", as the parser reads it.
        List<Token> t = tokens("Moscow/NNP/LOCATION ,/, which/WDT denies/VBZ targeting/VBG civilians/NNS");
        List<Dependency> parsed = List.of(new Dependency(-1, 0, "root"), new Dependency(0, 2, "ref"),
                new Dependency(0, 4, "acl:relcl"), new Dependency(4, 0, "nsubj"), new Dependency(4, 3, "aux"),
                new Dependency(4, 5, "obj"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(3, 4, "xcomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(0, 3, "acl:relcl")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(3, 0, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(4, 5, "obj")), repaired.toString());
        // A real auxiliary stays: "Kyiv does deny it".
        List<Token> u = List.of(new Token(0, "Kyiv", "Kyiv", "NNP", "LOCATION", null, 0, 0),
                new Token(1, "does", "do", "VBZ", "O", null, 0, 0), new Token(2, "deny", "deny", "VB", "O", null, 0, 0),
                new Token(3, "it", "it", "PRP", "O", null, 0, 0));
        List<Dependency> other = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 0, "nsubj"),
                new Dependency(2, 1, "aux"), new Dependency(2, 3, "obj"));
        assertEquals(other, ParseRepair.repair(u, other));
    }

    @Test
    void theDoersSetOffAfterASpanOfTimeAreTheSubject() {
        // "Hours after the funeral, Russian forces shelled the town", as the parser reads it.
        List<Token> t = tokens("Hours/NNS after/IN the/DT funeral/NN ,/, Russian/JJ forces/NNS shelled/VBD the/DT "
                + "town/NN");
        List<Dependency> parsed = List.of(new Dependency(-1, 7, "root"), new Dependency(7, 0, "nsubj"),
                new Dependency(0, 3, "nmod:after"), new Dependency(3, 1, "case"), new Dependency(3, 2, "det"),
                new Dependency(0, 4, "punct"), new Dependency(0, 6, "appos"), new Dependency(6, 5, "amod"),
                new Dependency(7, 9, "obj"), new Dependency(9, 8, "det"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(7, 6, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(7, 0, "obl:npmod")), repaired.toString());
        assertEquals(parsed.size(), repaired.size());
    }

    @Test
    void theSpeakersSecondVerbIsJoinedToHisSayingNotToWhatHeSaid() {
        // "Aliyev said the jet was shot at, and accused Moscow", as the parser reads it.
        List<Token> t = withLemmas(tokens("Aliyev/NNP/PERSON said/VBD the/DT jet/NN was/VBD shot/VBN at/RP ,/, and/CC "
                + "accused/VBN Moscow/NNP/LOCATION"), "said", "say", "accused", "accuse");
        List<Dependency> parsed = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 5, "ccomp"), new Dependency(5, 3, "nsubj:pass"), new Dependency(3, 2, "det"),
                new Dependency(5, 4, "aux:pass"), new Dependency(5, 6, "compound:prt"), new Dependency(5, 9, "conj:and"),
                new Dependency(1, 9, "ccomp"), new Dependency(9, 3, "nsubj:pass"), new Dependency(9, 8, "cc"),
                new Dependency(9, 10, "obj"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(1, 9, "conj:and")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(9, 0, "nsubj")), repaired.toString());
        assertTrue(repaired.stream().noneMatch(d -> d.governor() == 9 && d.dependent() == 3), repaired.toString());
        assertTrue(repaired.stream().noneMatch(d -> d.governor() == 1 && d.dependent() == 9
                && d.relation().equals("ccomp")), repaired.toString());
        // A verb of its own, with its own subject, stays where it is: "said the jet was hit and Moscow denied it".
        List<Token> u = withLemmas(tokens("Aliyev/NNP/PERSON said/VBD jets/NNS shot/VBD ,/, and/CC Moscow/NNP/LOCATION "
                + "denied/VBD it/PRP"), "said", "say", "denied", "deny");
        List<Dependency> other = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "ccomp"), new Dependency(3, 2, "nsubj"), new Dependency(3, 7, "conj:and"),
                new Dependency(7, 6, "nsubj"), new Dependency(7, 5, "cc"), new Dependency(7, 8, "obj"));
        assertEquals(other, ParseRepair.repair(u, other));
    }

    @Test
    void aThingTakenForASecondSpeakerIsTheObjectOfTheVerbBeforeIt() {
        // "A strike destroyed a market in Kharkiv, killing two people, police said", as the parser reads it.
        List<Token> t = withLemmas(tokens("A/DT strike/NN destroyed/VBD a/DT market/NN in/IN Kharkiv/NNP/LOCATION ,/, "
                + "killing/VBG two/CD people/NNS ,/, police/NNS said/VBD"), "said", "say", "killing", "kill");
        List<Dependency> parsed = List.of(new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
                new Dependency(-1, 2, "root"), new Dependency(4, 3, "det"), new Dependency(13, 4, "nsubj"),
                new Dependency(6, 5, "case"), new Dependency(13, 6, "obl:in"), new Dependency(6, 7, "punct"),
                new Dependency(6, 8, "acl"), new Dependency(10, 9, "nummod"), new Dependency(8, 10, "obj"),
                new Dependency(6, 11, "punct"), new Dependency(13, 12, "nsubj"), new Dependency(2, 13, "ccomp"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(2, 4, "obj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(4, 6, "nmod:in")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(2, 8, "advcl")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(-1, 13, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(13, 2, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(13, 12, "nsubj")), repaired.toString());
        // "Russia hit Kharkiv, its mayor said" gives "said" one subject: nothing to mend.
        List<Token> u = withLemmas(tokens("Russia/NNP/LOCATION hit/VBD Kharkiv/NNP/LOCATION ,/, its/PRP$ mayor/NN "
                + "said/VBD"), "said", "say");
        List<Dependency> plain = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(6, 3, "punct"), new Dependency(5, 4, "nmod:poss"),
                new Dependency(6, 5, "nsubj"), new Dependency(1, 6, "parataxis"));
        assertEquals(plain, ParseRepair.repair(u, plain));
    }

    @Test
    void aSpeakerHungOffTheStolenObjectAsItsAppositionSaysItAgain() {
        // "An attack destroyed a school in Chernihiv, the regional governor said", as the parser reads it.
        List<Token> t = withLemmas(tokens("An/DT attack/NN destroyed/VBD a/DT school/NN in/IN Chernihiv/NNP/LOCATION "
                + ",/, the/DT regional/JJ governor/NN said/VBD"), "said", "say");
        List<Dependency> parsed = List.of(new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
                new Dependency(-1, 2, "root"), new Dependency(4, 3, "det"), new Dependency(11, 4, "nsubj"),
                new Dependency(6, 5, "case"), new Dependency(4, 6, "nmod:in"), new Dependency(4, 7, "punct"),
                new Dependency(10, 8, "det"), new Dependency(10, 9, "amod"), new Dependency(4, 10, "appos"),
                new Dependency(2, 11, "ccomp"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(2, 4, "obj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(4, 6, "nmod:in")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(11, 10, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(-1, 11, "root")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(4, 10, "appos")), repaired.toString());
        // "Zelensky met Macron, the French president, on Monday, aides said": an apposition set off by commas
        // before the speaker stays.
        List<Token> u = withLemmas(tokens("Zelensky/NNP/PERSON met/VBD Macron/NNP/PERSON ,/, the/DT French/JJ "
                + "president/NN ,/, aides/NNS said/VBD"), "said", "say");
        List<Dependency> plain = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(2, 3, "punct"), new Dependency(6, 4, "det"),
                new Dependency(6, 5, "amod"), new Dependency(2, 6, "appos"), new Dependency(9, 7, "punct"),
                new Dependency(9, 8, "nsubj"), new Dependency(1, 9, "parataxis"));
        assertEquals(plain, ParseRepair.repair(u, plain));
    }

    @Test
    void aSpeakerHungOffTheNounBeforeTheCommaIsTheSubjectOfSaying() {
        // "Poland is sending troops to its border, Minister Blaszczak said", as the parser reads it.
        List<Token> t = withLemmas(tokens("Poland/NNP/LOCATION is/VBZ sending/VBG troops/NNS to/IN its/PRP$ "
                + "border/NN ,/, Minister/NNP Blaszczak/NNP/PERSON said/VBD"), "said", "say");
        List<Dependency> parsed = List.of(new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "aux"),
                new Dependency(-1, 2, "root"), new Dependency(2, 3, "obj"), new Dependency(6, 4, "case"),
                new Dependency(6, 5, "nmod:poss"), new Dependency(2, 6, "obl:to"), new Dependency(6, 7, "punct"),
                new Dependency(9, 8, "compound"), new Dependency(6, 9, "appos"), new Dependency(2, 10, "dep"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(10, 9, "nsubj")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(6, 9, "appos")), repaired.toString());
        // "Russia struck Odesa, a port city, overnight": an apposition with no verb of saying after it stays.
        List<Token> u = tokens("Russia/NNP/LOCATION struck/VBD Odesa/NNP/LOCATION ,/, a/DT port/NN city/NN "
                + "overnight/RB");
        List<Dependency> plain = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(2, 3, "punct"), new Dependency(6, 4, "det"),
                new Dependency(6, 5, "compound"), new Dependency(2, 6, "appos"), new Dependency(1, 7, "advmod"));
        assertEquals(plain, ParseRepair.repair(u, plain));
    }

    @Test
    void aClauseTakenForTheSubjectOfSayingIsWhatTheApposedSpeakerSaid() {
        // "A bomb struck a block, injuring 11, governor Fedorov said", as the parser reads it: the clause is the
        // subject of "said" and the speaker an apposition of the count.
        List<Token> t = withLemmas(tokens("A/DT bomb/NN struck/VBD a/DT block/NN ,/, injuring/VBG 11/CD ,/, "
                + "governor/NN Fedorov/NNP/PERSON said/VBD"), "said", "say", "struck", "strike");
        List<Dependency> parsed = List.of(new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
                new Dependency(11, 2, "nsubj"), new Dependency(4, 3, "det"), new Dependency(2, 4, "obj"),
                new Dependency(2, 5, "punct"), new Dependency(2, 6, "advcl"), new Dependency(6, 7, "obj"),
                new Dependency(7, 8, "punct"), new Dependency(10, 9, "compound"), new Dependency(7, 10, "appos"),
                new Dependency(-1, 11, "root"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(11, 10, "nsubj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(11, 2, "ccomp")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(11, 2, "nsubj")), repaired.toString());
    }

    @Test
    void pluralRegionsAfterAListOfNamesAreThePlaceNotAClause() {
        // "destroyed drones over the Kursk, Bryansk and Belgorod regions overnight", as the parser reads it.
        List<Token> t = withLemmas(tokens("destroyed/VBD drones/NNS over/IN the/DT Kursk/NNP ,/, Bryansk/NNP/LOCATION "
                + "and/CC Belgorod/NNP/LOCATION regions/NNS overnight/RB"), "regions", "region");
        List<Dependency> parsed = List.of(new Dependency(-1, 0, "root"), new Dependency(9, 1, "nsubj"),
                new Dependency(4, 2, "case"), new Dependency(4, 3, "det"), new Dependency(1, 4, "nmod:over"),
                new Dependency(4, 5, "punct"), new Dependency(1, 6, "nmod:over"), new Dependency(8, 7, "cc"),
                new Dependency(1, 8, "nmod:over"), new Dependency(0, 9, "ccomp"), new Dependency(9, 10, "advmod"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(0, 1, "obj")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 9, "nmod:over")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(9, 4, "compound")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(9, 8, "compound")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(9, 2, "case")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(0, 10, "advmod")), repaired.toString());
        // "said the regions were cut off": a plural subject of its own clause is left alone.
        List<Token> u = withLemmas(tokens("said/VBD the/DT regions/NNS were/VBD cut/VBN off/RP"), "regions", "region");
        List<Dependency> plain = List.of(new Dependency(-1, 0, "root"), new Dependency(2, 1, "det"),
                new Dependency(4, 2, "nsubj:pass"), new Dependency(4, 3, "aux:pass"), new Dependency(0, 4, "ccomp"),
                new Dependency(4, 5, "compound:prt"));
        assertEquals(plain, ParseRepair.repair(u, plain));
    }

    @Test
    void aNounPhraseAfterATailSpeakerSumsUpTheClauseItIsNotWhatWasSaid() {
        // "Russia fired 40 missiles, officials said, its biggest attack", as the parser reads it: the attack is the
        // object of "said".
        List<Token> t = withLemmas(tokens("Russia/NNP/LOCATION fired/VBD 40/CD missiles/NNS ,/, officials/NNS "
                + "said/VBD ,/, its/PRP$ biggest/JJS attack/NN"), "fired", "fire", "said", "say");
        List<Dependency> parsed = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(3, 2, "nummod"), new Dependency(1, 3, "obj"), new Dependency(1, 4, "punct"),
                new Dependency(6, 5, "nsubj"), new Dependency(1, 6, "parataxis"), new Dependency(6, 7, "punct"),
                new Dependency(10, 8, "nmod:poss"), new Dependency(10, 9, "amod"), new Dependency(6, 10, "obj"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(1, 10, "dep")), repaired.toString());
        assertFalse(repaired.contains(new Dependency(6, 10, "obj")), repaired.toString());
        // "..., officials told reporters": an object right after the verb is the verb's own.
        List<Token> u = withLemmas(tokens("Russia/NNP/LOCATION fired/VBD missiles/NNS ,/, officials/NNS told/VBD "
                + "reporters/NNS"), "fired", "fire", "told", "tell");
        List<Dependency> told = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct"), new Dependency(5, 4, "nsubj"),
                new Dependency(1, 5, "parataxis"), new Dependency(5, 6, "obj"));
        assertEquals(told, ParseRepair.repair(u, told));
    }

    @Test
    void aSayingTakenForTheSubjectOfWhatWasSaidHeadsTheSentenceAgain() {
        // "Peskov said Western jets would become targets", as the parser reads it: "said" the clausal subject of
        // "become", the jets its object.
        List<Token> t = withLemmas(tokens("Peskov/NNP/PERSON said/VBD Western/JJ jets/NNS would/MD become/VB "
                + "targets/NNS"), "said", "say", "become", "become");
        List<Dependency> parsed = List.of(new Dependency(-1, 5, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(5, 1, "csubj"), new Dependency(3, 2, "amod"), new Dependency(1, 3, "obj"),
                new Dependency(5, 4, "aux"), new Dependency(5, 6, "xcomp"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(-1, 1, "root")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(1, 5, "ccomp")), repaired.toString());
        assertTrue(repaired.contains(new Dependency(5, 3, "nsubj")), repaired.toString());
        // A true clausal subject, with no subject of its own, stays: "What he said would become policy".
        List<Token> u = withLemmas(tokens("What/WP he/PRP said/VBD would/MD become/VB policy/NN"), "said", "say");
        List<Dependency> other = List.of(new Dependency(-1, 4, "root"), new Dependency(2, 0, "obj"),
                new Dependency(2, 1, "nsubj"), new Dependency(4, 2, "csubj"), new Dependency(4, 3, "aux"),
                new Dependency(4, 5, "xcomp"));
        assertEquals(other, ParseRepair.repair(u, other));
    }

    @Test
    void anInfinitiveHungLooselyOnAnAdjectiveIsItsComplement() {
        // "Berlin remains willing to send jets", as the parser reads it: "send" hangs loose off "willing".
        List<Token> t = tokens("Berlin/NNP/LOCATION remains/VBZ willing/JJ to/TO send/VB jets/NNS");
        List<Dependency> parsed = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "xcomp"), new Dependency(4, 3, "mark"), new Dependency(2, 4, "dep"),
                new Dependency(4, 5, "obj"));
        List<Dependency> repaired = ParseRepair.repair(t, parsed);
        assertTrue(repaired.contains(new Dependency(2, 4, "xcomp")), repaired::toString);
        assertFalse(repaired.contains(new Dependency(2, 4, "dep")), repaired::toString);
        // A noun loose off the adjective is left alone.
        List<Token> u = tokens("Berlin/NNP/LOCATION remains/VBZ willing/JJ ,/, officials/NNS");
        List<Dependency> other = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "xcomp"), new Dependency(2, 4, "dep"));
        assertEquals(other, ParseRepair.repair(u, other));
    }
}
