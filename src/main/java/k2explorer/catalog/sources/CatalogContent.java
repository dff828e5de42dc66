package k2explorer.catalog.sources;

import java.util.List;
import k2explorer.catalog.CodeBook;
import k2explorer.catalog.Food;
import k2explorer.catalog.FoodFamily;
import k2explorer.catalog.Source;
import k2explorer.studies.StudyCatalog;

/** What the builder makes of the bundled files, before it is written to SQLite. */
public record CatalogContent(List<Food> foods, List<Source> sources, List<FoodFamily> families, CodeBook codes,
                      StudyCatalog studies) {
}
