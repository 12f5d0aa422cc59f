package org.nianbao.agency;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.text.Normalizer;
import java.util.List;

/**
 * Splits agency names with HanLP's segmenter (place-name recognition on): the place is the longest
 * run of words from the start that ends in an administrative unit (省, 市, 县, 区, 镇, 乡, 旗, 州, 盟,
 * 街道) before the first word HanLP tags as an organisation (人民政府, 教育局, 委员会), a verb or a
 * conjunction. Working on
 * words, not characters, keeps 市场监督管理局 or 城乡建设局 from being cut after 市 or 乡; HanLP's
 * dictionaries alone miss small places (大水坑镇 is 大/水坑/镇), which the unit rule still joins.
 * A name printed in traditional script (示例縣人民政府) is segmented in simplified script, so its
 * units (縣, 區, 鄉, 鎮) count; the place and body are then cut from the name as printed where the
 * conversion keeps its length (示例縣 + 人民政府), else from the simplified name.
 * One instance per batch; it reads HanLP's dictionaries from its jar on first use.
 */
public final class AgencyNames {

    private static final List<String> UNITS = List.of("街道", "省", "市", "县", "区", "镇", "乡", "旗", "州", "盟");

    private final Segment segment = HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(false)
            .enableNameRecognize(false);

    public AgencyName split(String agency) {
        String name = Normalizer.normalize(agency, Normalizer.Form.NFKC).replaceAll("[\\s\\p{P}]", "");
        if (name.isEmpty()) {
            return new AgencyName(agency, "", "", "");
        }
        String simplified = HanLP.convertToSimplifiedChinese(name);
        if (simplified.length() != name.length()) {
            name = simplified;
        }
        List<Term> words = segment.seg(simplified);
        StringBuilder prefix = new StringBuilder();
        int placeEnd = 0;
        for (Term w : words) {
            String nature = w.nature == null ? "" : w.nature.toString();
            if (nature.startsWith("nt") || nature.startsWith("nis") || nature.startsWith("c") || nature.startsWith("v")) {
                break; // the body has begun: an organisation word, or a verb or conjunction (发展和改革)
            }
            prefix.append(w.word);
            if (endsAPlace(w.word, nature)) {
                placeEnd = prefix.length();
            }
        }
        // the key is cut from the simplified name whatever script the title is printed in, so that
        // 示例縣人民政府 and 示例县人民政府 are one agency
        String key = placeEnd == 0 ? simplified : simplified.substring(0, placeEnd) + "/" + body(simplified.substring(placeEnd));
        return new AgencyName(agency, name.substring(0, placeEnd), body(name.substring(placeEnd)), key);
    }

    /**
     * A word that ends a place: a unit standing alone (示例 / 市), an autonomous one (自治县), or any
     * word ending in a unit that HanLP does not take for a common noun (沭阳县/ns, 康乐县/nr, 某市/r);
     * a common noun that happens to end in one (城乡/n) does not.
     */
    private static boolean endsAPlace(String word, String nature) {
        boolean unit = UNITS.stream().anyMatch(word::endsWith);
        return unit && (UNITS.contains(word) || word.startsWith("自治") || !nature.equals("n"));
    }

    /** The body normalised: 人民政府 and 政府 name one body. */
    private static String body(String body) {
        return body.replace("人民政府", "政府");
    }
}
