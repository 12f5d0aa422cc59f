package org.nianbao.corpus.generate;

import java.util.Random;

/**
 * The ways real reports deface the official labels, chosen once per document: OCR typos
 * (不子公开, 补正启), half-width brackets, characters split by spaces (结 果 维 持), repeated merged
 * header text, labels wrapped onto two lines.
 */
record LabelNoise(boolean typos, boolean halfWidthBrackets, boolean splitHeaders, boolean spacedLabels,
                  boolean repeatedHeader, boolean wrapped, boolean shortNormative, boolean commaNumbers) {

    static LabelNoise random(Random rng) {
        return new LabelNoise(rng.nextInt(100) < 20, rng.nextInt(100) < 30, rng.nextInt(100) < 25,
                rng.nextInt(100) < 15, rng.nextInt(100) < 10, rng.nextInt(100) < 35, rng.nextInt(100) < 30,
                rng.nextInt(100) < 15);
    }

    static LabelNoise none() {
        return new LabelNoise(false, false, false, false, false, false, false, false);
    }

    /** A row or group label of table 三 as this document prints it. */
    String requestLabel(String label) {
        String s = label;
        if (typos) {
            s = s.replace("不予", "不子").replace("补正后", "补正启");
        }
        if (halfWidthBrackets) {
            s = s.replace('（', '(').replace('）', ')').replace('，', ',');
        }
        if (commaNumbers) {
            s = s.replaceFirst("^(\\d)\\.", "$1、");
        }
        return wrap(s, 14);
    }

    /** A column header cell (结果维持, 商业企业, 本年新制作数量 …). */
    String header(String label) {
        String s = label;
        if (splitHeaders && s.length() <= 4) {
            s = String.join(" ", s.split(""));
        } else if (spacedLabels && s.length() == 4) {
            s = s.substring(0, 2) + " " + s.substring(2);
        }
        return wrap(s, 4);
    }

    String group(String label) {
        return repeatedHeader && label.equals("三、本年度办理结果") ? "三本年度办理结果本年度办理结果" : requestLabel(label);
    }

    /** Wraps a long label once, where a narrow column would break it. */
    String wrap(String s, int width) {
        if (!wrapped || s.length() <= width + 1 || s.contains(" ")) {
            return s;
        }
        return s.substring(0, width) + "\n" + s.substring(width);
    }
}
