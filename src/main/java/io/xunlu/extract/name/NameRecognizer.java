package io.xunlu.extract.name;

import io.xunlu.analysis.Token;
import io.xunlu.analysis.TokenIndex;
import io.xunlu.extract.LocalSpan;
import io.xunlu.extract.PhraseStart;
import io.xunlu.models.ModelFile;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a personal name standing at a given place, where the context (a title just before it, a
 * list of names) says a name should be there. HanLP alone misses many names (周德明 may come out as
 * 周德 + 明), so the name is anchored on a surname and its end found where a follower word (a verb
 * of speech or action, a particle, punctuation) begins: 周德明参加 → 周德明.
 */
public final class NameRecognizer {
    private static final int MAX_DOTTED = 16;
    private static final int MAX_PLAIN = 6;

    private final Set<String> singleSurnames = new HashSet<>();
    private final Set<String> compoundSurnames = new HashSet<>();
    private final Set<String> followers;
    private final List<String> honorifics;
    private final int maxFollower;

    public NameRecognizer() {
        for (String s : ModelFile.lines("names/surnames.txt")) {
            String t = s.strip();
            if (t.codePointCount(0, t.length()) == 1) singleSurnames.add(t);
            else compoundSurnames.add(t);
        }
        honorifics = ModelFile.lines("names/honorifics.txt").stream().map(String::strip).toList();
        Set<String> f = new HashSet<>(ModelFile.lines("names/followers.txt").stream().map(String::strip).toList());
        f.addAll(honorifics);
        followers = Set.copyOf(f);
        maxFollower = followers.stream().mapToInt(String::length).max().orElse(1);
    }

    public boolean isSurname(String s) { return singleSurnames.contains(s) || compoundSurnames.contains(s); }

    /** Length of the surname at i (1 or 2 chars, or a compound), 0 when none. */
    public int surnameAt(CharSequence text, int i) {
        if (i + 2 <= text.length() && compoundSurnames.contains(text.subSequence(i, i + 2).toString())) return 2;
        if (i < text.length()) {
            int cp = Character.codePointAt(text, i);
            String one = new String(Character.toChars(cp));
            if (singleSurnames.contains(one)) return one.length();
        }
        return 0;
    }

    /**
     * The name starting at pos, when one stands there. With a title just before (titleContext),
     * a name without a known surname is still taken if a follower closes it (阿古拉介绍).
     */
    public Optional<LocalSpan> nameAt(String text, int pos, TokenIndex tokens, boolean titleContext) {
        if (pos >= text.length() || !isNameChar(text, pos) || startsFollower(text, pos)) return Optional.empty();
        Token t = tokens.at(pos);
        Optional<LocalSpan> dotted = dottedName(text, pos, tokens);
        if (dotted.isPresent()) return dotted;
        int sur = surnameAt(text, pos);
        if (sur > 0 && startsAny(honorifics, text, pos + sur)) return Optional.empty(); // 张女士, 李大爷: no name
        if (titleContext) {
            Optional<LocalSpan> listed = listedName(text, pos, tokens);
            if (listed.isPresent()) return listed;
        }
        if (sur == 0 && t != null && t.start() == pos && isFunctionWord(t)) return Optional.empty();
        // 市领导赴灌云: a one-character follower read as a word of its own opens no surname-less name
        if (sur == 0 && t != null && t.start() == pos && t.end() == pos + 1 && startsFollowerWord(text, pos)) return Optional.empty();
        if (NameEvidence.opensWithFunctionWord(tokens, pos)) return Optional.empty();
        boolean compound = sur == 2 && !Character.isHighSurrogate(text.charAt(pos));
        if (sur > 0) {
            Optional<LocalSpan> n = surnamed(text, pos, sur, compound, tokens, titleContext);
            if (n.isPresent()) return n;
        }
        if ((titleContext || sur > 0) && !(sur == 0 && isCommonWord(t, pos))) {
            // 斯琴图雅, 牧晓岚: longer or surname-less names that a follower still closes, made of name-like pieces
            for (int len = sur > 0 ? 4 : 2; len <= MAX_PLAIN; len++) {
                int end = advance(text, pos, len);
                if (end < 0) break;
                // a long or surname-less name holds a piece HanLP tags as a person (孟和/nr 巴雅尔/nr), or only
                // pieces HanLP could make no word of (达/v 瓦/n 才/d 让/v, 斯/b 琴/n 图/n 雅/ag); not 履/vg 职/ng 方面/n.
                // Without a title before it, only person pieces make one (协会会长孟和巴雅尔先生).
                boolean person = titleContext
                        ? NameEvidence.holdsPersonToken(tokens, pos, end) || NameEvidence.noOrdinaryWord(tokens, pos, end)
                        : NameEvidence.allPersonTokens(tokens, pos, end);
                if (person && isFollowerAt(text, end) && !containsFollower(text, pos + 1, end)
                        && NameEvidence.allNameLike(text, tokens, pos, end)) return Optional.of(new LocalSpan(pos, end));
            }
        }
        if (t != null && t.start() == pos && t.tag().startsWith("nr") && t.end() - t.start() >= 2 && t.end() - t.start() <= 4) {
            return Optional.of(new LocalSpan(t.start(), t.end()));
        }
        if (sur > 0) {
            // no follower: take the usual three characters where HanLP sees a word boundary there
            for (int len : compound ? new int[] {4, 3} : new int[] {3, 2}) {
                int end = advance(text, pos, len);
                if (end > 0 && (tokens.startsAt(end) || end == text.length()) && plausible(tokens, pos, end, titleContext)) {
                    return Optional.of(new LocalSpan(pos, end));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A surname and one or two characters. 王啸说 → 王啸 (说 is a follower HanLP reads as a word of
     * its own), but 李广同、 stays whole (a list mark, not a verb, follows it); 王中和任组长 → 王中和
     * (和 is inside HanLP's name); 马青林应邀 → 马青林 (a verb begins after it); 黄曼汇报 → 黄曼
     * (黄曼汇 would cut 汇报 in two); 车俊兼任 → 车俊 (HanLP's person token, then a verb of two
     * characters, though 任 is a follower).
     */
    private Optional<LocalSpan> surnamed(String text, int pos, int sur, boolean compound, TokenIndex tokens, boolean titleContext) {
        int shortEnd = advance(text, pos, compound ? 3 : 2);
        int longEnd = advance(text, pos, compound ? 4 : 3);
        boolean listedLong = longEnd > 0 && longEnd < text.length() && text.charAt(longEnd) == '、';
        if (shortEnd > 0 && !listedLong && tokens.startsAt(shortEnd)
                && (startsFollowerWord(text, shortEnd) || NameEvidence.personClosedByVerb(tokens, pos, shortEnd))
                && !NameEvidence.cutsWord(text, tokens, shortEnd) && plausible(tokens, pos, shortEnd, titleContext)) {
            return Optional.of(new LocalSpan(pos, shortEnd));
        }
        for (int end : new int[] {longEnd, shortEnd}) {
            boolean follower = end > 0 && isFollowerAt(text, end);
            // 方志/n 远在/v: HanLP glued the name's last character to the follower 在; the follower still ends it
            if (end > 0 && (follower || NameEvidence.sentenceWordAt(tokens, end))
                    && !containsFollower(text, pos + sur, end) && (follower || !NameEvidence.cutsWord(text, tokens, end))
                    && plausible(tokens, pos, end, titleContext)) {
                return Optional.of(new LocalSpan(pos, end));
            }
        }
        return Optional.empty();
    }

    /**
     * Outside a title's context a candidate that HanLP reads as one word other than a person (干部,
     * 安装, 原作者/nz) is that word, not a name (a given name alone may well be a word: 高/雄厚); after
     * a title the title vouches for it,
     * unless HanLP reads it as one verb or function word (应邀, 关于).
     */
    private static boolean plausible(TokenIndex tokens, int pos, int end, boolean titleContext) {
        if (NameEvidence.holdsParticle(tokens, pos, end)) return false; // 农户安装的, 干部和: a particle or conjunction
        if (titleContext) return !NameEvidence.isOneSentenceWord(tokens, pos, end); // 县级领导应邀出席: 应邀 is a verb
        return !NameEvidence.isOneNonPersonWord(tokens, pos, end);
    }

    /**
     * After a title, a surname and up to five more name characters closed by the list mark 、 are a
     * name whatever HanLP makes of them (旗领导阿拉腾宝力格、…): a list of names is what the title opens.
     */
    private Optional<LocalSpan> listedName(String text, int pos, TokenIndex tokens) {
        Token t = tokens.at(pos);
        boolean person = surnameAt(text, pos) > 0 || (t != null && t.start() == pos && t.tag().startsWith("nr"));
        if (!person) return Optional.empty();
        for (int len = 2; len <= MAX_PLAIN; len++) {
            int end = advance(text, pos, len);
            if (end < 0 || end >= text.length()) return Optional.empty();
            if (text.charAt(end) == '、') {
                // 市长热线、: a word, not a name; 顾祥悦等市、: 等 closes a list, it is in no name
                boolean word = NameEvidence.isOneOrdinaryWord(tokens, pos, end) || NameEvidence.holdsLinkWord(tokens, pos, end)
                        || text.substring(pos, end).indexOf('等') >= 0;
                return containsFollower(text, pos + 1, end) || word ? Optional.empty() : Optional.of(new LocalSpan(pos, end));
            }
        }
        return Optional.empty();
    }

    private static boolean startsAny(List<String> words, String text, int i) {
        for (String w : words) if (text.startsWith(w, i)) return true;
        return false;
    }

    /** A follower word (one character or more) starts at i: 说, 在, 主持. */
    public boolean startsFollowerWord(String text, int i) {
        for (int n = Math.min(maxFollower, text.length() - i); n >= 1; n--) {
            if (followers.contains(text.substring(i, i + n))) return true;
        }
        return false;
    }

    /**
     * A name of two to four characters ending at end that opens a list or a clause: right after list
     * punctuation, a boundary, or a verb, preposition or particle (授予|许某等, 关于|李某同志).
     */
    public Optional<LocalSpan> nameEndingAt(String text, TokenIndex tokens, int end) {
        return nameEndingAt(text, tokens, end, false);
    }

    /**
     * As {@link #nameEndingAt(String, TokenIndex, int)}; with titleContext the names are a list a
     * title goes to (A、B等县领导), which vouches for them as a title after it would (孟某/ns).
     */
    public Optional<LocalSpan> nameEndingAt(String text, TokenIndex tokens, int end, boolean titleContext) {
        for (int len = 2; len <= 4; len++) {
            int s = end - len;
            if (s < 0) break;
            if (!(s == 0 || PhraseStart.isBoundary(text.charAt(s - 1)) || afterSentenceWord(tokens, s))) continue;
            if (surnameAt(text, s) == 0) continue;
            Optional<LocalSpan> n = nameAt(text, s, tokens, titleContext);
            if (n.isPresent() && n.get().end() == end) return n;
        }
        return Optional.empty();
    }

    private static boolean afterSentenceWord(TokenIndex tokens, int s) {
        Token t = tokens.at(s - 1);
        if (t == null || t.end() != s) return false;
        String tag = t.tag();
        return tag.startsWith("v") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u");
    }

    /** HanLP knows the word at pos as an ordinary word (职务, 建议, 表示), not a name. */
    private static boolean isCommonWord(Token t, int pos) {
        if (t == null || t.start() != pos || t.end() - t.start() < 2) return false;
        String tag = t.tag();
        // an organization token is HanLP swallowing neighbours (郦春明的市生态环境局/nt), not a word of its own;
        // a place token is often a name HanLP misreads (巴音/ns, 洛桑/ns)
        return !tag.startsWith("nr") && !tag.startsWith("nz") && !tag.startsWith("nx") && !tag.equals("x") && !tag.startsWith("nt")
                && !tag.startsWith("ns");
    }

    private static boolean isFunctionWord(Token t) {
        String tag = t.tag();
        return tag.startsWith("c") || tag.startsWith("p") || tag.startsWith("u") || tag.startsWith("r") || tag.startsWith("d");
    }

    private boolean startsFollower(String text, int pos) {
        for (int n = Math.min(maxFollower, text.length() - pos); n >= 2; n--) {
            if (followers.contains(text.substring(pos, pos + n))) return true;
        }
        return false;
    }

    private boolean containsFollower(String text, int from, int end) {
        for (int i = from; i < end; i++) if (startsFollower(text, i)) return true;
        return false;
    }

    /**
     * 阿不都热合曼·买买提: names joined by a middle dot. The part after the dot ends where a word of
     * the sentence begins: a follower of two or more characters, a verb or other sentence word of
     * two or more that HanLP reads there (托乎提|接受记者采访), or a one-character follower that
     * HanLP reads as a word of its own with no name piece after it (…亚力|等领导, but 艾|则|孜 goes on).
     */
    private Optional<LocalSpan> dottedName(String text, int pos, TokenIndex tokens) {
        int j = pos;
        boolean dot = false;
        while (j < text.length() && j - pos <= MAX_DOTTED && (isNameChar(text, j) || isDot(text.charAt(j)))) {
            if (isDot(text.charAt(j))) {
                if (j == pos || dot) break;
                dot = true;
            }
            j++;
        }
        if (!dot || isDot(text.charAt(j - 1))) return Optional.empty();
        int dotAt = pos;
        while (!isDot(text.charAt(dotAt))) dotAt++;
        for (int end = dotAt + 2; end <= j; end++) {
            if (endsDottedPart(text, tokens, end)) return Optional.of(new LocalSpan(pos, end));
        }
        return Optional.empty();
    }

    private boolean endsDottedPart(String text, TokenIndex tokens, int end) {
        if (end >= text.length() || !isNameChar(text, end)) return true;
        Token t = tokens.at(end);
        boolean opensToken = t != null && t.start() == end;
        // 买买提/nz 出席: a follower (提出) that starts inside a name token HanLP made does not end the name
        if (startsFollower(text, end)) return opensToken || t == null || !NameEvidence.nameTag(t);
        // 依/v 明说/v: a one-character follower that closes a verb HanLP glued it into ends the name before it
        if (!opensToken) return t != null && t.end() == end + 1 && t.tag().startsWith("v") && startsFollowerWord(text, end);
        // 托乎提|接受: a sentence word of its own; but not 提出 or 明说 where a follower (出席, 说) starts
        // inside it: HanLP took the name's last character into the verb
        if (t.end() - t.start() >= 2) {
            if (!NameEvidence.sentenceWordAt(tokens, end) || NameEvidence.nameTag(t)) return false;
            for (int k = end + 1; k < t.end(); k++) if (startsFollowerWord(text, k)) return false;
            return true;
        }
        if (!startsFollowerWord(text, end)) return false;
        Token next = tokens.at(t.end());
        return next == null || next.start() != t.end() || next.end() - next.start() >= 2 || !isNameChar(text, next.start());
    }

    private static boolean isDot(char c) { return c == '·' || c == '•' || c == '・'; }

    /** Index after len code points of name characters from pos, or -1. */
    private static int advance(String text, int pos, int len) {
        int i = pos;
        for (int k = 0; k < len; k++) {
            if (i >= text.length() || !isNameChar(text, i)) return -1;
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** A name ends here: end of text, punctuation, a space, or a follower word. */
    public boolean isFollowerAt(String text, int i) {
        if (i >= text.length()) return true;
        char c = text.charAt(i);
        if (!isNameChar(text, i)) return true;
        for (int n = Math.min(maxFollower, text.length() - i); n >= 1; n--) {
            if (followers.contains(text.substring(i, i + n))) return true;
        }
        return false;
    }

    public static boolean isNameChar(String text, int i) {
        int cp = text.codePointAt(i);
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x3134F)
                || (cp >= 0xF900 && cp <= 0xFAFF);
    }

}
