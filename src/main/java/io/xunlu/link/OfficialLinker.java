package io.xunlu.link;

import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.name.NameRecognizer;
import io.xunlu.extract.official.OfficialFinding;
import io.xunlu.extract.official.Title;
import io.xunlu.models.ModelFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One official across an article: merges the introductions of the same name, keeps each title
 * once in text order, and adds every later mention of the name (王晖指出) and surname + post
 * anaphors (张市长, 王书记) when exactly one official fits them.
 */
public final class OfficialLinker {
    private final NameRecognizer names;
    private final List<String> anaphorPosts;

    public OfficialLinker(NameRecognizer names) {
        this.names = names;
        anaphorPosts = ModelFile.lines("titles/anaphor-posts.txt").stream().map(String::strip).toList();
    }

    public List<LinkedOfficial> link(String text, List<OfficialFinding> findings) {
        Map<String, List<OfficialFinding>> byName = new LinkedHashMap<>();
        for (OfficialFinding f : findings) byName.computeIfAbsent(f.name().of(text), k -> new ArrayList<>()).add(f);
        List<LinkedOfficial> out = new ArrayList<>();
        Map<String, List<Integer>> anaphorOwners = new HashMap<>();
        for (Map.Entry<String, List<OfficialFinding>> e : byName.entrySet()) {
            String name = e.getKey();
            List<LocalSpan> titles = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (OfficialFinding f : e.getValue()) {
                for (Title title : f.titles()) {
                    LocalSpan t = title.span();
                    String s = t.of(text);
                    if (!seen.contains(s)) {
                        seen.add(s);
                        titles.add(t);
                    }
                }
            }
            titles.sort(Comparator.comparingInt(LocalSpan::start));
            List<RuledSpan> mentions = new ArrayList<>();
            // a set of the introductions: a name introduced at every one of its mentions would be quadratic
            Set<LocalSpan> intros = new HashSet<>();
            for (OfficialFinding f : e.getValue()) intros.add(f.name());
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                LocalSpan m = new LocalSpan(i, i + name.length());
                boolean intro = intros.contains(m);
                mentions.add(new RuledSpan(m, intro ? "official.title+name" : "official.name"));
            }
            out.add(new LinkedOfficial(name, List.copyOf(titles), mentions));
            int sur = names.surnameAt(name, 0);
            if (sur > 0) {
                for (String post : seen) {
                    String head = headOf(post);
                    if (head != null) anaphorOwners.computeIfAbsent(name.substring(0, sur) + head, k -> new ArrayList<>()).add(out.size() - 1);
                }
            }
        }
        for (Map.Entry<String, List<Integer>> e : anaphorOwners.entrySet()) {
            List<Integer> owners = e.getValue().stream().distinct().toList();
            if (owners.size() != 1) continue; // two officials fit: leave it unresolved
            LinkedOfficial o = out.get(owners.get(0));
            String form = e.getKey();
            List<RuledSpan> mentions = new ArrayList<>(o.mentions());
            for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length())) {
                if (text.startsWith(o.name(), i)) continue;
                mentions.add(new RuledSpan(new LocalSpan(i, i + form.length()), "official.surname+post"));
            }
            mentions.sort(Comparator.comparingInt(r -> r.span().start()));
            out.set(owners.get(0), new LinkedOfficial(o.name(), o.titles(), List.copyOf(mentions)));
        }
        return out;
    }

    /** The post an anaphor uses: 市长 of 常务副市长 is not it (陆市长 means the mayor), 书记 of 市委书记 is. */
    String headOf(String title) {
        for (String h : anaphorPosts) {
            if (title.endsWith(h)) {
                if (title.endsWith("副" + h) || title.endsWith("副" + h.substring(h.length() - 1))) return null;
                return h;
            }
        }
        return null;
    }
}
