package org.nianbao.corpus.generate;

import java.util.Random;

/** Plausible agency names: a made-up place and a kind of government body. */
final class AgencyNames {

    private static final String[] SYLLABLES = {"安", "宁", "平", "康", "乐", "积", "石", "山", "夏", "邑", "盐", "池",
        "临", "洮", "和", "政", "永", "靖", "东", "西", "南", "北", "清", "水", "泉", "河", "阳", "城", "兴", "华"};
    private static final String[] PLACES = {"县", "市", "区", "县", "旗"};
    private static final String[] BODIES = {"人民政府", "", "人民政府办公室", "交通运输局", "生态环境局", "市场监督管理局",
        "人力资源和社会保障局", "自然资源局", "教育局", "卫生健康委员会"};

    String next(Random rng) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + rng.nextInt(2);
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES[rng.nextInt(SYLLABLES.length)]);
        }
        sb.append(PLACES[rng.nextInt(PLACES.length)]);
        if (rng.nextInt(100) < 15) {
            sb.append(SYLLABLES[rng.nextInt(SYLLABLES.length)]).append(SYLLABLES[rng.nextInt(SYLLABLES.length)]).append("镇");
            return sb.toString();
        }
        return sb.append(BODIES[rng.nextInt(BODIES.length)]).toString();
    }
}
