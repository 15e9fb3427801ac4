package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagRepairTest {

    /** Tokens from "word/TAG" pairs. */
    private static List<CoreLabel> tagged(String text) {
        List<CoreLabel> out = new ArrayList<>();
        for (String pair : text.split(" ")) {
            CoreLabel t = new CoreLabel();
            t.setWord(pair.substring(0, pair.lastIndexOf('/')));
            t.setTag(pair.substring(pair.lastIndexOf('/') + 1));
            out.add(t);
        }
        return out;
    }

    private static String tags(List<CoreLabel> tokens) {
        return String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
    }

    @Test
    void aBareVerbBetweenAModifierAndTheFiniteVerbIsANoun() {
        List<CoreLabel> tokens = tagged("a/DT Ukrainian/NNP drone/VB struck/VBD an/DT ambulance/NN");
        TagRepair.repair(tokens);
        assertEquals("DT NNP NN VBD DT NN", tags(tokens));

        List<CoreLabel> compound = tagged("A/DT Ukrainian/NNP drone/VB attack/NN on/IN the/DT refinery/NN");
        TagRepair.repair(compound);
        assertEquals("DT NNP NN NN IN DT NN", tags(compound));

        List<CoreLabel> headline = tagged("Russian/JJ strike/VBP kills/VBZ 10/CD");
        TagRepair.repair(headline);
        assertEquals("JJ NN VBZ CD", tags(headline));

        List<CoreLabel> participle = tagged("a/DT Ukrainian/NNP drone/VB slammed/VBN into/IN a/DT block/NN");
        TagRepair.repair(participle);
        assertEquals("DT NNP NN VBD IN DT NN", tags(participle));

        List<CoreLabel> object = tagged("shot/VBD down/RP a/DT Ukrainian/NNP drone/VB over/IN Belgorod/NNP");
        TagRepair.repair(object);
        assertEquals("VBD RP DT NNP NN IN NNP", tags(object));
    }

    @Test
    void aBaseFormRightAfterASingularNounIsANounUnlessThatNounIsAVerbsObject() {
        List<CoreLabel> tokens = tagged("a/DT long/JJ -/HYPH range/NN drone/VB attack/NN has/VBZ damaged/VBN");
        TagRepair.repair(tokens);
        assertEquals("DT JJ HYPH NN NN NN VBZ VBN", tags(tokens));

        List<CoreLabel> heaviest = tagged("its/PRP$ heaviest/JJS drone/VB attacks/NNS in/IN weeks/NNS");
        TagRepair.repair(heaviest);
        assertEquals("PRP$ JJS NN NNS IN NNS", tags(heaviest));

        // "helped the army attack positions": the noun is the object of the verb before, the base form its verb.
        List<CoreLabel> causative = tagged("helped/VBD the/DT army/NN attack/VB positions/NNS");
        TagRepair.repair(causative);
        assertEquals("VBD DT NN VB NNS", tags(causative));
    }

    @Test
    void aNounTaggedWordAfterIsToWithAnObjectIsThePlannedVerb() {
        List<CoreLabel> plan = tagged("Meloni/NNP is/VBZ to/TO chair/NN a/DT call/NN");
        TagRepair.repair(plan);
        assertEquals("NNP VBZ TO VB DT NN", tags(plan));

        List<CoreLabel> blame = tagged("Russia/NNP is/VBZ to/TO blame/NN for/IN the/DT strike/NN");
        TagRepair.repair(blame);
        assertEquals("NNP VBZ TO NN IN DT NN", tags(blame));
    }

    @Test
    void anIngWordBetweenANounAndAnObjectIsAParticiple() {
        List<CoreLabel> statement = tagged("issued/VBD a/DT statement/NN backing/NN Trump/NNP 's/POS call/NN");
        TagRepair.repair(statement);
        assertEquals("VBD DT NN VBG NNP POS NN", tags(statement));

        List<CoreLabel> noun = tagged("the/DT air/NN defence/NN training/NN programme/NN");
        TagRepair.repair(noun);
        assertEquals("DT NN NN NN NN", tags(noun));
    }

    @Test
    void anIngWordOpeningTheSentenceBeforeItsObjectAndACommaIsAParticiple() {
        List<CoreLabel> met = tagged("Meeting/NNP Erdogan/NNP in/IN Ankara/NNP ,/, Scholz/NNP said/VBD it/PRP "
                + "was/VBD useful/JJ");
        TagRepair.repair(met);
        assertEquals("VBG", met.get(0).tag());
        assertEquals("meet", met.get(0).lemma());
        // A city that opens the sentence is followed by its verb or a possessive, not by an object.
        List<CoreLabel> city = tagged("Beijing/NNP said/VBD on/IN Monday/NNP ,/, that/IN it/PRP was/VBD neutral/JJ");
        TagRepair.repair(city);
        assertEquals("NNP", city.get(0).tag());
        List<CoreLabel> noComma = tagged("Building/NN a/DT new/JJ plant/NN takes/VBZ years/NNS");
        TagRepair.repair(noComma);
        assertEquals("NN", noComma.get(0).tag());
    }

    @Test
    void realVerbsStayVerbs() {
        List<CoreLabel> infinitive = tagged("agreed/VBD to/TO strike/VB targets/NNS");
        TagRepair.repair(infinitive);
        assertEquals("VBD TO VB NNS", tags(infinitive));

        List<CoreLabel> present = tagged("officials/NNS say/VBP the/DT drones/NNS hit/VBD");
        TagRepair.repair(present);
        assertEquals("NNS VBP DT NNS VBD", tags(present));

        List<CoreLabel> modal = tagged("Kyiv/NNP will/MD strike/VB back/RB");
        TagRepair.repair(modal);
        assertEquals("NNP MD VB RB", tags(modal));

        List<CoreLabel> passive = tagged("the/DT cities/NNS strike/VB targeted/VBN by/IN drones/NNS");
        TagRepair.repair(passive);
        assertEquals("DT NNS VB VBN IN NNS", tags(passive));

        List<CoreLabel> auxiliary = tagged("Blinken/NNP and/CC Lammy/NNP are/VBP expected/VBN in/IN Kyiv/NNP");
        TagRepair.repair(auxiliary);
        assertEquals("NNP CC NNP VBP VBN IN NNP", tags(auxiliary));

        List<CoreLabel> plural = tagged("the/DT Ukrainians/NNPS fight/VBP on/RP");
        TagRepair.repair(plural);
        assertEquals("DT NNPS VBP RP", tags(plural));
    }

    @Test
    void aNameAfterToIsAPlaceNotAnInfinitive() {
        List<CoreLabel> tokens = tagged("weapons/NNS to/TO Kyiv/VB on/IN Tuesday/NNP");
        TagRepair.repair(tokens);
        assertEquals("NNS IN NNP IN NNP", tags(tokens));
        assertEquals("Kyiv", tokens.get(2).lemma());
    }

    @Test
    void aParticipleInScareQuotesAfterHadIsAVerb() {
        List<CoreLabel> tokens = tagged("forces/NNS had/VBD ``/`` captured/JJ ''/'' the/DT town/NN");
        TagRepair.repair(tokens);
        assertEquals("NNS VBD `` VBN '' DT NN", tags(tokens));
        assertEquals("capture", tokens.get(3).lemma());

        List<CoreLabel> passive = tagged("plant/NN had/VBD been/VBN ``/`` completely/RB liberated/JJ ''/''");
        TagRepair.repair(passive);
        assertEquals("NN VBD VBN `` RB VBN ''", tags(passive));

        List<CoreLabel> adjective = tagged("a/DT ``/`` guaranteed/JJ ''/'' victory/NN");
        TagRepair.repair(adjective);
        assertEquals("DT `` JJ '' NN", tags(adjective));
    }

    @Test
    void aVerbAfterIsDueToIsAVerb() {
        List<CoreLabel> plan = tagged("Pretoria/NNP is/VBZ due/JJ to/IN host/NN a/DT summit/NN");
        TagRepair.repair(plan);
        assertEquals("NNP VBZ JJ TO VB DT NN", tags(plan));

        List<CoreLabel> cause = tagged("delays/NNS were/VBD due/JJ to/IN weather/NN ./.");
        TagRepair.repair(cause);
        assertEquals("NNS VBD JJ IN NN .", tags(cause));
    }

    @Test
    void aNationalityBeforeACommonNounDescribesIt() {
        List<CoreLabel> tokens = tagged("On/IN Friday/NNP Ukrainian/NNP missiles/NNS struck/VBD the/DT port/NN");
        TagRepair.repair(tokens);
        assertEquals("IN NNP JJ NNS VBD DT NN", tags(tokens));
        // Not a name of its own, nor one before another name.
        List<CoreLabel> names = tagged("Brian/NNP said/VBD the/DT Ukrainian/NNP President/NNP arrived/VBD");
        TagRepair.repair(names);
        assertEquals("NNP VBD DT NNP NNP VBD", tags(names));
    }

    @Test
    void anApproximationOpeningTheSentenceIsNoPreposition() {
        List<CoreLabel> tokens = tagged("Around/IN 40/CD missiles/NNS were/VBD aimed/VBN at/IN Kyiv/NNP");
        TagRepair.repair(tokens);
        assertEquals("RB CD NNS VBD VBN IN NNP", tags(tokens));
        // "About 3 pm, sirens sounded": no plural noun after the count.
        List<CoreLabel> time = tagged("About/IN 3/CD pm/NN ,/, sirens/NNS sounded/VBD");
        TagRepair.repair(time);
        assertEquals("IN CD NN , NNS VBD", tags(time));
    }

    @Test
    void aNounJoinedToANounBeforeAParticipleIsANoun() {
        List<CoreLabel> tokens = tagged("every/DT missile/NN and/CC drone/VB aimed/VBN at/IN Kyiv/NNP");
        TagRepair.repair(tokens);
        assertEquals("DT NN CC NN VBN IN NNP", tags(tokens));
        // "troops and patrol the border": a verb after "and" with an object stays a verb.
        List<CoreLabel> verb = tagged("troops/NNS and/CC patrol/VBP the/DT border/NN");
        TagRepair.repair(verb);
        assertEquals("NNS CC VBP DT NN", tags(verb));
    }

    @Test
    void aPastFormBetweenANounAndItsObjectIsTheNounsVerb() {
        List<CoreLabel> hit = tagged("said/VBD S-300/NNP missiles/NNS hit/VBN two/CD substations/NNS");
        TagRepair.repair(hit);
        assertEquals("VBD NNP NNS VBD CD NNS", tags(hit));
        // A participle before a time stays one: "the drones launched last night were downed".
        List<CoreLabel> night = tagged("the/DT drones/NNS launched/VBN last/JJ night/NN were/VBD downed/VBN");
        TagRepair.repair(night);
        assertEquals("DT NNS VBN JJ NN VBD VBN", tags(night));
        List<CoreLabel> day = tagged("missiles/NNS fired/VBN the/DT previous/JJ day/NN");
        TagRepair.repair(day);
        assertEquals("NNS VBN DT JJ NN", tags(day));
        // So does one after an auxiliary, and one followed by "by".
        List<CoreLabel> passive = tagged("had/VBD been/VBN substations/NNS hit/VBN by/IN drones/NNS");
        TagRepair.repair(passive);
        assertEquals("VBD VBN NNS VBN IN NNS", tags(passive));
    }

    @Test
    void aPastFormAfterANounAndBeforeOnlyAPhraseAndAModalDescribesTheNoun() {
        List<CoreLabel> pledged = tagged("the/DT tanks/NNS pledged/VBD by/IN Berlin/NNP will/MD arrive/VB soon/RB");
        TagRepair.repair(pledged);
        assertEquals("DT NNS VBN IN NNP MD VB RB", tags(pledged));

        List<CoreLabel> said = tagged("the/DT ministry/NN said/VBD on/IN Monday/NNP it/PRP would/MD reply/VB");
        TagRepair.repair(said);
        assertEquals("DT NN VBD IN NNP PRP MD VB", tags(said));

        List<CoreLabel> clause = tagged("officials/NNS warned/VBD in/IN March/NNP that/IN Kyiv/NNP would/MD fall/VB");
        TagRepair.repair(clause);
        assertEquals("NNS VBD IN NNP IN NNP MD VB", tags(clause));
    }

    @Test
    void aPastFormAfterASubjectAndEachOrBothIsTheSubjectsVerb() {
        List<CoreLabel> each = tagged("Moscow/NNP and/CC Kyiv/NNP each/DT released/VBN 84/CD prisoners/NNS");
        TagRepair.repair(each);
        assertEquals("NNP CC NNP DT VBD CD NNS", tags(each));

        List<CoreLabel> both = tagged("they/PRP both/DT signed/VBN the/DT deal/NN");
        TagRepair.repair(both);
        assertEquals("PRP DT VBD DT NN", tags(both));

        // Not after an auxiliary: "had each received" keeps its participle.
        List<CoreLabel> perfect = tagged("the/DT units/NNS had/VBD each/DT received/VBN tanks/NNS");
        TagRepair.repair(perfect);
        assertEquals("DT NNS VBD DT VBN NNS", tags(perfect));
    }

    @Test
    void anSWordBetweenASingularNounAndACountBeforeAnyVerbIsTheNounsVerb() {
        List<CoreLabel> lists = tagged("The/DT latest/JJS round/NN names/NNS 45/CD banks/NNS");
        TagRepair.repair(lists);
        assertEquals("DT JJS NN VBZ CD NNS", tags(lists));
        assertEquals("name", lists.get(3).lemma());

        // A verb already in the clause, or the noun inside a phrase, and the plural stays a noun.
        List<CoreLabel> verb = tagged("it/PRP sent/VBD the/DT brigade/NN tanks/NNS 12/CD days/NNS ago/RB");
        TagRepair.repair(verb);
        assertEquals("PRP VBD DT NN NNS CD NNS RB", tags(verb));
        List<CoreLabel> phrase = tagged("in/IN the/DT supply/NN lines/NNS 30/CD kilometres/NNS away/RB");
        TagRepair.repair(phrase);
        assertEquals("IN DT NN NNS CD NNS RB", tags(phrase));
    }
}
