package org.sitrep.resolve;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises place names to lookup keys. */
final class Names {

    private Names() {
    }

    /**
     * Lower case, accents removed, hyphens and dashes as spaces, apostrophes and periods dropped, whitespace
     * collapsed: "Bila Tserkva", "bila-tserkva" and "Bíla Tsérkva" share a key.
     */
    static String key(String name) {
        String s = name;
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true; // drops leading spaces
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || c == '\'' || c == '’' || c == 'ʼ' || c == 'ʹ' || c == '`' || c == '.' || c == '‘') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '-' || c == '‐' || c == '‑' || c == '–' || c == '—' || c == '_') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            out.append(c);
            space = false;
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
