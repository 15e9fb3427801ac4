package org.sitrep.report;

/** How a brief renderer escapes untrusted text and marks emphasis and citations. */
interface Markup {
    /** Text from articles or the store, escaped so it can only ever read as text. */
    String text(String untrusted);

    /** Emphasis around markup that is already escaped. */
    String strong(String markup);

    /** A warning, such as the mark of disputed details, around markup that is already escaped. */
    String flag(String markup);

    /** A reference to source number {@code n}. */
    String cite(int n);
}
