package io.xunlu.extract.place;

import io.xunlu.analysis.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which gazetteer matches of free text stand, read against HanLP's words: a short form must start
 * and end on word boundaries and not lie inside a person's name (李永安 yields no 永安, 居民和商户 no
 * 民和, 新增城镇 no 增城), unless HanLP's own place words hold it (某省海/ns 东州/nz: the cut is off, the
 * name stands); a full name (南通市, 房县) must begin a word or stand inside a word HanLP reads as a
 * name (于东/nr 阳镇/ns), not inside a common word (示范县/n holds no 范县). Its end may fall inside a
 * word: the segmenter often joins a full name to the 委 after it (南通市委). Linear in the text.
 */
final class TokenAlignment {
    private TokenAlignment() {}

    static List<PlaceMatch> keep(List<PlaceMatch> all, List<Token> tokens, int n) {
        if (tokens.isEmpty() || all.isEmpty()) return all;
        BitSet starts = new BitSet(n + 1);
        BitSet ends = new BitSet(n + 1);
        List<int[]> persons = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() < 0 || t.end() > n || t.start() >= t.end()) continue;
            starts.set(t.start());
            ends.set(t.end());
            if (t.tagStartsWith("nr")) persons.add(new int[] {t.start(), t.end()});
        }
        BitSet placeish = new BitSet(n + 1);
        BitSet nameish = new BitSet(n + 1);
        for (Token t : tokens) {
            if (t.start() < 0 || t.end() > n || t.start() >= t.end()) continue;
            if (t.tagStartsWith("ns") || t.tagStartsWith("nz")) placeish.set(t.start(), t.end());
            if (t.tagStartsWith("n") && t.tag().length() > 1 && "rstz".indexOf(t.tag().charAt(1)) >= 0) nameish.set(t.start(), t.end());
        }
        List<PlaceMatch> out = new ArrayList<>(all.size());
        int p = 0;
        for (PlaceMatch m : all) {
            int s = m.span().start();
            int e = m.span().end();
            while (p < persons.size() && persons.get(p)[1] <= s) p++;
            boolean inPerson = p < persons.size() && persons.get(p)[0] <= s && e <= persons.get(p)[1];
            boolean aligned = starts.get(s) && ends.get(e);
            // 某省海/ns 东州/nz: inside HanLP's own place words a known name stands even where the cut is off
            boolean inPlaceWords = placeish.nextClearBit(s) >= e;
            // 示范县/n: a full name begins a word, or stands inside HanLP's names (于东/nr 阳镇/ns), not in a common word
            boolean fullOk = m.isFullName() && (starts.get(s) || nameish.get(s));
            if (fullOk || (aligned || inPlaceWords) && !inPerson) out.add(m);
        }
        return out;
    }
}
