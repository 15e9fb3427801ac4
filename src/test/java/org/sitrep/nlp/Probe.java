package org.sitrep.nlp;

import java.nio.file.*;
import java.time.LocalDate;
import org.sitrep.model.Article;
import org.sitrep.model.Mention;
import org.sitrep.extract.*;

public class Probe {
    public static void main(String[] a) throws Exception {
        CoreNlpReader r = new CoreNlpReader();
        Lexicon lex = Lexicon.loadDefault();
        EventExtractor ex = org.sitrep.extract.ProbeSupport.extractor(lex);
        for (int i = 0; i < a.length; i += 2) {
            String text = Files.readString(Path.of(a[i])).replaceFirst("^\\s*date \\d{4}-\\d{2}-\\d{2}\\s*", "");
            Article art = new Article("x", Path.of(a[i]).getFileName().toString(), null, null, null, LocalDate.parse(a[i + 1]), text, a[i]);
            ParsedArticle p = r.read(art, lex::mightCarryEvent);
            System.out.println("######## " + a[i]);
            for (Mention m : ex.extract(p)) {
                System.out.println(m.type() + " " + m.factuality() + " " + m.date() + " actors=" + m.actors().stream().map(x -> x.role().label() + ":" + x.id()).toList()
                    + " loc=" + (m.location() == null ? null : m.location().name()) + " q=" + m.quantities().stream().map(q -> q.count() + " " + q.item() + "/" + q.subtype() + "/" + q.bound().label() + "/" + q.status()).toList()
                    + " claim=" + m.claimedBy() + " modes=" + m.modes() + "\n     | " + m.evidence().text());
            }
        }
    }
}
