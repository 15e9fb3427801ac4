package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    @Test
    void splitsStatementsAtLineEndSemicolonsAndDropsComments() {
        String script = "-- a comment; with a semicolon\nCREATE TABLE a (\n  x TEXT\n);\n\nCREATE INDEX i ON a (x);\n";
        assertEquals(List.of("CREATE TABLE a (\n  x TEXT\n);", "CREATE INDEX i ON a (x);"),
                Migrations.statements(script));
    }

    @Test
    void refusesAScriptWithAnUnterminatedStatement() {
        assertThrows(IllegalStateException.class, () -> Migrations.statements("CREATE TABLE a (x)\n"));
    }
}
