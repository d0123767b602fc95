package io.xunlu.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchTest {

    @ParameterizedTest
    @CsvSource({
            "泰州市委书记, 市委书记, true",
            "市委书记, 泰州市委书记, true",
            "市长, 市长, true",
            "常务副市长, 副市长, true",
            "副市长, 市长, false",
            "市委副书记, 书记, false",
            "市长, 县长, false",
            "'', 市长, false"})
    void titlesMatchBySuffixButNotAcrossDeputy(String a, String b, boolean agree) {
        assertEquals(agree, Match.titlesAgree(a, b));
    }

    @ParameterizedTest
    @CsvSource({
            "8000000000, 8000000000.0, true",
            "8000000000, 8000000001, true",
            "8000000000, 8000000100, false",
            "0, 0, true",
            "0, 0.0000000001, false",
            "13.4, 13.400000000001, true",
            "-5, 5, false"})
    void numbersMatchWithinRelativeErrorOneInABillion(String a, String b, boolean same) {
        assertEquals(same, Match.sameNumber(new BigDecimal(a), new BigDecimal(b)));
    }

    @Test
    void projectNamesMatchByContainmentWithinTwoCodePoints() {
        Item gold = Item.named("𠮷瑞新能源储能电池项目", Map.of(), "");
        assertTrue(Match.NEAR_NAME.matches(gold, Item.named("𠮷瑞新能源储能电池", Map.of(), "")));
        assertFalse(Match.NEAR_NAME.matches(gold, Item.named("新能源储能电池", Map.of(), "")));
        assertFalse(Match.NEAR_NAME.matches(gold, Item.named("", Map.of(), "")));
    }

    @ParameterizedTest
    @CsvSource({
            "'５Ｇ基站１２３６个', '5G基站1236个'",
            "'锂创科技（宜宾）有限公司', '锂创科技(宜宾)有限公司'",
            "'　市长　 王晖 ', '市长 王晖'",
            "'𠮷明华', '𠮷明华'"})
    void foldsFullWidthFormsAndWhitespace(String raw, String folded) {
        assertEquals(folded, TextFold.fold(raw));
    }

    @Test
    void headlineSimilarityIsDiceOverBigrams() {
        assertEquals(1.0, ArticleAligner.similarity("全市项目开工", "全市项目开工"));
        assertEquals(0.0, ArticleAligner.similarity("", "全市项目开工"));
        assertTrue(ArticleAligner.similarity("全市二季度重大项目集中开工活动举行", "全市二季度重大项目集中开工") > 0.5);
        assertTrue(ArticleAligner.similarity("全市二季度重大项目集中开工活动举行", "前5月我市外贸进出口增长13.4%") < 0.2);
    }
}
