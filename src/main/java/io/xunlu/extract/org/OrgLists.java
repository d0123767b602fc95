package io.xunlu.extract.org;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.Coverage;
import io.xunlu.extract.EntityFinding;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.PhraseStart;
import io.xunlu.extract.place.Gazetteer;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Bodies named in a list (某日报、某网、某台等中央媒体; 甲、乙、丙等近30家知名企业; 某局、某办以及某镇等单位的
 * 负责人): every member of a list whose summary names bodies is one, as is every member of a list
 * most of whose members the suffix rules already read as bodies. Members are the spans between
 * 、 (and 和, 及, 以及 before the last); a member with a verb, a quantifier (各乡镇) or a figure is no
 * name. Cue words are in models/orgs/list-cues.tsv. Immutable, thread-safe.
 */
final class OrgLists {
    private static final int MAX_MEMBER = 16;
    private static final int MAX_MEMBERS = 20;
    private static final int SUMMARY_REACH = 14;
    private static final int NONE = 0;
    private static final int MOST = 1;
    private static final int SUMMARISED = 2;
    private static final int MEDIA = 3;
    private static final List<String> ZONE_ENDS = List.of("开发区", "高新区", "经开区", "新区", "园区", "示范区", "保税区", "自贸区", "片区");

    private final PhraseStart phrases;
    private final List<String> classes = new ArrayList<>();
    private final List<String> staff = new ArrayList<>();

    OrgLists(PhraseStart phrases) {
        this.phrases = phrases;
        for (String[] row : ModelFile.rows("orgs/list-cues.tsv", 2)) {
            if (row[0].equals("class")) classes.add(row[1]);
            else if (row[0].equals("staff")) staff.add(row[1]);
            else throw new IllegalStateException("orgs/list-cues.tsv: unknown kind " + row[0]);
        }
    }

    /** Members of body lists not already found; found holds the suffix rules' findings. */
    List<EntityFinding> find(String text, TokenIndex tokens, List<EntityFinding> found) {
        Coverage bodies = new Coverage();
        for (EntityFinding f : found) bodies.add(f.span());
        List<EntityFinding> out = new ArrayList<>();
        int i = text.indexOf('、');
        while (i > 0) {
            int first = phrases.startBefore(text, tokens, i, MAX_MEMBER);
            List<LocalSpan> members = new ArrayList<>();
            members.add(new LocalSpan(first, i));
            int s = i + 1;
            int end = -1;
            while (members.size() < MAX_MEMBERS) {
                int[] m = member(text, tokens, s);
                members.add(new LocalSpan(s, m[0]));
                if (m[1] < 0) {
                    end = m[0];
                    break;
                }
                s = m[1];
            }
            if (end < 0) end = members.get(members.size() - 1).end();
            int kind = bodyList(text, end, members, bodies);
            if (kind != NONE) {
                for (LocalSpan m : members) {
                    // in a list of outlets a member only partly read as a body (人民政协 in 某某政协网) is the
                    // longer name; the extractor keeps the longest of overlapping names
                    boolean free = kind == MEDIA ? !bodies.covers(m) : !bodies.overlaps(m);
                    if (nameLike(text, tokens, m, kind == MEDIA) && free && !unitOrKind(m.of(text))) {
                        out.add(new EntityFinding(m, "listed", "org.list"));
                    }
                }
            }
            i = text.indexOf('、', Math.max(end, i + 1));
        }
        return out;
    }

    /** One member from s: {its end, where the next member starts or -1 at the list's end}. */
    private int[] member(String text, TokenIndex tokens, int s) {
        int k = s;
        while (k < text.length() && k - s <= MAX_MEMBER) {
            char c = text.charAt(k);
            if (c == '、') return new int[] {k, k + 1};
            if (PhraseStart.isBoundary(c) && c != '(' && c != ')' && c != '（' && c != '）') return new int[] {k, -1};
            Token t = tokens.at(k);
            if (t != null && t.start() == k && k > s) {
                String w = t.word();
                if (w.equals("和") || w.equals("及") || w.equals("以及") || w.equals("与")) return new int[] {k, t.end()};
                String tag = t.tag();
                // a verb closes the list unless the member goes on to the next 、 (某某健康报道、…)
                boolean predicate = tag.startsWith("v") && !tag.equals("vn") && !(t.end() < text.length() && text.charAt(t.end()) == '、');
                if (w.equals("等") || w.equals("分别") || predicate || tag.startsWith("u") || tag.equals("p") || tag.equals("nnt")
                        || tag.startsWith("d") || tag.equals("ad") || tag.startsWith("t")
                        || startsWithAny(text, k, staff)) return new int[] {k, -1};
            }
            k = t != null && t.start() == k ? Math.max(k + 1, t.end()) : k + 1;
        }
        return new int[] {k, -1};
    }

    /**
     * An administrative unit or zone in the list is left to the place rules, which decide whether it
     * acts (为某区、某县等6家单位颁授… names them as places); a member holding a class word (先进单位某区)
     * is no name.
     */
    private boolean unitOrKind(String member) {
        Gazetteer g = Gazetteer.standard();
        if (g.isDivisionName(member) || !g.all(member).isEmpty()) return true;
        for (String z : ZONE_ENDS) if (member.endsWith(z)) return true;
        for (String c : classes) if (member.contains(c)) return true;
        return false;
    }

    /** SUMMARISED when the list's summary names bodies, MOST when most members already read as bodies. */
    private int bodyList(String text, int end, List<LocalSpan> members, Coverage bodies) {
        int k = end;
        if (text.startsWith("的", k)) k++;
        for (String w : staff) if (text.startsWith(w, k) || text.startsWith("主要" + w, k) || text.startsWith("相关" + w, k)) return mostBodies(members, bodies) ? MOST : NONE;
        String after = text.substring(end, Math.min(text.length(), end + SUMMARY_REACH));
        int stop = firstStop(after);
        after = after.substring(0, stop);
        boolean summarised = after.startsWith("等") || after.length() > 0 && Character.isDigit(after.charAt(0))
                || after.length() > 0 && "一二三四五六七八九十两".indexOf(after.charAt(0)) >= 0;
        if (summarised) for (String c : classes) if (after.contains(c)) return c.equals("媒体") ? MEDIA : SUMMARISED;
        return mostBodies(members, bodies) ? MOST : NONE;
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        for (String w : words) if (text.startsWith(w, at)) return true;
        return false;
    }

    private static boolean mostBodies(List<LocalSpan> members, Coverage bodies) {
        int n = 0;
        for (LocalSpan m : members) if (m.length() > 0 && bodies.overlaps(m)) n++;
        return n >= 2 && 2 * n >= members.size();
    }

    private static int firstStop(String s) {
        for (int k = 0; k < s.length(); k++) if (PhraseStart.isBoundary(s.charAt(k))) return k;
        return s.length();
    }

    /**
     * A member is a name: 2 to 16 characters, no verb, figure, post or quantifier in it, and some word
     * of it HanLP reads as a name (某某/nz 药业, 某局/nt, a firm's brand HanLP takes for a person);
     * 医院、学校 and 民政、教育 name kinds.
     */
    private static boolean nameLike(String text, TokenIndex tokens, LocalSpan m, boolean outlets) {
        if (m.length() < 2 || m.length() > MAX_MEMBER) return false;
        char first = text.charAt(m.start());
        if ("各有其相全该本这此".indexOf(first) >= 0 || Character.isDigit(first)) return false;
        boolean named = false;
        int words = 0;
        for (int k = m.start(); k < m.end(); ) {
            Token t = tokens.at(k);
            if (t == null) return false;
            String tag = t.tag();
            if (tag.startsWith("v") && !tag.equals("vn") || tag.startsWith("m") || tag.startsWith("r") || tag.equals("nnt")) return false;
            named |= tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nz") || tag.startsWith("nt") || tag.equals("j");
            k = Math.max(k + 1, t.end());
            words++;
        }
        // under a summary naming outlets (等中央媒体) any name of two words or more counts (某某网, 某某报);
        // elsewhere a member is a name only where HanLP reads one (医院、学校等单位, 危险化学品、食品加工等企业 name kinds)
        return named || outlets && words >= 2;
    }
}
