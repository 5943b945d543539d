package lv.pietura.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"})
    void textThatASpreadsheetWouldTakeForAFormulaIsWrittenAsText(String text) {
        assertThat(SpreadsheetText.safe(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vecuma pensijas piešķiršana", "2026-11", " =1", "a=b", "'quoted"})
    void otherTextStaysAsItIs(String text) {
        assertThat(SpreadsheetText.safe(text)).isEqualTo(text);
    }
}
