package io.xunlu.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.extract.LocalSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages written for these tests: items, titles, datelines, credits, repaired lines. */
class PageLayoutTest {
    static final PageLayout LAYOUT = new PageLayout();

    static String headline(String text, LayoutItem item) {
        StringBuilder sb = new StringBuilder();
        for (LocalSpan s : item.headlineLines()) sb.append(s.of(text));
        return sb.toString();
    }

    static List<String> credits(String text, LayoutItem item) {
        return item.bylines().stream().map(c -> c.role() + ":" + c.name().of(text)).toList();
    }

    @Test
    void pageWithHeaderKickerDeckPhotoAndBrief() {
        String page = """
                2024年3月6日 星期三  第3版  要闻  责任编辑:吴某

                ■要闻

                奋力夺取首季开门红

                宁阳县春季重大项目集中开工

                16个项目总投资82.5亿元

                本报讯（记者 田野 通讯员 高山）3月5日，宁阳县春季重大项目集中开工。县委书记陈志远宣布开工。

                项目总投资82.5亿元，其中产业项目11个。

                3月5日，工人在施工现场作业。记者田野 摄

                **县图书馆新馆开放** 本报讯 昨日，县图书馆新馆正式开放，藏书20万册。（记者 高原）
                """;
        var r = LAYOUT.split(page);
        assertEquals(3, r.items().size());
        LayoutItem a = r.items().get(0);
        assertEquals("article", a.kind());
        assertEquals("宁阳县春季重大项目集中开工", headline(page, a));
        assertEquals(List.of("奋力夺取首季开门红", "16个项目总投资82.5亿元"), a.subheadlines().stream().map(s -> s.of(page)).toList());
        assertEquals("本报讯", a.dateline().of(page));
        assertEquals(List.of("记者:田野", "通讯员:高山"), credits(page, a));
        LayoutItem photo = r.items().get(1);
        assertEquals("photo", photo.kind());
        assertEquals(List.of("摄影:田野"), credits(page, photo));
        LayoutItem brief = r.items().get(2);
        assertEquals("brief", brief.kind());
        assertEquals("县图书馆新馆开放", headline(page, brief));
        assertEquals(List.of("记者:高原"), credits(page, brief));
    }

    @Test
    void columnBreaksAreJoinedWithWarnings() {
        String page = """
                全县新开工项目集中签约

                本报讯 今年以来，全县累计签约项目26个，总投资18.

                6亿元，其中县委常委、常务副县

                长周波牵头的项目9个。记者马兰
                """;
        var r = LAYOUT.split(page);
        assertEquals(1, r.items().size());
        LayoutItem a = r.items().get(0);
        assertEquals(1, a.paragraphs().size(), "one paragraph, repaired");
        assertEquals(2, r.warnings().size());
        assertTrue(r.warnings().stream().allMatch(w -> w.code().equals("layout.joined_line")));
        assertEquals(List.of("记者:马兰"), credits(page, a));
    }

    @Test
    void headlineOverTwoShortLinesIsOneHeadline() {
        String page = "城东片区污水管网  \n改造工程完工\n\n本报讯 昨天，城东片区污水管网改造工程完工。记者韩梅\n";
        var r = LAYOUT.split(page);
        assertEquals("城东片区污水管网改造工程完工", headline(page, r.items().get(0)));
    }

    @Test
    void indexAndAdvertisingPagesHaveNoItems() {
        String page = """
                今日导读

                全市一季度经济运行平稳 …… A2

                【招聘】

                某公司诚聘司机2名，月薪6000元。联系电话:0000-0000000
                """;
        assertEquals(0, LAYOUT.split(page).items().size());
    }

    @Test
    void wireDatelineAndCommentary() {
        String page = """
                ■短评

                实干方能出实绩

                项目建设贵在落实。各地要把任务细化到周、责任压实到人。

                本报评论员

                全国春播进度过半

                新华社北京4月10日电（记者 林风）记者10日从农业农村部获悉，全国春播粮食进度过半。
                """;
        var r = LAYOUT.split(page);
        assertEquals(2, r.items().size());
        assertEquals("实干方能出实绩", headline(page, r.items().get(0)));
        assertTrue(r.items().get(0).bylines().isEmpty());
        assertEquals("新华社北京4月10日电", r.items().get(1).dateline().of(page));
        assertNull(null);
    }

    @Test
    void surrogatePairsAndFullWidthDoNotBreakLines() {
        String page = "市长李𡈼调研１２个项目\n\n本报讯 昨天，市长李𡈼调研１２个项目。记者王𠀋\n";
        var r = LAYOUT.split(page);
        assertEquals(1, r.items().size());
        assertEquals(List.of("记者:王𠀋"), credits(page, r.items().get(0)));
    }

    @Test
    void hostileInputFinishes() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300_000; i++) sb.append("**标题** 本\n");
        for (int i = 0; i < 200_000; i++) sb.append('、');
        sb.append("\n".repeat(200_000));
        LAYOUT.split(sb.toString()); // linear scanners: must finish
    }
    @Test
    void aHeadlineAloneIsAnItemWithAWarning() {
        String page = "某县举行春季重大项目集中开工仪式";
        var r = LAYOUT.split(page);
        assertEquals(1, r.items().size());
        assertEquals(page, headline(page, r.items().get(0)));
        assertEquals(List.of("layout.guessed_item"), r.warnings().stream().map(LayoutWarning::code).toList());
    }

    @Test
    void aLeadWithoutItsFinalStopIsAnItem() {
        String page = "副县长李某出席仪式并宣布8个项目开工";
        var r = LAYOUT.split(page);
        assertEquals(1, r.items().size());
        LayoutItem item = r.items().get(0);
        assertEquals(page, headline(page, item) + item.paragraphs().stream().flatMap(List::stream).map(s -> s.of(page)).reduce("", String::concat));
        assertEquals(1, r.warnings().size());
    }

    @Test
    void aHeadlineOverAFullSentenceNeedsNoGuess() {
        String page = "某县召开安全生产会议\n\n3月2日，某县召开安全生产会议。";
        var r = LAYOUT.split(page);
        assertEquals(1, r.items().size());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void manyLinesWithoutASentenceStayWithoutItems() {
        String page = "今日导读\n\n某某会议召开\n\n某某行动启动\n\n城区新增停车泊位\n\n冬季供暖热线开通";
        assertTrue(LAYOUT.split(page).items().isEmpty());
    }
}
