package org.techmil.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void legalFormsAndPunctuationDoNotMatter() {
        assertEquals("hangzhou hikvision digital technology", Names.key("Hangzhou Hikvision Digital Technology Co., Ltd."));
        assertEquals(Names.key("HUAWEI TECHNOLOGIES CO., LTD."), Names.key("Huawei Technologies Company Limited"));
        assertEquals(Names.key("Tencent Holdings Limited"), Names.key("Tencent"));
        assertEquals(Names.key("Inspur Group Co.,Ltd."), Names.key("Inspur"));
    }

    @Test
    void spellingAndTransliterationVariantsAreFolded() {
        assertEquals(1.0, Names.similarity("Peking University", "Beijing University"));
        assertEquals(1.0, Names.similarity("China Aerospace Defence Centre", "China Aerospace Defense Center"));
        assertEquals(1.0, Names.similarity("Société Générale Technologies", "Societe Generale Technology"));
    }

    @Test
    void wordOrderScoresJustBelowAnExactMatch() {
        assertEquals(0.95, Names.similarity("Technology Hesai", "Hesai Technology Co., Ltd."));
    }

    @Test
    void aLeadingChinesePlaceNameCanBeDropped() {
        assertEquals(0.9, Names.similarity("Shenzhen Autel Robotics Co., Ltd.", "Autel Robotics"));
    }

    @Test
    void unrelatedFirmsScoreLow() {
        assertTrue(Names.similarity("Zhejiang Dahua Technology", "Hangzhou Hikvision Digital Technology") < 0.6);
        assertTrue(Names.similarity("China Mobile", "China Unicom") < 0.85);
    }
}
