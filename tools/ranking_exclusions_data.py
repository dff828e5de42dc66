"""Writes curation/ranking_exclusions.csv: foods left out of rankings by default (one switch brings them back).

Kept as a script so the CSV quoting is always right; the CSV in resources is the source the app reads.
Kinds (docs/data-contracts.md): fortified, experimental, special_product, dried_herb. How rows were chosen: see
curation/README.md. Unpublished compiled values (K2VIEWER_OWN) are excluded by the builder per value, not here.
Run: python3 tools/ranking_exclusions_data.py   (then python3 tools/check_curation.py)
"""
import csv
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/main/resources/k2explorer/data/curation/ranking_exclusions.csv"


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:80]


def c(food):
    return "k2c:" + slug(food)


def lit(source_key, food):
    return "lit:" + source_key + ":" + slug(food)


ROWS = []


def ex(kind, food_id, reason):
    ROWS.append((food_id, kind, reason))


# ---------------------------------------------------------------- fortified: vitamin K added by the maker
ex("fortified", lit("TSUKAMOTO2000_JBMM", "Natto, MK-7-reinforced product (x1.5)"),
   "Natto made to carry 1.5 times the usual MK-7; not what shops sell as natto.")
ex("fortified", lit("TSUKAMOTO2000_JBMM", "Natto, MK-7-reinforced product (x2)"),
   "Natto made to carry twice the usual MK-7; not ordinary natto.")
ex("fortified", lit("TSUKAMOTO2000_JHS", "Natto, MK-7-reinforced product"),
   "High-MK-7 natto produced for a trial; not ordinary natto.")
ex("fortified", "usda:25067", "Protein bar with vitamins added; its K1 comes from the added vitamin mix.")
ex("fortified", "usda:25020", "Meal-replacement bar with added vitamins, including K.")
ex("fortified", "usda:25021", "Nutrition bar with added vitamins; not a natural source of vitamin K.")
ex("fortified", "usda:19445", "Olestra chips: vitamin K is added to make up for what olestra carries away.")
ex("fortified", "usda:19444", "Olestra tortilla chips with vitamin K added by the maker.")
ex("fortified", "usda:14047", "Diet shake powder with added vitamins, weighed dry before mixing.")
ex("fortified", "usda:14654", "High-protein shake powder with added vitamins, weighed dry before mixing.")
ex("fortified", "usda:43205", "Instant breakfast powder with added vitamins, not yet mixed with milk.")
ex("fortified", "usda:43260", "Sugar-free instant breakfast powder with added vitamins, not yet mixed.")
ex("fortified", "ciqual:19038", "Milk with a multi-vitamin mix added; the same milk with vitamin D only has under 0.8 µg K1.")
FORMULAS = [
    "usda:03802",  # Infant formula, NESTLE, GOOD START SUPREME, with iron, powder
    "usda:03805",  # Infant formula, MEAD JOHNSON, ENFAMIL, with iron, powder
    "usda:03808",  # Infant formula, MEAD JOHNSON, ENFAMIL, LIPIL, with iron, powder, with 
    "usda:03809",  # Infant formula, MEAD JOHNSON, ENFAMIL, low iron, powder, not reconstit
    "usda:03814",  # Infant formula, MEAD JOHNSON, ENFAMIL, NUTRAMIGEN, with iron, powder, 
    "usda:03819",  # Child formula, MEAD JOHNSON, PORTAGEN, with iron, powder, not reconsti
    "usda:03821",  # Infant formula, MEAD JOHNSON, PREGESTIMIL, with iron, powder, not reco
    "usda:03826",  # Infant formula, MEAD JOHNSON, ENFAMIL, PROSOBEE, with iron, powder, no
    "usda:03827",  # Infant formula, MEAD JOHNSON, ENFAMIL, LACTOFREE LIPIL, with iron, pow
    "usda:03837",  # Infant formula, ABBOTT NUTRITION, SIMILAC, PM 60/40, powder not recons
    "usda:03838",  # Infant formula, MEAD JOHNSON, ENFAMIL, NUTRAMIGEN LIPIL, with iron, po
    "usda:03843",  # Infant formula, ABBOTT NUTRITION, SIMILAC, ISOMIL, with iron, powder, 
    "usda:03849",  # Infant formula, MEAD JOHNSON, ENFAMIL, ENFACARE LIPIL, with iron, powd
    "usda:03852",  # Infant formula, MEAD JOHNSON, ENFAMIL, PROSOBEE LIPIL, with iron, powd
    "usda:03853",  # Infant formula, ABBOTT NUTRITION, SIMILAC, with iron, powder, not reco
    "usda:03858",  # Infant formula, ABBOTT NUTRITION, SIMILAC, low iron, powder, not recon
    "usda:03861",  # Infant formula, MEAD JOHNSON, NEXT STEP, PROSOBEE LIPIL, powder, with 
    "usda:03867",  # Infant formula, NESTLE, GOOD START SOY, with ARA and DHA, powder
    "usda:03869",  # Infant formula, MEAD JOHNSON, ENFAMIL, LACTOFREE, with iron, powder, n
    "usda:03913",  # Infant formula, NESTLE, GOOD START 2 ESSENTIALS, with iron, powder
    "usda:03928",  # Infant formula, NESTLE, GOOD START ESSENTIALS SOY, with iron, powder
    "usda:03929",  # Infant formula, MEAD JOHNSON, NEXT STEP PROSOBEE, powder, not reconsti
    "usda:03938",  # Infant formula, PBM PRODUCTS, store brand, powder
    "usda:03941",  # Infant formula, PBM PRODUCTS, store brand, soy, powder
    "usda:03943",  # Infant formula, MEAD JOHNSON, ENFAMIL, AR LIPIL, powder, with ARA and 
    "usda:03945",  # Infant formula, ABBOTT NUTRITION, SIMILAC, NEOSURE, powder, with ARA a
    "usda:03948",  # Infant formula, ABBOTT NUTRITION, SIMILAC, SENSITIVE, (LACTOSE FREE), 
    "usda:03950",  # Infant formula, ABBOTT NUTRITION, SIMILAC, ADVANCE, with iron, powder,
    "usda:03954",  # Infant formula, ABBOTT NUTRITION, SIMILAC, ISOMIL, ADVANCE with iron, 
    "usda:03957",  # Infant formula, ABBOTT NUTRITION, ALIMENTUM ADVANCE, with iron, powder
    "usda:03980",  # Infant Formula, MEAD JOHNSON, ENFAMIL, GENTLEASE, powder
    "usda:03999",  # Infant formula, ABBOTT NUTRITION, SIMILAC, For Spit Up, powder, with A
    "usda:33862",  # Infant Formula, MEAD JOHNSON, ENFAMIL, Premium, Newborn, powder
    "usda:33863",  # Infant Formula, MEAD JOHNSON, ENFAMIL, Premium LIPIL, Infant, powder
    "usda:33866",  # Infant formula, MEAD JOHNSON, ENFAMIL, ENFAGROW, GENTLEASE, Toddler, L
    "usda:33867",  # Infant formula, GERBER, GOOD START, PROTECT PLUS, powder
    "usda:33868",  # Infant Formula, GERBER GOOD START 2, GENTLE PLUS, powder
    "usda:33869",  # Infant formula, GERBER, GOOD START 2, PROTECT PLUS, powder
    "usda:33870",  # Infant formula, MEAD JOHNSON, ENFAMIL, ENFAGROW, Soy, Toddler, LIPIL, 
    "usda:33871",  # Infant formula, ABBOTT NUTRITION, SIMILAC, GO AND GROW, powder, with A
    "usda:33872",  # Infant formula, GERBER, GOOD START 2 SOY, with iron, powder
    "usda:33873",  # Infant formula, MEAD JOHNSON, ENFAMIL, NUTRAMIGEN, AA LIPIL, powder, n
    "usda:33877",  # Infant Formula, MEAD JOHNSON, ENFAMIL, Premium, Infant, powder
]
for food_id in FORMULAS:
    ex("fortified", food_id, "Infant or toddler formula powder with vitamin K added by the maker; the value is "
                             "for the dry powder before water is added.")

# ---------------------------------------------------------------- experimental: laboratory strains, test products
ex("experimental", lit("JHEJ_NATTO", "Natto, laboratory-fermented (Miyagino strain of B. subtilis natto)"),
   "Natto fermented in a laboratory test; the best strain and condition, not a shop product.")
ex("experimental", lit("NAKAJIMA2021", "Natto, experimental low-MK-7 product (B. subtilis TTCC2051)"),
   "Test natto made with a low-MK-7 strain for warfarin users; not on general sale as described.")
ex("experimental", lit("OSULLIVAN2020", "Egg, whole, raw - hens fed menadione-supplemented feed (12.9-45.7 mg K3/kg)"),
   "Eggs from a feeding trial in which hens got extra vitamin K3; not ordinary eggs.")
ex("experimental", lit("SLOWIK2021", "Sunflower seeds fermented with B. subtilis natto (lab)"),
   "Sunflower seeds fermented in a laboratory; no such food is sold.")

# ---------------------------------------------------------------- special products: supplement-like, dried concentrates
ex("special_product", c("Microalgae"),
   "Unnamed microalgae with more K2 than natto; probably a dried powder or supplement, description unchecked.")
ex("special_product", c("Wakame algae"),
   "Wakame with 1,293 µg K1 per 100 g, which fits dried seaweed; whether dried is not stated.")
ex("special_product", "ciqual:20984", "Dried wakame, weighed dry; it swells many times when soaked.")
ex("special_product", "ciqual:20988", "Dried dulse seaweed, eaten a few grams at a time.")
ex("special_product", "ciqual:20998", "Dried rockweed (Ascophyllum), sold mostly as a seasoning or supplement.")
ex("special_product", "ciqual:11086", "Dried spirulina powder, taken like a supplement by the spoonful.")
ex("special_product", "usda:11667", "Dried spirulina powder, taken like a supplement by the spoonful.")

# ---------------------------------------------------------------- dried herbs and spices (20 µg/100 g or more)
HERBS = [
    ("usda:02003", "Dried basil: used by the pinch, so 100 g is never eaten."),
    ("usda:02038", "Ground sage: a seasoning used a gram or two at a time."),
    ("usda:02042", "Dried thyme: a seasoning, not eaten by the serving."),
    ("usda:02029", "Dried parsley: a few grams flavour a dish."),
    ("usda:02012", "Dried coriander leaf: a seasoning used by the pinch."),
    ("usda:02034", "Poultry seasoning, a dried herb mix used by the teaspoon."),
    ("usda:02027", "Dried oregano: used by the pinch."),
    ("usda:02023", "Dried marjoram: used by the pinch."),
    ("usda:44055", "Dried celery flakes, used as a seasoning in small amounts."),
    ("usda:02030", "Black pepper: a spice eaten by the gram."),
    ("usda:02011", "Ground cloves: a spice used in tiny amounts."),
    ("usda:02009", "Chili powder: a spice blend used by the teaspoon."),
    ("usda:02015", "Curry powder: a spice blend used by the teaspoon."),
    ("usda:02028", "Paprika: a spice used by the teaspoon."),
    ("usda:02031", "Cayenne pepper: a hot spice used by the pinch."),
    ("usda:02010", "Ground cinnamon: a spice used by the teaspoon."),
    ("usda:02035", "Pumpkin pie spice, a blend used by the teaspoon."),
    ("ciqual:11038", "Dried thyme: a seasoning, not eaten by the serving."),
    ("ciqual:11037", "Dried sage: a seasoning used a gram or two at a time."),
    ("ciqual:11032", "Dried basil: used by the pinch, so 100 g is never eaten."),
    ("ciqual:11024", "Dried parsley: a few grams flavour a dish."),
    ("ciqual:11035", "Dried oregano: used by the pinch."),
    ("ciqual:11034", "Dried marjoram: used by the pinch."),
    ("ciqual:11015", "Ground black pepper: a spice eaten by the gram."),
    ("ciqual:11052", "Cloves: a spice used in tiny amounts."),
    ("ciqual:11081", "Average of spices: a seasoning, not a food eaten by the serving."),
    ("ciqual:11005", "Curry powder: a spice blend used by the teaspoon."),
    ("ciqual:11049", "Paprika: a spice used by the teaspoon."),
    ("ciqual:11088", "Cayenne pepper: a hot spice used by the pinch."),
    ("ciqual:11025", "Ground cinnamon: a spice used by the teaspoon."),
    (c("Curry powder"), "Curry powder: a spice blend used by the teaspoon."),
]
for food_id, reason in HERBS:
    ex("dried_herb", food_id, reason)


def main():
    ids = [r[0] for r in ROWS]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise SystemExit(f"listed twice: {sorted(dup)}")
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["food_id", "kind", "reason"])
        w.writerows(ROWS)
    print(f"wrote {len(ROWS)} rows to {OUT}")


if __name__ == "__main__":
    main()
