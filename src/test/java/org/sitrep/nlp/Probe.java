package org.sitrep.nlp;

import java.nio.file.*;
import java.time.LocalDate;
import org.sitrep.model.Article;

public class Probe {
    public static void main(String[] a) throws Exception {
        long t0 = System.nanoTime();
        CoreNlpReader r = new CoreNlpReader();
        System.out.println("load " + (System.nanoTime() - t0) / 1e9);
        String text = Files.readString(Path.of(a[0]));
        Article art = new Article("x", "x", null, null, null, LocalDate.parse(a[1]), text, a[0]);
        t0 = System.nanoTime();
        ParsedArticle p = r.read(art, toks -> true);
        System.out.println("read " + (System.nanoTime() - t0) / 1e9 + " tokens " + p.tokenCount());
        for (Sentence s : p.sentences()) {
            System.out.println("== " + s.text());
            for (EntitySpan e : s.entities()) System.out.println("   " + e.ner() + " [" + e.text() + "] -> " + e.normalized());
            StringBuilder sb = new StringBuilder();
            for (Dependency d : s.dependencies()) sb.append(d.relation()).append("(").append(d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word()).append(",").append(s.tokens().get(d.dependent()).word()).append(") ");
            System.out.println("   " + sb);
        }
    }
}
