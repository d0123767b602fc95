package io.xunlu.fuzz;

import io.xunlu.ArticleExtractor;
import io.xunlu.Xunlu;
import io.xunlu.analysis.HanLPAnalyzer;
import io.xunlu.ingest.InputDoc;
import io.xunlu.ingest.MatchFolding;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random soup of news pieces (posts, bodies, names, figures, units, brackets, list marks) with
 * supplementary-plane characters and emoji between them, from a fixed seed: the properties of
 * the fuzz targets on text that reaches the rules at once, where coverage-guided fuzzing needs
 * many executions to assemble a title or an amount. It found the prefix window that cut a
 * surrogate pair in seconds.
 */
class NewsSoupTest {
    private static final String[] PIECES = {
        "\uD844\uDCBC", "\uD840\uDC0B", "\uD83D\uDE00", "市", "县", "区", "委", "党委", "发展", "改革", "局", "王", "李", "明",
        "人民", "政府", "江苏", "东山", "公司", "集团", "科技", "有限公司", "a", "1", "８", "3.5", "万", "亿元", "吨", "%",
        "建设", "项目", "工程", "书记", "副市长", "主任", "常务", "印发", "《", "》", "《通知》", "、", "，", "。", "（", "）",
        "的", "在", "为", "记者", "本报讯", "\n", "年", "月", "日", "支", "个", "其中", "约", "以上", "第"};
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 15);

    @Test
    void spansStayWholeAndInsideOnRandomNewsSoup() {
        ArticleExtractor extractor = new ArticleExtractor(HanLPAnalyzer.get());
        Xunlu engine = Xunlu.withMaxChars(100_000);
        Random random = new Random(20261128);
        for (int n = 0; n < 1500; n++) {
            StringBuilder b = new StringBuilder();
            int len = 5 + random.nextInt(60);
            for (int i = 0; i < len; i++) b.append(PIECES[random.nextInt(PIECES.length)]);
            String raw = b.toString();
            String text = MatchFolding.fold(raw).text();
            SpanCheck.assertSpansInside(text, extractor.extract(text, PUBLISHED));
            if (n % 10 == 0) DocumentCheck.extractAndCheck(engine, InputDoc.ofText("soup.txt", raw, PUBLISHED));
        }
    }
}
