package k2explorer.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import k2explorer.catalog.KForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules the service itself enforces, whoever calls it: editor, import, or code. */
class ServiceRulesTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anAmountTooSmallToReachAnyTargetIsRefusedWithAMessage() {
        MyFoodCsv.Parsed parsed = MyFoodCsv.parse(utf8("name,source,K1\nDust,label,1e-320\nFine,label,0.001\n"
                + "Zero,label,0\n"), Set.of());
        assertEquals(List.of("line 2, column K1: An amount above 0 must be at least 0.001 µg per 100 g (enter 0 "
                + "for a measured zero)."), parsed.problems().stream().map(ImportProblem::toString).toList());
        try (UserDataStore store = UserDataStore.open(dir).store()) {
            MyFoods.SaveResult saved = new MyFoods(store).save(new MyFood(null, "Dust", "", "label",
                    Map.of(KForm.K1, 1e-320), List.of()));
            assertEquals(List.of(FieldProblem.amountField(KForm.K1)), saved.problems().stream()
                    .map(FieldProblem::field).toList());
            assertEquals(List.of(), new MyFoods(store).all());
        }
    }
}
