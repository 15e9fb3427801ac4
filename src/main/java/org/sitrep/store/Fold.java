package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.Function;

/**
 * The case folding used on both sides of every substring filter; SQL calls it as {@code fold()}. SQLite's own
 * lower() folds only ASCII; this folds Cyrillic and the rest too.
 */
final class Fold extends Function {

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Makes {@code fold(text)} callable on this connection. */
    static void register(Connection c) throws SQLException {
        Function.create(c, "fold", new Fold(), 1, Function.FLAG_DETERMINISTIC);
    }

    @Override
    protected void xFunc() throws SQLException {
        String s = value_text(0);
        if (s == null) {
            result();
        } else {
            result(fold(s));
        }
    }
}
