package io.xunlu.extract.place;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.Coverage;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.LocalSpan;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Places named as where something is held or what is visited, whole as the text names them: the
 * venue between 在 and the verb of the event (在某县会议中心开幕, 在某某大学某楼会议室举行), and each
 * site of a list after a verb of going (先后到某乡某村、某镇某水库、某河分洪枢纽调研) that opens with a
 * place or ends as a venue or feature does. Cue words are in models/places/site-cues.tsv.
 * Immutable, thread-safe.
 */
final class SiteLists {
    private static final int MAX_SITE = 24;
    private static final int MAX_ITEMS = 12;

    private final List<String> held = new ArrayList<>();
    private final List<String> venues = new ArrayList<>();
    private final List<String> visits = new ArrayList<>();
    private final List<String> notSites = new ArrayList<>();
    private final List<String> visitEnds = new ArrayList<>();
    private final List<String> featureHeads;

    SiteLists(List<String> featureHeads) {
        this.featureHeads = featureHeads;
        for (String[] row : ModelFile.rows("places/site-cues.tsv", 2)) {
            switch (row[0]) {
                case "held" -> held.add(row[1]);
                case "venue" -> venues.add(row[1]);
                case "visit" -> visits.add(row[1]);
                case "not-site" -> notSites.add(row[1]);
                case "visit-end" -> visitEnds.add(row[1]);
                default -> throw new IllegalStateException("places/site-cues.tsv: unknown kind " + row[0]);
            }
        }
    }

    /** Venues and visited sites of the text; placed covers the place candidates found so far. */
    List<EntityFinding> find(String text, TokenIndex tokens, Coverage placed) {
        List<EntityFinding> out = new ArrayList<>();
        for (int k = 0; k + 1 < text.length(); k++) {
            Token t = tokens.at(k);
            if (t == null || t.start() != k) continue;
            if (t.word().equals("在") && t.tag().equals("p")) {
                LocalSpan v = venueAfter(text, tokens, t.end());
                if (v != null) out.add(new EntityFinding(v, "site", "place.venue"));
            } else if (t.tag().startsWith("v") && visits.contains(t.word())) {
                sitesAfter(text, tokens, t.end(), placed, out);
            }
        }
        return out;
    }

    /** 在X举行: X when it ends as a venue does and names no work. */
    private LocalSpan venueAfter(String text, TokenIndex tokens, int s) {
        for (int i = s; i < Math.min(text.length(), s + MAX_SITE); ) {
            Token t = tokens.at(i);
            if (t == null || stop(text.charAt(i))) return null;
            if (t.start() == i && (held.contains(t.word()) || t.tag().equals("ad") && nextIsHeld(tokens, t.end()))) {
                return i - s >= 3 && endsWithAny(text, s, i, venues) && !containsAny(text, s, i, notSites) && named(text, tokens, s, i)
                        ? new LocalSpan(s, i) : null;
            }
            i = Math.max(i + 1, t.end());
        }
        return null;
    }

    /** 在县会议中心, 在某某宾馆: the venue opens with a level word or holds a name; 在政府二楼会议室 names none. */
    private static boolean named(String text, TokenIndex tokens, int s, int e) {
        if ("省市县区镇乡州".indexOf(text.charAt(s)) >= 0) return true;
        for (int k = s; k < e; ) {
            Token t = tokens.at(k);
            if (t == null) return false;
            String tag = t.tag();
            if (tag.startsWith("ns") || tag.startsWith("nz") || tag.startsWith("nt") || tag.startsWith("nr")) return true;
            k = Math.max(k + 1, t.end());
        }
        return false;
    }

    private boolean nextIsHeld(TokenIndex tokens, int i) {
        Token n = tokens.at(i);
        return n != null && n.start() == i && held.contains(n.word());
    }

    /** The items of a list after a verb of going, up to the next verb or stop. */
    private void sitesAfter(String text, TokenIndex tokens, int s, Coverage placed, List<EntityFinding> out) {
        int itemStart = s;
        int i = s;
        for (int items = 0; items < MAX_ITEMS && i < text.length(); ) {
            char c = text.charAt(i);
            Token t = tokens.at(i);
            boolean sep = c == '、' || t != null && t.start() == i && (t.word().equals("及") || t.word().equals("和") || t.word().equals("以及"));
            // a verb of two characters or more ends the list (立/v 垡 险工 is a name HanLP cut up)
            boolean end = stop(c) || t == null || t.start() == i && i > itemStart
                    && (isVerb(t) || visitEnds.contains(t.word()));
            if (sep || end) {
                addSite(text, tokens, itemStart, i, placed, out);
                if (end) return;
                i = t != null && t.start() == i && c != '、' ? t.end() : i + 1;
                itemStart = i;
                items++;
                continue;
            }
            if (i - itemStart > MAX_SITE) return;
            i = t.start() == i ? Math.max(i + 1, t.end()) : i + 1;
        }
    }

    private void addSite(String text, TokenIndex tokens, int s, int e, Coverage placed, List<EntityFinding> out) {
        String item = text.substring(s, e);
        if (e - s < 3 || e - s > MAX_SITE || containsAny(text, s, e, notSites) || item.indexOf('的') >= 0
                || item.chars().anyMatch(Character::isDigit)) return;
        for (int k = s; k < e; ) {
            Token t = tokens.at(k);
            if (t == null) return;
            if (isVerb(t)) return; // 位于某镇的…: a clause, not a name
            k = Math.max(k + 1, t.end());
        }
        boolean opensWithPlace = placed.covers(new LocalSpan(s, s + 2));
        if (opensWithPlace || endsWithAny(text, s, e, venues) || endsWithAny(text, s, e, featureHeads)) {
            out.add(new EntityFinding(new LocalSpan(s, e), "site", "place.site"));
        }
    }

    private static boolean isVerb(Token t) {
        return t.tag().startsWith("v") && !t.tag().equals("vn") && t.end() - t.start() >= 2;
    }

    private static boolean stop(char c) {
        return c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '\n' || c == '：' || c == ':' || c == '“' || c == '”'
                || c == '!' || c == '！' || c == '?' || c == '？';
    }

    private static boolean endsWithAny(String text, int s, int e, List<String> words) {
        for (String w : words) if (e - s > w.length() && text.startsWith(w, e - w.length())) return true;
        return false;
    }

    private static boolean containsAny(String text, int s, int e, List<String> words) {
        String span = text.substring(s, e);
        for (String w : words) if (span.contains(w)) return true;
        return false;
    }
}
