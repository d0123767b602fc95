package io.xunlu.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The one class that touches HanLP. It owns HanLP's static configuration, builds one Viterbi
 * segmenter with person, place, organization and number recognition, and shares it: a shared
 * Viterbi instance gives identical results on many threads (measured, see HANLP-NOTES).
 *
 * <p>Text is segmented one sentence at a time: HanLP's role tagging degrades when a chunk starts
 * with newlines or runs over paragraphs (周德明 becomes 周/德明 after "\n\n").
 */
public final class HanLPAnalyzer {
    public static final String VERSION = "portable-1.8.6";
    private static final int MAX_CHUNK = 400;

    private static volatile HanLPAnalyzer instance;

    private final Segment segment;
    private final Segment plain;

    private HanLPAnalyzer() {
        HanLP.Config.ShowTermNature = true;
        HanLP.Config.enableDebug(false);
        segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableNumberQuantifierRecognize(true)
                .enableCustomDictionary(true)
                .enableOffset(true);
        plain = HanLP.newSegment().enableOffset(true);
    }

    /** The shared analyzer; loads HanLP's dictionaries on first use (about half a second). */
    public static HanLPAnalyzer get() {
        HanLPAnalyzer a = instance;
        if (a == null) {
            synchronized (HanLPAnalyzer.class) {
                a = instance;
                if (a == null) instance = a = new HanLPAnalyzer();
            }
        }
        return a;
    }

    /**
     * True when HanLP's core dictionary knows the word mainly as a verb (发行, 组建), not a verbal
     * noun (投资, 管理): such a word ends a name, while a guessed verb (驰电 in a firm name) does not.
     */
    public static boolean isDictionaryVerb(String word) {
        if (word.length() < 2) return false; // single characters (驱, 管) are too often parts of names
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null || a.nature.length == 0) return false;
        int best = 0;
        for (int i = 1; i < a.nature.length; i++) if (a.frequency[i] > a.frequency[best]) best = i;
        String tag = a.nature[best].toString();
        return tag.startsWith("v") && !tag.equals("vn");
    }

    /** True when HanLP's core dictionary holds the word (指挥部, 主席台, 书记员). */
    public static boolean isDictionaryWord(String word) {
        return CoreDictionary.get(word) != null;
    }

    /**
     * Loads what HanLP loads lazily on the first sentence (core and bigram dictionaries, the person,
     * place and organization role tables): a one-shot command calls it on a second thread while it
     * loads our own models, so the two loads overlap.
     */
    public void warmUp() {
        analyze("张伟说，东山县人民政府和远达科技有限公司今年投资三亿元。");
    }

    /** Tokens with recognition on, offsets into text. */
    public List<Token> analyze(String text) { return run(segment, text); }

    /** Dictionary segmentation only, for the baseline and the benchmark. */
    public List<Token> segmentOnly(String text) { return run(plain, text); }

    private static List<Token> run(Segment seg, String text) {
        List<Token> out = new ArrayList<>(text.length() / 2 + 1);
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isBreak(text.charAt(i))) i++;
            if (i >= n) break;
            int j = i;
            // the scan stops at the hard chunk limit: on a text without breaks, scanning on to its end for every chunk is quadratic
            while (j < n && j - i < MAX_CHUNK * 4 && !isBreak(text.charAt(j)) && !(j - i >= MAX_CHUNK && isSoftBreak(text.charAt(j)))) {
                j++;
                if (isSentenceEnd(text.charAt(j - 1))) break;
            }
            if (j - i > MAX_CHUNK * 4) j = i + MAX_CHUNK * 4; // no breaks at all: hostile input
            if (j < n && Character.isLowSurrogate(text.charAt(j)) && j > i + 1) j--;
            String chunk = text.substring(i, j);
            List<Term> terms = seg.seg(chunk);
            for (Term t : terms) {
                String tag = t.nature == null ? "x" : t.nature.toString();
                int s = i + t.offset;
                int e = Math.min(s + t.word.length(), j);
                if (s < e) out.add(new Token(shared(t.word), tag, s, e));
            }
            i = j;
        }
        return out;
    }

    /**
     * One String per single-character word (，、的 are a third of a page's tokens), so the token
     * list of a long text keeps one copy of each instead of one per occurrence. A racy cache is
     * safe: Strings are immutable and any copy is equal.
     */
    private static final String[] SINGLE_CHAR_WORDS = new String[Character.MAX_VALUE + 1];

    private static String shared(String word) {
        if (word.length() != 1) return word;
        char c = word.charAt(0);
        String s = SINGLE_CHAR_WORDS[c];
        if (s == null) SINGLE_CHAR_WORDS[c] = s = word;
        return s;
    }

    private static boolean isBreak(char c) { return c == '\n' || c == '\r'; }

    private static boolean isSentenceEnd(char c) { return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == ';' || c == '；'; }

    private static boolean isSoftBreak(char c) { return c == ',' || c == '，' || c == '、' || c == ' '; }
}
