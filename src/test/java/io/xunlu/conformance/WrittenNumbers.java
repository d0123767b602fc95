package io.xunlu.conformance;

import io.xunlu.extract.number.ChineseNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of an ITN oracle's written side, in order: 1,199,000, 100万1111, -3.14, 1/2, and the
 * two ends of WeTextProcessing's ranges (3~5万 → 30000, 50000; 15-6 → 15, 16; 730-40 → 730, 740).
 */
final class WrittenNumbers {
    private WrittenNumbers() {}

    static List<BigDecimal> values(String written) {
        List<BigDecimal> out = new ArrayList<>();
        int i = 0, n = written.length();
        while (i < n) {
            if (!startsNumber(written, i)) { i++; continue; }
            int end = numberEnd(written, i);
            String lowText = written.substring(i, end);
            if (end < n && (written.charAt(end) == '~' || written.charAt(end) == '-') && end + 1 < n && Character.isDigit(written.charAt(end + 1))) {
                int highEnd = numberEnd(written, end + 1);
                String highText = written.substring(end + 1, highEnd);
                String lowDigits = digitsOf(lowText), highDigits = digitsOf(highText);
                String scale = highText.substring(highDigits.length());
                if (lowText.equals(lowDigits) && !scale.isEmpty()) lowText = lowText + scale;   // 3~5万
                if (written.charAt(end) == '-' && highDigits.length() < lowDigits.length())      // 15-6 → 16
                    highText = lowDigits.substring(0, lowDigits.length() - highDigits.length()) + highText;
                add(out, lowText);
                add(out, highText);
                i = highEnd;
                continue;
            }
            if (end < n && written.charAt(end) == '/') {
                int denEnd = numberEnd(written, end + 1);
                BigDecimal num = ChineseNumber.parse(lowText).orElse(BigDecimal.ZERO);
                BigDecimal den = ChineseNumber.parse(written.substring(end + 1, denEnd)).orElse(BigDecimal.ONE);
                out.add(num.divide(den, java.math.MathContext.DECIMAL64));
                i = denEnd;
                continue;
            }
            add(out, lowText);
            i = end;
        }
        return out;
    }

    private static boolean startsNumber(String s, int i) {
        char c = s.charAt(i);
        if (Character.isDigit(c) && c < 128) return true;
        return c == '-' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)) && (i == 0 || !Character.isDigit(s.charAt(i - 1)));
    }

    /** Digits, ',' and '.', then 万/亿 and more digits (100万1111). */
    private static int numberEnd(String s, int i) {
        int j = i + (s.charAt(i) == '-' ? 1 : 0);
        boolean point = false;
        while (j < s.length()) {
            char c = s.charAt(j);
            boolean digit = c >= '0' && c <= '9';
            boolean thousands = c == ',' && !point && j + 3 < s.length() && Character.isDigit(s.charAt(j + 1))
                    && Character.isDigit(s.charAt(j + 2)) && Character.isDigit(s.charAt(j + 3))
                    && (j + 4 >= s.length() || !Character.isDigit(s.charAt(j + 4)));
            if (c == '.') point = true;
            boolean sep = thousands || c == '.' && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1));
            boolean scale = "万亿萬億".indexOf(c) >= 0;
            if (!digit && !sep && !scale) break;
            j++;
        }
        return j;
    }

    private static String digitsOf(String s) {
        int j = 0;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ',' || s.charAt(j) == '.' || s.charAt(j) == '-')) j++;
        return s.substring(0, j);
    }

    private static void add(List<BigDecimal> out, String text) {
        ChineseNumber.parse(text).ifPresent(out::add);
    }
}
