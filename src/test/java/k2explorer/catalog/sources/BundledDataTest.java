package k2explorer.catalog.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import k2explorer.catalog.CatalogException;
import k2explorer.catalog.store.CatalogStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken data files are reported with file, line and column, and never leave a half-built catalog behind. */
public class BundledDataTest {

    public static BundledData withFile(String file, String text) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : BundledData.FILES) {
            try (InputStream in = BundledDataTest.class.getResourceAsStream("/k2explorer/data/" + f)) {
                files.put(f, in.readAllBytes());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        files.put(file, text.getBytes(StandardCharsets.UTF_8));
        return BundledData.fromBytes(files, "test data");
    }

    private static String header(String file) {
        try (InputStream in = BundledDataTest.class.getResourceAsStream("/k2explorer/data/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(0, text.indexOf('\n') + 1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theHashChangesWithTheData() {
        BundledData real = BundledData.load();
        assertEquals(BundledData.load().version().hash(), real.version().hash());
        assertNotEquals(real.version().hash(), withFile(BundledData.FOOD_FAMILIES, header(BundledData.FOOD_FAMILIES))
                .version().hash());
    }

    /** A start compares the hash packaged at build time and reads no data file unless the catalog must be built. */
    @Test
    void thePackagedHashIsTheHashOfTheBundledFilesAndSparesReadingThem() {
        BundledData packaged = BundledData.load();
        assertFalse(packaged.textsRead(), "the packaged hash is used; no data file read");
        assertEquals(BundledData.readAndHash().version().hash(), packaged.version().hash());
        assertEquals(header(BundledData.FOOD_FAMILIES), packaged.text(BundledData.FOOD_FAMILIES)
                .substring(0, header(BundledData.FOOD_FAMILIES).length()));
        assertTrue(packaged.textsRead());
    }

    @Test
    void aNonNumericAmountNamesFileLineAndColumn(@TempDir Path dir) {
        String file = BundledData.LIT_MENAQUINONES;
        BundledData bad = withFile(file, header(file)
                + "Natto,Fermented soy,MK-7,lots,single,,Japan,KAMAO2007,note,primary_abstract\n");
        CatalogException e = assertThrows(CatalogException.class,
                () -> new CatalogStore(dir, bad).open(ProgressListener.NONE));
        assertEquals(file + " line 2, column ug_per_100g: 'lots' is not a number", e.getMessage());
        assertTrue(Files.notExists(dir.resolve(CatalogStore.FILE_NAME)), "nothing half-built is left");
    }

    @Test
    void negativeAmountsUnknownFormsAndWrongFieldCountsAreRejected(@TempDir Path dir) {
        String file = BundledData.LIT_MENAQUINONES;
        String row = "Natto,Fermented soy,%s,%s,single,,Japan,KAMAO2007,note,primary_abstract\n";
        assertMessage(dir, withFile(file, header(file) + row.formatted("MK-7", "-5")),
                "line 2, column ug_per_100g: '-5' must be a finite amount of at least 0");
        assertMessage(dir, withFile(file, header(file) + row.formatted("MK-99", "5")),
                "line 2, column form: unknown vitamin K form 'MK-99'");
        assertMessage(dir, withFile(file, header(file) + "Natto,Fermented soy,MK-7,5,single\n"),
                file + ": malformed CSV");
        assertMessage(dir, withFile(BundledData.USDA_NUTRIENTS, header(BundledData.USDA_NUTRIENTS)
                + "99999,430,vitamin K1,1.0,µg,1,,,,1,A,01/2015\n"), "no food usda:99999");
        assertMessage(dir, withFile(file, header(file) + row.formatted("MK-7", "5").replace("KAMAO2007", "NOPE")),
                "no source with key 'NOPE'");
        assertMessage(dir, withFile(BundledData.CIQUAL, header(BundledData.CIQUAL)
                + "1,Food,,g,s,-,K1,0,µg,<,<0\n"), "a bound '< x' needs x above 0");
        assertMessage(dir, withFile(BundledData.FOOD_FAMILIES, header(BundledData.FOOD_FAMILIES)
                + "fam:x,X,usda:01001,same_food,\n"), "has one member");
    }

    private static void assertMessage(Path dir, BundledData data, String expectedPart) {
        CatalogException e = assertThrows(CatalogException.class,
                () -> new CatalogStore(dir, data).open(ProgressListener.NONE));
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    }
}
