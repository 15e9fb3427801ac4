package org.sitrep.extract;

public final class ProbeSupport {
    public static EventExtractor extractor(Lexicon lex) {
        return new EventExtractor(lex, FakeLookups.actors(), FakeLookups.places());
    }
}
