#!/usr/bin/env python3
"""Proposes stoplist entries: place names (primary or alternate) in places.tsv that are
common lower-case English words in a word list (Debian package `wamerican`:
/usr/share/dict/american-english). Names of countries, capitals, cities of 250,000 or
more, Ukrainian/Russian towns of 20,000 or more (by their own name) and the ALLOW list
are kept out.
Usage: stoplist.py places.tsv /usr/share/dict/american-english > generated part
The shipped stoplist.txt is this output plus a hand-written section (given names etc.)."""
import sys
import unicodedata


def key(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn' and c not in "'’ʼ`.")
    return ' '.join(s.replace('-', ' ').split()).lower()


ALLOW = {'cologne', 'nice', 'split', 'bath', 'cork', 'bologna', 'savannah', 'anchorage', 'archangel'}
places_path, words_path = sys.argv[1:3]
words = set()
for w in open(words_path, encoding='utf-8', errors='replace'):
    w = w.strip()
    if len(w) >= 3 and w.isalpha() and w == w.lower():
        words.add(key(w))
hits, keep = set(), set()
for line in open(places_path, encoding='utf-8'):
    if line.startswith('#') or line.startswith('geonameid\t'):
        continue
    f = line.rstrip('\n').split('\t')
    kind, pop, cc = f[8], int(f[9] or 0), f[4]
    primary = {key(f[1]), key(f[2])}
    for i, n in enumerate([f[1], f[2]] + [a for a in f[3].split('|') if a]):
        k = key(n)
        if k not in words:
            continue
        hits.add(k)
        own = k in primary
        if kind == 'country' or (own and (kind == 'capital' or pop >= 250_000
                                          or (cc in ('UA', 'RU') and pop >= 20_000))):
            keep.add(k)
for k in sorted(hits - keep - ALLOW):
    print(k)
